using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Kits;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.Locations;
using Specs.Inventory.Contracts.Events.Lots;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Stock;
using Specs.Inventory.Storage;
using Specs.Inventory.Views.Stock;
using static Specs.Inventory.Views.ViewRows;

namespace Specs.Inventory.Views.Lots;

/// <summary>One lot: its expiry, whether it has expired, and its units on hand over every location.</summary>
public sealed record LotRow(string Sku, string Lot, long? ExpiresAtUnixMs, bool Expired, long OnHand);

/// <summary>Where one serial-numbered unit is: at a location, or not in stock.</summary>
public sealed record SerialRow(string Sku, string Serial, SerialPlace Place, string? Warehouse, string? Location);

/// <summary>
/// Area 12 as a query model, in subspace <c>0A</c>: <c>(0, sku, lot)</c> → <c>(sku, lot, expiresAt or null,
/// expired, onHand)</c> and <c>(1, sku, serial)</c> → <c>(sku, serial, place, warehouse or null, location or
/// null)</c>, codes folded to lower case. Events that name their lots and serials update just those; an
/// event of a later area that touches stock without an arm here updates every lot and serial of the SKU,
/// which is right, only slower (add an arm).
/// </summary>
public sealed class LotsAndSerialsView : IView, IViewColumns
{
    private const long LotTag = 0;
    private const long SerialTag = 1;

    public static LotsAndSerialsView Instance { get; } = new();

    public string Name => "lots-and-serials";

    public int Version => 2;

    public Storage.Tuples.Subspace Subspace => ViewSubspaces.LotsAndSerials;

    public IReadOnlyList<ViewRowKind> RowKinds { get; } =
    [
        new("lot", [ViewColumn.Tag("lot", LotTag), ViewColumn.Text("sku"), ViewColumn.Text("lot")],
            [ViewColumn.Text("sku"), ViewColumn.Text("lot"), ViewColumn.Number("expiresAtUnixMs").OrNull(), ViewColumn.Flag("expired"), ViewColumn.Number("onHand")]),
        new("serial", [ViewColumn.Tag("serial", SerialTag), ViewColumn.Text("sku"), ViewColumn.Text("serial")],
            [ViewColumn.Text("sku"), ViewColumn.Text("serial"), ViewColumn.Enum<SerialPlace>("place"), ViewColumn.Text("warehouse").OrNull(), ViewColumn.Text("location").OrNull()]),
    ];

    public void Apply(IViewWriter view, in EventEnvelope envelope, IEventContract payload, InventoryState after)
    {
        switch (payload)
        {
            case LotRegistered registered:
                WriteLot(view, after, registered.Sku, registered.Lot);
                break;
            case LotExpired expired:
                WriteLot(view, after, expired.Sku, expired.Lot);
                break;
            case SerialRegistered registered:
                WriteSerials(view, after, registered.Sku, [registered.Serial]);
                break;
            case SerialMoved moved:
                WriteSerials(view, after, moved.Sku, [moved.Serial]);
                break;
            case QuantityAdded added:
                WriteLot(view, after, added.Sku, added.Lot);
                WriteSerials(view, after, added.Sku, added.Serials);
                break;
            case QuantityRemoved removed:
                WriteLot(view, after, removed.Sku, removed.Lot);
                WriteSerials(view, after, removed.Sku, removed.Serials);
                break;
            case QuantityAdjusted adjusted:
                WriteLot(view, after, adjusted.Sku, adjusted.Lot);
                WriteSerials(view, after, adjusted.Sku, [.. adjusted.SerialsAdded, .. adjusted.SerialsRemoved]);
                break;
            case ItemMoved moved:
                WriteLot(view, after, moved.Sku, moved.Lot);
                WriteSerials(view, after, moved.Sku, moved.Serials);
                break;
            case KitAssembled or KitDisassembled:
                break; // kits and their components are untracked
            case LocationSellabilityChanged:
                break; // a lot's units and a serial's place do not depend on sellability
            default:
                // Most SKUs have neither lots nor serials: they have nothing here to rewrite, and a replay should not pay
                // for finding that out through set and enumerator allocations on every pick, sale and hold.
                HashSet<string>? written = null;
                foreach (var touch in StockTouches.Of(payload, after))
                {
                    if (HasLotsOrSerials(after, touch.Sku) && (written ??= new(StringComparer.OrdinalIgnoreCase)).Add(touch.Sku))
                    {
                        WriteEverything(view, after, touch.Sku);
                    }
                }

                break;
        }
    }

