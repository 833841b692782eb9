using Specs.Inventory.Contracts;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Stock;
using Specs.Inventory.Storage;
using static Specs.Inventory.Views.ViewRows;

namespace Specs.Inventory.Views.Stock;

/// <summary>A SKU's quantities as the stock view holds them: <see cref="StockFigures"/> with its derived figures.</summary>
public sealed record SkuQuantities(string Sku, long OnHand, long Available, long Sellable, long NonSellable, long Pending, long Held, long Picked, long InTransit, long Oversold);

/// <summary>
/// A SKU's units in one warehouse. Available is SKU-wide (pending and held units are not tied to a
/// warehouse), so a warehouse shows its sellable and non-sellable on-hand units.
/// </summary>
public sealed record WarehouseQuantities(string Sku, string Warehouse, long OnHand, long Sellable, long NonSellable);

/// <summary>A SKU's units at one location: on hand over every lot, and how many of them are sellable.</summary>
public sealed record LocationQuantities(string Sku, string Warehouse, string Location, long OnHand, long Sellable);

/// <summary>
/// Quantities per SKU, per warehouse and per location (the stock model of docs/domain-rules.md), each
/// recomputed from the state after the event for the stock the event touches (<see cref="StockTouches"/>).
/// Keys (codes folded to lower case), in subspace <c>07</c>:
/// <list type="bullet">
/// <item><c>(0, sku)</c> → <c>(sku, onHand, available, sellable, nonSellable, pending, held, picked, inTransit, oversold)</c>;</item>
/// <item><c>(1, sku, warehouse)</c> → <c>(sku, warehouse, onHand, sellable, nonSellable)</c>;</item>
/// <item><c>(2, sku, warehouse, location)</c> → <c>(sku, warehouse, location, onHand, sellable)</c>;</item>
/// <item><c>(3, warehouse, location, sku)</c> → the location value again: what a location holds, listed by location;</item>
/// <item><c>(4, warehouse, sku)</c> → the warehouse value again: what a warehouse holds, listed by warehouse.</item>
/// </list>
/// A row whose figures are all zero is deleted. Counters later areas add to <see cref="StockFigures"/>
/// (incoming, for one) are appended to the end of the SKU tuple, so readers of older rows see zero.
/// </summary>
public sealed class StockView : IRecomputedView, IViewColumns
{
    private const long SkuRow = 0;
    private const long WarehouseRow = 1;
    private const long LocationRow = 2;
    private const long LocationContentsRow = 3;
    private const long WarehouseContentsRow = 4;

    public static StockView Instance { get; } = new();

    public string Name => "stock";

    // 2: a sales lines change also rewrites the SKUs it dropped (their Pending was released), so a folder
    // written by version 1 may hold stale rows for those and is rebuilt at start-up.
    public int Version => 3;

    public Storage.Tuples.Subspace Subspace => ViewSubspaces.Stock;

    public IReadOnlyList<ViewRowKind> RowKinds { get; } =
    [
        new("sku", [ViewColumn.Tag("sku", SkuRow), ViewColumn.Text("sku")],
            [
                ViewColumn.Text("sku"), ViewColumn.Number("onHand"), ViewColumn.Number("available"), ViewColumn.Number("sellable"), ViewColumn.Number("nonSellable"),
                ViewColumn.Number("pending"), ViewColumn.Number("held"), ViewColumn.Number("picked"), ViewColumn.Number("inTransit"), ViewColumn.Number("oversold"),
            ]),
        new("warehouse", [ViewColumn.Tag("warehouse", WarehouseRow), ViewColumn.Text("sku"), ViewColumn.Text("warehouse")], WarehouseValue),
        new("location", [ViewColumn.Tag("location", LocationRow), ViewColumn.Text("sku"), ViewColumn.Text("warehouse"), ViewColumn.Text("location")], LocationValue),
        new("locationContents", [ViewColumn.Tag("locationContents", LocationContentsRow), ViewColumn.Text("warehouse"), ViewColumn.Text("location"), ViewColumn.Text("sku")], LocationValue),
        new("warehouseContents", [ViewColumn.Tag("warehouseContents", WarehouseContentsRow), ViewColumn.Text("warehouse"), ViewColumn.Text("sku")], WarehouseValue),
    ];

