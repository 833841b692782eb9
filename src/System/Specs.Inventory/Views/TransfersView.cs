using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Transfers;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Transfers;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Views;

/// <summary>One SKU of a transfer: planned, shipped and received units (all lots together).</summary>
public sealed record TransferLineRow(string Sku, long Planned, long Shipped, long Received)
{
    /// <summary>Units on their way: shipped and not yet received.</summary>
    public long InTransit => Shipped - Received;
}

/// <summary>A transfer as the view shows it.</summary>
public sealed record TransferRow(Guid TransferId, string FromWarehouse, string ToWarehouse, TransferStatus Status, IReadOnlyList<TransferLineRow> Lines);

/// <summary>
/// Area 10 as a query model: <c>2A · (transfer id, 0)</c> → tuple <c>(from, to, status)</c> and
/// <c>2A · (transfer id, 1, sku in lower case)</c> → tuple <c>(sku, planned, shipped, received)</c>,
/// rewritten from the state after each event of the transfer.
/// </summary>
public sealed class TransfersView : IView, IViewColumns
{
    public static TransfersView Instance { get; } = new();

    public string Name => "transfers";

    public int Version => 2;

    public Subspace Subspace => ViewSubspaces.Transfers;

    // The tag is second: a transfer's header and lines sit together under its id.
    public IReadOnlyList<ViewRowKind> RowKinds { get; } =
    [
        new("transfer", [ViewColumn.Id("transferId"), ViewColumn.Tag("transfer", 0)],
            [ViewColumn.Text("fromWarehouse"), ViewColumn.Text("toWarehouse"), ViewColumn.Enum<TransferStatus>("status")]),
        new("line", [ViewColumn.Id("transferId"), ViewColumn.Tag("line", 1), ViewColumn.Text("sku")],
            [ViewColumn.Text("sku"), ViewColumn.Number("planned"), ViewColumn.Number("shipped"), ViewColumn.Number("received")]),
    ];

    public void Apply(IViewWriter view, in EventEnvelope envelope, IEventContract payload, InventoryState after)
    {
        switch (payload)
        {
            case TransferCreated e: Write(view, after, e.TransferId); break;
            case TransferShipped e: Write(view, after, e.TransferId); break;
            case TransferReceived e: Write(view, after, e.TransferId); break;
            case TransferClosed e: Write(view, after, e.TransferId); break;
        }
    }

    public static TransferRow? Find(IReadTransaction transaction, Guid transferId)
    {
        if (!transaction.TryGet(ViewSubspaces.Transfers.Pack(transferId, 0L), out var header))
        {
            return null;
        }

        var top = TupleCodec.Unpack(header);
        var lines = new List<TransferLineRow>();
        var range = ViewSubspaces.Transfers.Range(transferId, 1L);
        using var cursor = transaction.Range(range.Begin, range.End, limit: TransferRules.MaxLines);
        while (cursor.MoveNext())
        {
            var line = TupleCodec.Unpack(cursor.Value);
            lines.Add(new TransferLineRow((string)line[0]!, (long)line[1]!, (long)line[2]!, (long)line[3]!));
        }

        return new TransferRow(transferId, (string)top[0]!, (string)top[1]!, (TransferStatus)(long)top[2]!, lines);
    }

    private static void Write(IViewWriter view, InventoryState after, Guid transferId)
    {
        if (after.Transfers.Find(transferId) is not { } transfer)
        {
            return;
        }

        view.Put(ViewSubspaces.Transfers.Pack(transfer.Id, 0L), TupleCodec.Pack(transfer.FromWarehouse, transfer.ToWarehouse, (long)transfer.Status));
        foreach (var (sku, planned) in transfer.Planned)
        {
            var shipped = transfer.Shipped.Where(units => units.Key.Sku == sku).Sum(units => units.Value);
            var received = transfer.Received.Where(units => units.Key.Sku == sku).Sum(units => units.Value);
            view.Put(ViewSubspaces.Transfers.Pack(transfer.Id, 1L, ViewRows.Fold(sku)), TupleCodec.Pack(sku, planned, shipped, received));
        }
    }
}