    public static LotRow? FindLot(IReadTransaction transaction, string sku, string lot) =>
        ViewRows.Find(transaction, ViewSubspaces.LotsAndSerials.Pack(LotTag, Fold(sku), Fold(lot))) is { } row ? DecodeLot(row) : null;

    /// <summary>The SKU's lots in code order (lower-cased).</summary>
    public static IReadOnlyList<LotRow> Lots(IReadTransaction transaction, string sku, int limit = 100) =>
        [.. List(transaction, ViewSubspaces.LotsAndSerials, [LotTag, Fold(sku)], limit).Select(DecodeLot)];

    public static SerialRow? FindSerial(IReadTransaction transaction, string sku, string serial) =>
        ViewRows.Find(transaction, ViewSubspaces.LotsAndSerials.Pack(SerialTag, Fold(sku), Fold(serial))) is { } row ? DecodeSerial(row) : null;

    /// <summary>The SKU's serials in serial order (lower-cased), after the serial <paramref name="afterSerial"/> if given.</summary>
    public static IReadOnlyList<SerialRow> Serials(IReadTransaction transaction, string sku, string? afterSerial = null, int limit = 100) =>
        [.. List(transaction, ViewSubspaces.LotsAndSerials, [SerialTag, Fold(sku)], limit,
            afterSerial is null ? null : ViewSubspaces.LotsAndSerials.Pack(SerialTag, Fold(sku), Fold(afterSerial))).Select(DecodeSerial)];

    private static void WriteLot(IViewWriter view, InventoryState after, string sku, string? code)
    {
        if (string.IsNullOrEmpty(code) || after.Lots.Find(sku, code) is not { } lot)
        {
            return;
        }

        var onHand = after.Stock.Of(sku).Slots.Where(slot => string.Equals(slot.Key.Lot, lot.Code, StringComparison.OrdinalIgnoreCase)).Sum(slot => slot.Value);
        Set(view, ViewSubspaces.LotsAndSerials.Pack(LotTag, Fold(lot.Sku), Fold(lot.Code)), [lot.Sku, lot.Code, lot.ExpiresAtUnixMs, lot.Expired, onHand]);
    }

    private static void WriteSerials(IViewWriter view, InventoryState after, string sku, IEnumerable<string> serials)
    {
        var stock = after.Stock.Of(sku);
        foreach (var serial in serials)
        {
            if (stock.FindSerial(serial) is { } position)
            {
                Set(view, ViewSubspaces.LotsAndSerials.Pack(SerialTag, Fold(stock.Sku), Fold(position.Serial)),
                    [stock.Sku, position.Serial, (long)position.Place, position.Location?.Warehouse, position.Location?.Location]);
            }
        }
    }

    private static bool HasLotsOrSerials(InventoryState after, string sku) =>
        !after.Lots.Of(sku).IsEmpty || !after.Stock.Of(sku).Serials.IsEmpty;

    private static void WriteEverything(IViewWriter view, InventoryState after, string sku)
    {
        foreach (var lot in after.Lots.Of(sku).Values)
        {
            WriteLot(view, after, sku, lot.Code);
        }

        WriteSerials(view, after, sku, after.Stock.Of(sku).Serials.Keys);
    }

    private static LotRow DecodeLot(IReadOnlyList<object?> row) =>
        new(Text(row, 0), Text(row, 1), OptionalNumber(row, 2), Flag(row, 3), Number(row, 4));

    private static SerialRow DecodeSerial(IReadOnlyList<object?> row) =>
        new(Text(row, 0), Text(row, 1), (SerialPlace)Number(row, 2), OptionalText(row, 3), OptionalText(row, 4));
}