    // The contents rows hold the same values as the rows by SKU, under keys listed by place.
    private static ViewColumn[] WarehouseValue =>
        [ViewColumn.Text("sku"), ViewColumn.Text("warehouse"), ViewColumn.Number("onHand"), ViewColumn.Number("sellable"), ViewColumn.Number("nonSellable")];

    private static ViewColumn[] LocationValue =>
        [ViewColumn.Text("sku"), ViewColumn.Text("warehouse"), ViewColumn.Text("location"), ViewColumn.Number("onHand"), ViewColumn.Number("sellable")];

    public void Apply(IViewWriter view, in EventEnvelope envelope, IEventContract payload, InventoryState after)
    {
        var touches = StockTouches.Of(payload, after);
        if (touches.Count == 0)
        {
            return;
        }

        if (touches.Count == 1)
        {
            // Most events touch one SKU at one place: nothing to write twice, so no sets to build.
            var only = touches[0];
            var onlyStock = after.Stock.Of(only.Sku);
            WriteSku(view, StockFigures.Of(after, onlyStock.Sku));
            if (only.Address is { } onlyAddress)
            {
                WriteLocation(view, after, onlyStock, onlyAddress);
                WriteWarehouse(view, after, onlyStock, onlyAddress.Warehouse);
            }

            return;
        }

        var skus = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var warehouses = new HashSet<(string Sku, string Warehouse)>();
        foreach (var touch in touches)
        {
            var stock = after.Stock.Of(touch.Sku);
            if (skus.Add(stock.Sku))
            {
                WriteSku(view, StockFigures.Of(after, stock.Sku));
            }

            if (touch.Address is { } address)
            {
                WriteLocation(view, after, stock, address);
                if (warehouses.Add((stock.Sku, address.Warehouse)))
                {
                    WriteWarehouse(view, after, stock, address.Warehouse);
                }
            }
        }
    }

    public IRowsToRecompute StartRebuild() => new Rebuild();

    public static SkuQuantities? Find(IReadTransaction transaction, string sku) =>
        ViewRows.Find(transaction, ViewSubspaces.Stock.Pack(SkuRow, Fold(sku))) is { } row ? SkuOf(row) : null;

    /// <summary>Every SKU with stock or commitments, in SKU order (lower-cased), after the SKU <paramref name="afterSku"/> if given.</summary>
    public static IReadOnlyList<SkuQuantities> List(IReadTransaction transaction, string? afterSku = null, int limit = 100) =>
        [.. ViewRows.List(transaction, ViewSubspaces.Stock, [SkuRow], limit, afterSku is null ? null : ViewSubspaces.Stock.Pack(SkuRow, Fold(afterSku))).Select(SkuOf)];

    /// <summary>What one warehouse holds, in SKU order (lower-cased), after the SKU <paramref name="afterSku"/> if given.</summary>
    public static IReadOnlyList<WarehouseQuantities> InWarehouse(IReadTransaction transaction, string warehouse, string? afterSku = null, int limit = 100) =>
        [.. ViewRows.List(transaction, ViewSubspaces.Stock, [WarehouseContentsRow, Fold(warehouse)], limit,
            afterSku is null ? null : ViewSubspaces.Stock.Pack(WarehouseContentsRow, Fold(warehouse), Fold(afterSku))).Select(WarehouseOf)];

    /// <summary>The SKU's units per warehouse, in warehouse order.</summary>
    public static IReadOnlyList<WarehouseQuantities> Warehouses(IReadTransaction transaction, string sku, int limit = 100) =>
        [.. ViewRows.List(transaction, ViewSubspaces.Stock, [WarehouseRow, Fold(sku)], limit).Select(WarehouseOf)];

    /// <summary>The SKU's units per location, in warehouse and location order.</summary>
    public static IReadOnlyList<LocationQuantities> Locations(IReadTransaction transaction, string sku, int limit = 100) =>
        [.. ViewRows.List(transaction, ViewSubspaces.Stock, [LocationRow, Fold(sku)], limit).Select(LocationOf)];

    /// <summary>What one location holds, in SKU order.</summary>
    public static IReadOnlyList<LocationQuantities> Contents(IReadTransaction transaction, string warehouse, string location, int limit = 100) =>
        [.. ViewRows.List(transaction, ViewSubspaces.Stock, [LocationContentsRow, Fold(warehouse), Fold(location)], limit).Select(LocationOf)];

