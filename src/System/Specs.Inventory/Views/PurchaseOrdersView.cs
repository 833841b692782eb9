using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Purchasing;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Purchasing;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Views;

/// <summary>One purchase order line as the view shows it.</summary>
public sealed record PurchaseOrderLineRow(string Sku, long Ordered, long Received, long UnitCostMinor);

/// <summary>One purchase order as the view shows it.</summary>
public sealed record PurchaseOrderRow(string PurchaseOrder, string Supplier, string Warehouse, PurchaseOrderStatus Status, long CreatedAtUnixMs, long? ExpectedAtUnixMs, IReadOnlyList<PurchaseOrderLineRow> Lines);

/// <summary>
/// Area 5 as a query model, written from the state after each purchasing event:
/// <list type="bullet">
/// <item><c>15 · (0, number in lower case)</c> → <c>(number, supplier, warehouse, status, created, expected or null, then sku, ordered, received, unit cost per line)</c>;</item>
/// <item><c>15 · (1, sku in lower case, warehouse in lower case)</c> → <c>(sku, warehouse, incoming)</c>, only while positive;</item>
/// <item><c>15 · (2, sku in lower case)</c> → <c>(sku, average unit cost in minor units)</c>.</item>
/// </list>
/// One value per order (at most 100 lines) so that removed lines need no deletes.
/// </summary>
public sealed class PurchaseOrdersView : IView, IViewColumns
{
    private const long OrderRows = 0;
    private const long IncomingRows = 1;
    private const long CostRows = 2;

    public static PurchaseOrdersView Instance { get; } = new();

    public string Name => "purchase-orders";

    public int Version => 2;

    public Subspace Subspace => ViewSubspaces.PurchaseOrders;

    public IReadOnlyList<ViewRowKind> RowKinds { get; } =
    [
        new("order", [ViewColumn.Tag("order", OrderRows), ViewColumn.Text("purchaseOrder")],
            [
                ViewColumn.Text("purchaseOrder"), ViewColumn.Text("supplier"), ViewColumn.Text("warehouse"), ViewColumn.Enum<PurchaseOrderStatus>("status"),
                ViewColumn.Number("createdAtUnixMs"), ViewColumn.Number("expectedAtUnixMs").OrNull(),
            ],
            [new ViewRepeat("lines", [ViewColumn.Text("sku"), ViewColumn.Number("ordered"), ViewColumn.Number("received"), ViewColumn.Number("unitCostMinor")])]),
        new("incoming", [ViewColumn.Tag("incoming", IncomingRows), ViewColumn.Text("sku"), ViewColumn.Text("warehouse")],
            [ViewColumn.Text("sku"), ViewColumn.Text("warehouse"), ViewColumn.Number("incoming")]),
        new("averageCost", [ViewColumn.Tag("averageCost", CostRows), ViewColumn.Text("sku")], [ViewColumn.Text("sku"), ViewColumn.Number("averageUnitCostMinor")]),
    ];

    public void Apply(IViewWriter view, in EventEnvelope envelope, IEventContract payload, InventoryState after)
    {
        var number = payload switch
        {
            PurchaseOrderCreated created => created.PurchaseOrder,
            PurchaseOrderLineChanged changed => changed.PurchaseOrder,
            ItemsReceived received => received.PurchaseOrder,
            PurchaseOrderClosed closed => closed.PurchaseOrder,
            PurchaseOrderCancelled cancelled => cancelled.PurchaseOrder,
            _ => null,
        };
        if (number is null || after.Purchasing.Find(number) is not { } order)
        {
            return;
        }

        view.Put(ViewSubspaces.PurchaseOrders.Pack(OrderRows, ViewRows.Fold(order.Number)), Encode(order));
        var skus = payload is PurchaseOrderLineChanged line ? [line.Sku] : order.Lines.Keys.ToList();
        foreach (var sku in skus)
        {
            var key = ViewSubspaces.PurchaseOrders.Pack(IncomingRows, ViewRows.Fold(sku), ViewRows.Fold(order.Warehouse));
            var incoming = after.Purchasing.IncomingOf(sku, order.Warehouse);
            if (incoming > 0)
            {
                view.Put(key, TupleCodec.Pack(sku, order.Warehouse, incoming));
            }
            else
            {
                view.Delete(key);
            }
        }

        if (payload is ItemsReceived receipt)
        {
            foreach (var sku in receipt.Lines.Select(received => received.Sku).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                view.Put(ViewSubspaces.PurchaseOrders.Pack(CostRows, ViewRows.Fold(sku)), TupleCodec.Pack(sku, after.Purchasing.AverageCostOf(sku) ?? 0));
            }
        }
    }

