using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Shipping;
using Specs.Inventory.Domain;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Views;

/// <summary>What one sale shipped and got back of one SKU.</summary>
public sealed record SaleShipmentLineRow(string Sku, long Shipped, long Returned);

/// <summary>A sale's shipments as the view shows them: the last tracking number and carrier, and units per SKU.</summary>
public sealed record SaleShipmentRow(Guid SaleId, string TrackingNumber, string? Carrier, IReadOnlyList<SaleShipmentLineRow> Lines);

/// <summary>
/// Area 9 as a query model: per sale, <c>29 · (sale id, 0)</c> → tuple <c>(tracking number, carrier or
/// null)</c> and <c>29 · (sale id, 1, sku in lower case)</c> → tuple <c>(sku, shipped, returned)</c>,
/// rewritten from the state after each shipment or return.
/// </summary>
public sealed class SaleShipmentsView : IRecomputedView, IViewColumns
{
    /// <summary>A sale rarely has more SKUs than a picklist has lines; a query reads at most this many.</summary>
    private const int MaxLinesRead = 10_000;

    public static SaleShipmentsView Instance { get; } = new();

    public string Name => "sale-shipments";

    public int Version => 2;

    public Subspace Subspace => ViewSubspaces.SaleShipments;

    // The tag is second: a sale's tracking and its lines sit together under its id.
    public IReadOnlyList<ViewRowKind> RowKinds { get; } =
    [
        new("shipment", [ViewColumn.Id("saleId"), ViewColumn.Tag("shipment", 0)], [ViewColumn.Text("trackingNumber"), ViewColumn.Text("carrier").OrNull()]),
        new("line", [ViewColumn.Id("saleId"), ViewColumn.Tag("line", 1), ViewColumn.Text("sku")],
            [ViewColumn.Text("sku"), ViewColumn.Number("shipped"), ViewColumn.Number("returned")]),
    ];

    public void Apply(IViewWriter view, in EventEnvelope envelope, IEventContract payload, InventoryState after)
    {
        if (SaleOf(payload) is { } saleId)
        {
            Write(view, after, saleId);
        }
    }

    public IRowsToRecompute StartRebuild() => new EntitiesToRecompute(
        static (payload, _, sales) =>
        {
            if (SaleOf(payload) is { } saleId)
            {
                sales.Add(saleId);
            }
        },
        Write);

    /// <summary>The sale whose shipment an event changes; null for any other event.</summary>
    private static Guid? SaleOf(IEventContract payload) => payload switch
    {
        SaleShipped shipped => shipped.SaleId,
        ItemReturned returned => returned.SaleId,
        _ => null,
    };

    public static SaleShipmentRow? Find(IReadTransaction transaction, Guid saleId)
    {
        if (!transaction.TryGet(ViewSubspaces.SaleShipments.Pack(saleId, 0L), out var header))
        {
            return null;
        }

        var top = TupleCodec.Unpack(header);
        var lines = new List<SaleShipmentLineRow>();
        var range = ViewSubspaces.SaleShipments.Range(saleId, 1L);
        using var cursor = transaction.Range(range.Begin, range.End, limit: MaxLinesRead);
        while (cursor.MoveNext())
        {
            var line = TupleCodec.Unpack(cursor.Value);
            lines.Add(new SaleShipmentLineRow((string)line[0]!, (long)line[1]!, (long)line[2]!));
        }

        return new SaleShipmentRow(saleId, (string)top[0]!, (string?)top[1], lines);
    }

    private static void Write(IViewWriter view, InventoryState after, Guid saleId)
    {
        if (after.Shipping.Find(saleId) is not { } shipment)
        {
            return;
        }

        view.Put(ViewSubspaces.SaleShipments.Pack(saleId, 0L), TupleCodec.Pack(shipment.TrackingNumber, shipment.Carrier));
        foreach (var (sku, shipped) in shipment.Shipped)
        {
            view.Put(ViewSubspaces.SaleShipments.Pack(saleId, 1L, ViewRows.Fold(sku)), TupleCodec.Pack(sku, shipped, shipment.Returned.GetValueOrDefault(sku)));
        }
    }
}