    // Rows are packed straight into stack buffers, not through object?[] and TupleCodec.Pack: this view
    // writes up to five rows per touched location on the commit path. The bytes are the same as
    // TupleCodec.Pack of the same elements (StockViewRowsTests compares them). A code long enough to
    // overflow the stack buffers gets heap buffers of its worst-case size instead.
    private const int StackRowBytes = 512;

    // Worst case of a packed row: per code, a type code, a terminator and three UTF-8 bytes per UTF-16
    // char (a zero byte's escape is two bytes for one char); per integer, a type code and eight bytes;
    // and the subspace prefix.
    private static int RowBound(int codeChars, int codes, int numbers) => 8 + (3 * codeChars) + (2 * codes) + (9 * numbers);

    private static void WriteSku(IViewWriter view, StockFigures figures)
    {
        var bound = RowBound(figures.Sku.Length, codes: 1, numbers: 10);
        Span<byte> key = bound <= StackRowBytes ? stackalloc byte[StackRowBytes] : new byte[bound];
        var keyWriter = ViewSubspaces.Stock.StartWriter(key);
        keyWriter.Write(SkuRow);
        ViewRows.WriteLowerCased(ref keyWriter, figures.Sku);
        if (figures is { OnHand: 0, Pending: 0, Held: 0, Picked: 0, InTransit: 0 })
        {
            view.Delete(keyWriter.Written);
            return;
        }

        Span<byte> value = bound <= StackRowBytes ? stackalloc byte[StackRowBytes] : new byte[bound];
        var valueWriter = new Storage.Tuples.TupleWriter(value);
        valueWriter.WriteString(figures.Sku);
        valueWriter.Write(figures.OnHand);
        valueWriter.Write(figures.Available);
        valueWriter.Write(figures.Sellable);
        valueWriter.Write(figures.NonSellable);
        valueWriter.Write(figures.Pending);
        valueWriter.Write(figures.Held);
        valueWriter.Write(figures.Picked);
        valueWriter.Write(figures.InTransit);
        valueWriter.Write(figures.Oversold);
        view.Put(keyWriter.Written, valueWriter.Written);
    }

    private static void WriteWarehouse(IViewWriter view, InventoryState after, SkuStock stock, string warehouse)
    {
        long onHand = 0;
        long sellable = 0;
        foreach (var (slot, units) in stock.Slots)
        {
            if (slot.Address.Warehouse == warehouse)
            {
                onHand += units;
                sellable += IsSellable(after, stock.Sku, slot) ? units : 0;
            }
        }

        var bound = RowBound(stock.Sku.Length + warehouse.Length, codes: 2, numbers: 3);
        Span<byte> value = bound <= StackRowBytes ? stackalloc byte[StackRowBytes] : new byte[bound];
        var valueWriter = new Storage.Tuples.TupleWriter(value);
        if (onHand != 0)
        {
            valueWriter.WriteString(stock.Sku);
            valueWriter.WriteString(warehouse);
            valueWriter.Write(onHand);
            valueWriter.Write(sellable);
            valueWriter.Write(onHand - sellable);
        }

        Span<byte> key = bound <= StackRowBytes ? stackalloc byte[StackRowBytes] : new byte[bound];
        SetRow(view, key, WarehouseRow, onHand != 0, valueWriter.Written, stock.Sku, warehouse);
        SetRow(view, key, WarehouseContentsRow, onHand != 0, valueWriter.Written, warehouse, stock.Sku);
    }

    private static void WriteLocation(IViewWriter view, InventoryState after, SkuStock stock, LocationAddress address)
    {
        var onHand = stock.OnHandAt(address);
        long sellable = 0;
        foreach (var (slot, units) in stock.Slots)
        {
            sellable += slot.Address == address && IsSellable(after, stock.Sku, slot) ? units : 0;
        }

        var bound = RowBound(stock.Sku.Length + address.Warehouse.Length + address.Location.Length, codes: 3, numbers: 2);
        Span<byte> value = bound <= StackRowBytes ? stackalloc byte[StackRowBytes] : new byte[bound];
        var valueWriter = new Storage.Tuples.TupleWriter(value);
        if (onHand != 0)
        {
            valueWriter.WriteString(stock.Sku);
            valueWriter.WriteString(address.Warehouse);
            valueWriter.WriteString(address.Location);
            valueWriter.Write(onHand);
            valueWriter.Write(sellable);
        }

        Span<byte> key = bound <= StackRowBytes ? stackalloc byte[StackRowBytes] : new byte[bound];
        SetRow(view, key, LocationRow, onHand != 0, valueWriter.Written, stock.Sku, address.Warehouse, address.Location);
        SetRow(view, key, LocationContentsRow, onHand != 0, valueWriter.Written, address.Warehouse, address.Location, stock.Sku);
    }