    /// <summary>Finds one order by number, without regard to case.</summary>
    public static PurchaseOrderRow? Find(IReadTransaction transaction, string number) =>
        transaction.TryGet(ViewSubspaces.PurchaseOrders.Pack(OrderRows, ViewRows.Fold(number)), out var value) ? Decode(value) : null;

    /// <summary>Orders in number order (lower-cased), at most <paramref name="limit"/>, after the number <paramref name="after"/> if given.</summary>
    public static IReadOnlyList<PurchaseOrderRow> List(IReadTransaction transaction, string? after = null, int limit = 100)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var range = ViewSubspaces.PurchaseOrders.Range(OrderRows);
        var begin = after is null ? range.Begin : KeyRange.StartsWith(ViewSubspaces.PurchaseOrders.Pack(OrderRows, ViewRows.Fold(after))).End;
        var rows = new List<PurchaseOrderRow>();
        using var cursor = transaction.Range(begin, range.End, limit: limit);
        while (cursor.MoveNext())
        {
            rows.Add(Decode(cursor.Value));
        }

        return rows;
    }

    /// <summary>Units of <paramref name="sku"/> on open orders for <paramref name="warehouse"/> not yet received.</summary>
    public static long IncomingOf(IReadTransaction transaction, string sku, string warehouse) =>
        transaction.TryGet(ViewSubspaces.PurchaseOrders.Pack(IncomingRows, ViewRows.Fold(sku), ViewRows.Fold(warehouse)), out var value)
            ? (long)TupleCodec.Unpack(value)[2]!
            : 0;

    /// <summary>The SKU's moving average unit cost in minor units; null when it was never received.</summary>
    public static long? AverageCostOf(IReadTransaction transaction, string sku) =>
        transaction.TryGet(ViewSubspaces.PurchaseOrders.Pack(CostRows, ViewRows.Fold(sku)), out var value)
            ? (long)TupleCodec.Unpack(value)[1]!
            : null;

    private static byte[] Encode(PurchaseOrder order)
    {
        var elements = new List<object?>(6 + (4 * order.Lines.Count))
        {
            order.Number, order.Supplier, order.Warehouse, (long)order.Status, order.CreatedAtUnixMs, order.ExpectedAtUnixMs,
        };
        foreach (var line in order.Lines.Values)
        {
            elements.AddRange([line.Sku, line.Ordered, line.Received, line.UnitCostMinor]);
        }

        return TupleCodec.Pack([], elements);
    }

    private static PurchaseOrderRow Decode(ReadOnlySpan<byte> value)
    {
        var elements = TupleCodec.Unpack(value);
        var lines = new List<PurchaseOrderLineRow>();
        for (var i = 6; i + 3 < elements.Count; i += 4)
        {
            lines.Add(new PurchaseOrderLineRow((string)elements[i]!, (long)elements[i + 1]!, (long)elements[i + 2]!, (long)elements[i + 3]!));
        }

        return new PurchaseOrderRow((string)elements[0]!, (string)elements[1]!, (string)elements[2]!, (PurchaseOrderStatus)(long)elements[3]!, (long)elements[4]!, (long?)elements[5], lines);
    }
}
