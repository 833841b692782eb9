using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Holds;
using Specs.Inventory.Contracts.Events.Picking;
using Specs.Inventory.Contracts.Events.Sales;
using Specs.Inventory.Contracts.Events.Shipping;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Sales;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Views;

/// <summary>One SKU of a sale as the view shows it: sold units (as the channel listed them) or reserved units and how many are picked.</summary>
public sealed record SaleLineRow(string Sku, long Quantity, long Picked);

/// <summary>One sale as the view shows it.</summary>
public sealed record SaleRow(Guid SaleId, string Channel, string ExternalId, SaleStatus Status, SalePriority Priority, long OrderedAtUnixMs, bool Allocated, IReadOnlyList<SaleLineRow> Lines, IReadOnlyList<SaleLineRow> Reserved);

/// <summary>
/// Areas 6 and 7 as a query model of sales, written from the state after each sales or allocation
/// event: <c>16 · (channel in lower case, external id in lower case)</c> →
/// <c>(channel, external id, status, priority, ordered at, allocated, sold line count, sale id, then sku and
/// units per sold line, then sku, units and picked per reserved line)</c>. One value per sale, so that
/// lines that disappear need no deletes. A pick or unpick for a sale rewrites its row, since it changed the
/// sale's picked units (<see cref="SaleFulfilment"/>); the sale id is there for callers who pick for it.
/// </summary>
public sealed class SalesView : IView
{
    private const int HeaderElements = 8;

    public static SalesView Instance { get; } = new();

    public string Name => "sales";

    public int Version => 2;

    public Subspace Subspace => ViewSubspaces.Sales;

    public void Apply(IViewWriter view, in EventEnvelope envelope, IEventContract payload, InventoryState after)
    {
        var sale = payload switch
        {
            SaleImported imported => after.Sales.Find(imported.Channel, imported.ExternalId),
            SaleLinesChanged changed => after.Sales.Find(changed.Channel, changed.ExternalId),
            SaleStatusChanged changed => after.Sales.Find(changed.Channel, changed.ExternalId),
            SaleCancelled cancelled => after.Sales.Find(cancelled.Channel, cancelled.ExternalId),
            SaleAllocated allocated => after.Sales.Find(allocated.Channel, allocated.ExternalId),
            SaleDeallocated deallocated => after.Sales.Find(deallocated.Channel, deallocated.ExternalId),
            ItemPicked { SaleId: { } saleId } => after.Sales.FindById(saleId),
            ItemUnpicked { SaleId: { } saleId } => after.Sales.FindById(saleId),
            _ => null,
        };
        if (sale is not null)
        {
            Write(view, sale);
        }
    }

    /// <summary>Writes the sale's row as the state now has it.</summary>
    public static void Write(IViewWriter view, Sale sale)
    {
        var elements = new List<object?>(HeaderElements + (2 * sale.Lines.Length) + (3 * sale.Reserved.Count))
        {
            sale.Channel, sale.ExternalId, (long)sale.Status, (long)sale.Priority, sale.OrderedAtUnixMs, sale.Allocated, (long)sale.Lines.Length, sale.Id,
        };
        foreach (var line in sale.Lines)
        {
            elements.AddRange([line.Sku, line.Quantity]);
        }

        foreach (var line in sale.Reserved.Values)
        {
            elements.AddRange([line.Sku, line.Quantity, line.Picked]);
        }

        view.Put(Key(sale.Channel, sale.ExternalId), TupleCodec.Pack([], elements));
    }

    /// <summary>Finds one sale by channel and external id, without regard to case.</summary>
    public static SaleRow? Find(IReadTransaction transaction, string channel, string externalId) =>
        transaction.TryGet(Key(channel, externalId), out var value) ? Decode(value) : null;

    /// <summary>A channel's sales in external id order (lower-cased), at most <paramref name="limit"/>, after <paramref name="afterExternalId"/> if given.</summary>
    public static IReadOnlyList<SaleRow> List(IReadTransaction transaction, string channel, string? afterExternalId = null, int limit = 100)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var range = ViewSubspaces.Sales.Range(channel.ToLowerInvariant());
        var begin = afterExternalId is null ? range.Begin : KeyRange.StartsWith(Key(channel, afterExternalId)).End;
        var rows = new List<SaleRow>();
        using var cursor = transaction.Range(begin, range.End, limit: limit);
        while (cursor.MoveNext())
        {
            rows.Add(Decode(cursor.Value));
        }

        return rows;
    }

    private static byte[] Key(string channel, string externalId) => ViewSubspaces.Sales.Pack(channel.ToLowerInvariant(), externalId.ToLowerInvariant());

    private static SaleRow Decode(ReadOnlySpan<byte> value)
    {
        var elements = TupleCodec.Unpack(value);
        var soldCount = (int)(long)elements[6]!;
        var lines = new List<SaleLineRow>(soldCount);
        var at = HeaderElements;
        for (var i = 0; i < soldCount; i++, at += 2)
        {
            lines.Add(new SaleLineRow((string)elements[at]!, (long)elements[at + 1]!, 0));
        }

        var reserved = new List<SaleLineRow>();
        for (; at + 2 < elements.Count; at += 3)
        {
            reserved.Add(new SaleLineRow((string)elements[at]!, (long)elements[at + 1]!, (long)elements[at + 2]!));
        }

        return new SaleRow((Guid)elements[7]!, (string)elements[0]!, (string)elements[1]!, (SaleStatus)(long)elements[2]!, (SalePriority)(long)elements[3]!, (long)elements[4]!, (bool)elements[5]!, lines, reserved);
    }
}