    /// <summary>
    /// Writes one row keyed by its kind and the codes, folded, in the order given (each figure is kept under two
    /// orders, by SKU and by place); with nothing there (<paramref name="present"/> false) the row is deleted.
    /// </summary>
    private static void SetRow(IViewWriter view, Span<byte> keyBuffer, long row, bool present, ReadOnlySpan<byte> value, params ReadOnlySpan<string> codes)
    {
        var key = ViewSubspaces.Stock.StartWriter(keyBuffer);
        key.Write(row);
        foreach (var code in codes)
        {
            ViewRows.WriteLowerCased(ref key, code);
        }

        Set(view, key.Written, present, value);
    }

    private static void Set(IViewWriter view, ReadOnlySpan<byte> key, bool present, ReadOnlySpan<byte> value)
    {
        if (present)
        {
            view.Put(key, value);
        }
        else
        {
            view.Delete(key);
        }
    }

    /// <summary>
    /// The rows a rebuild recomputes, by their keys (codes folded as <see cref="ViewRows.Fold"/> folds them); each keeps
    /// the SKU and place of its last touch, the spelling the live view's last write of the row used.
    /// </summary>
    private sealed class Rebuild : IRowsToRecompute
    {
        // Keyed by the row's folded codes joined with their lengths (a code may hold any character), so the maps are of
        // strings and small records: instantiations the framework already carries compiled, where tuples of our structs
        // left them to the JIT in every process.
        private readonly Dictionary<string, string> _skus = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Place> _warehouses = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Place> _locations = new(StringComparer.Ordinal);

        public void Note(in EventEnvelope envelope, IEventContract payload, InventoryState after)
        {
            foreach (var touch in StockTouches.Of(payload, after))
            {
                // Spelled as the live view spells it: the stock's own SKU, the place as the event gives it.
                var sku = after.Stock.Of(touch.Sku).Sku;
                var folded = Fold(sku);
                _skus[folded] = sku;
                if (touch.Address is { } address)
                {
                    var warehouse = Fold(address.Warehouse);
                    var place = new Place(sku, address);
                    _warehouses[$"{folded.Length}:{folded}{warehouse}"] = place;
                    _locations[$"{folded.Length}:{folded}{warehouse.Length}:{warehouse}{Fold(address.Location)}"] = place;
                }
            }
        }

        public void Write(IViewWriter view, InventoryState final)
        {
            foreach (var sku in _skus.Values)
            {
                WriteSku(view, StockFigures.Of(final, final.Stock.Of(sku).Sku));
            }

            foreach (var place in _locations.Values)
            {
                WriteLocation(view, final, final.Stock.Of(place.Sku), place.Address);
            }

            foreach (var place in _warehouses.Values)
            {
                WriteWarehouse(view, final, final.Stock.Of(place.Sku), place.Address.Warehouse);
            }
        }

        /// <summary>A SKU at a place, as the last touch of a row spelled them.</summary>
        private sealed record Place(string Sku, LocationAddress Address);
    }

    private static bool IsSellable(InventoryState after, string sku, StockSlot slot) =>
        after.Locations.IsSellable(slot.Address) && after.Lots.IsSellable(sku, slot.Lot);

    private static SkuQuantities SkuOf(IReadOnlyList<object?> row) =>
        new(Text(row, 0), Number(row, 1), Number(row, 2), Number(row, 3), Number(row, 4), Number(row, 5), Number(row, 6), Number(row, 7), Number(row, 8), Number(row, 9));

    private static WarehouseQuantities WarehouseOf(IReadOnlyList<object?> row) =>
        new(Text(row, 0), Text(row, 1), Number(row, 2), Number(row, 3), Number(row, 4));

    private static LocationQuantities LocationOf(IReadOnlyList<object?> row) =>
        new(Text(row, 0), Text(row, 1), Text(row, 2), Number(row, 3), Number(row, 4));
}
