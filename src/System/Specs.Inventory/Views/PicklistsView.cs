using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Picking;
using Specs.Inventory.Contracts.Events.Shipping;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Picking;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Views;

/// <summary>One line of a picklist as the view shows it: what was asked, picked, shorted, checked and shipped.</summary>
public sealed record PicklistLineRow(string Sku, Guid? SaleId, long Quantity, long Picked, long Shorted, long Passed, long Failed, long Shipped)
{
    public long Remaining => Quantity - Picked - Shorted;
}

/// <summary>A picklist as the view shows it.</summary>
public sealed record PicklistRow(Guid PicklistId, string Warehouse, string? Picker, bool Completed, IReadOnlyList<PicklistLineRow> Lines);

/// <summary>
/// Areas 8-9 as a query model: every picklist with its lines. Keys <c>28 · (picklist id, 0)</c> → tuple
/// <c>(warehouse, picker or null, completed)</c> and <c>28 · (picklist id, 1, line index)</c> → tuple
/// <c>(sku, sale id or null, quantity, picked, shorted, passed, failed, shipped)</c>; lines keep the order
/// they were created in. Each event of a picklist rewrites its rows from the state after the event, so the
/// view can't drift from the rules' own counters; a rebuild rewrites each picklist once, from the final state.
/// </summary>
public sealed class PicklistsView : IRecomputedView, IViewColumns
{
    public static PicklistsView Instance { get; } = new();

    public string Name => "picklists";

    public int Version => 1;

    public Subspace Subspace => ViewSubspaces.Picklists;

    // The tag is second: a picklist's header and lines sit together under its id.
    public IReadOnlyList<ViewRowKind> RowKinds { get; } =
    [
        new("picklist", [ViewColumn.Id("picklistId"), ViewColumn.Tag("picklist", 0)],
            [ViewColumn.Text("warehouse"), ViewColumn.Text("picker").OrNull(), ViewColumn.Flag("completed")]),
        new("line", [ViewColumn.Id("picklistId"), ViewColumn.Tag("line", 1), ViewColumn.Number("line")],
            [
                ViewColumn.Text("sku"), ViewColumn.Id("saleId").OrNull(), ViewColumn.Number("quantity"), ViewColumn.Number("picked"), ViewColumn.Number("shorted"),
                ViewColumn.Number("passed"), ViewColumn.Number("failed"), ViewColumn.Number("shipped"),
            ]),
    ];

    public void Apply(IViewWriter view, in EventEnvelope envelope, IEventContract payload, InventoryState after)
    {
        if (payload is SaleShipped shipped)
        {
            foreach (var picklistId in ShippedFrom(shipped))
            {
                Write(view, after, picklistId);
            }
        }
        else if (PicklistOf(payload) is { } picklistId)
        {
            Write(view, after, picklistId);
        }
    }

    public IRowsToRecompute StartRebuild() => new EntitiesToRecompute(
        static (payload, _, picklists) =>
        {
            if (payload is SaleShipped shipped)
            {
                foreach (var picklistId in ShippedFrom(shipped))
                {
                    picklists.Add(picklistId);
                }
            }
            else if (PicklistOf(payload) is { } picklistId)
            {
                picklists.Add(picklistId);
            }
        },
        Write);

    /// <summary>The picklist one of a picklist's own events changes; null for any other event.</summary>
    private static Guid? PicklistOf(IEventContract payload) => payload switch
    {
        PicklistCreated e => e.PicklistId,
        PicklistAssigned e => e.PicklistId,
        ItemPicked e => e.PicklistId,
        PickShorted e => e.PicklistId,
        PicklistCompleted e => e.PicklistId,
        ItemPassedCheck e => e.PicklistId,
        ItemFailedCheck e => e.PicklistId,
        ItemUnpicked e => e.PicklistId,
        _ => null,
    };

    /// <summary>The picklists a shipment drew from: their shipped counts changed.</summary>
    private static IEnumerable<Guid> ShippedFrom(SaleShipped shipped) => shipped.Lines.Select(line => line.PicklistId).Distinct();

    /// <summary>One picklist with its lines, or null when there is none with the id.</summary>
    public static PicklistRow? Find(IReadTransaction transaction, Guid picklistId)
    {
        if (!transaction.TryGet(ViewSubspaces.Picklists.Pack(picklistId, 0L), out var header))
        {
            return null;
        }

        var top = TupleCodec.Unpack(header);
        var lines = new List<PicklistLineRow>();
        var range = ViewSubspaces.Picklists.Range(picklistId, 1L);
        using var cursor = transaction.Range(range.Begin, range.End, limit: PickingRules.MaxLines);
        while (cursor.MoveNext())
        {
            var line = TupleCodec.Unpack(cursor.Value);
            lines.Add(new PicklistLineRow((string)line[0]!, (Guid?)line[1], (long)line[2]!, (long)line[3]!, (long)line[4]!, (long)line[5]!, (long)line[6]!, (long)line[7]!));
        }

        return new PicklistRow(picklistId, (string)top[0]!, (string?)top[1], (bool)top[2]!, lines);
    }

    private static void Write(IViewWriter view, InventoryState after, Guid picklistId)
    {
        if (after.Picking.Find(picklistId) is not { } picklist)
        {
            return;
        }

        view.Put(ViewSubspaces.Picklists.Pack(picklist.Id, 0L), TupleCodec.Pack(picklist.Warehouse, picklist.Picker, picklist.Completed));
        for (var index = 0; index < picklist.Lines.Count; index++)
        {
            var line = picklist.Lines[index];
            view.Put(
                ViewSubspaces.Picklists.Pack(picklist.Id, 1L, (long)index),
                TupleCodec.Pack(line.Sku, line.SaleId, line.Quantity, line.Picked, line.Shorted, line.Passed, line.Failed, line.Shipped));
        }
    }
}
