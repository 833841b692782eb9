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
public sealed class SalesView : IRecomputedView, IViewColumns
{
    private const int HeaderElements = 8;

    public static SalesView Instance { get; } = new();

    public string Name => "sales";

    public int Version => 3;

    public Subspace Subspace => ViewSubspaces.Sales;

    public IReadOnlyList<ViewRowKind> RowKinds { get; } =
    [
        new("sale", [ViewColumn.Text("channel"), ViewColumn.Text("externalId")],
            [
                ViewColumn.Text("channel"), ViewColumn.Text("externalId"), ViewColumn.Enum<SaleStatus>("status"), ViewColumn.Enum<SalePriority>("priority"),
                ViewColumn.Number("orderedAtUnixMs"), ViewColumn.Flag("allocated"), ViewColumn.Number("lineCount"), ViewColumn.Id("saleId"),
            ],
            [
                new ViewRepeat("lines", [ViewColumn.Text("sku"), ViewColumn.Number("quantity")], CountColumn: "lineCount"),
                new ViewRepeat("reserved", [ViewColumn.Text("sku"), ViewColumn.Number("quantity"), ViewColumn.Number("picked")]),
            ]),
    ];

    public void Apply(IViewWriter view, in EventEnvelope envelope, IEventContract payload, InventoryState after)
    {
        if (Touched(payload, after) is { } sale)
        {
            Write(view, sale);
        }
    }

    public IRowsToRecompute StartRebuild() => new EntitiesToRecompute(
        static (payload, after, sales) =>
        {
            if (Touched(payload, after) is { } sale)
            {
                sales.Add(sale.Id);
            }
        },
        static (view, final, saleId) => Write(view, final.Sales.FindById(saleId)!));

    /// <summary>The sale an event changes, as the state after it holds it; null for an event of no sale.</summary>
    private static Sale? Touched(IEventContract payload, InventoryState after) => payload switch
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

    /// <summary>Writes the sale's row as the state now has it.</summary>
    /// <remarks>
    /// Packed straight into one buffer with <see cref="TupleWriter"/>, not through boxed elements and
    /// <see cref="TupleCodec.Pack(ReadOnlySpan{byte}, IReadOnlyList{object?})"/>: every pick rewrites its sale's row, so
    /// on a replay the boxes and lists were garbage made on most events. The bytes are the same (SalesViewRowsTests
    /// packs the same row both ways).
    /// </remarks>
    public static void Write(IViewWriter view, Sale sale)
    {
        var bound = ValueBound(sale);
        Span<byte> buffer = bound <= StackRowBytes ? stackalloc byte[StackRowBytes] : new byte[bound];
        var value = new TupleWriter(buffer);
        value.WriteString(sale.Channel);
        value.WriteString(sale.ExternalId);
        value.Write((long)sale.Status);
        value.Write((long)sale.Priority);
        value.Write(sale.OrderedAtUnixMs);
        value.Write(sale.Allocated);
        value.Write((long)sale.Lines.Length);
        value.Write(sale.Id);
        foreach (var line in sale.Lines)
        {
            value.WriteString(line.Sku);
            value.Write(line.Quantity);
        }

        foreach (var (_, line) in sale.Reserved)
        {
            value.WriteString(line.Sku);
            value.Write(line.Quantity);
            value.Write(line.Picked);
        }

        WriteRow(view, sale.Channel, sale.ExternalId, value.Written);
    }

    // Worst case of a packed string: ViewRows.TextBound; of an integer, a type code and eight bytes; of a Guid, a type
    // code and 16. A row or key longer than the stack buffer gets an array of its own.
    private const int StackRowBytes = 1024;

    private static int ValueBound(Sale sale)
    {
        var bound = ViewRows.TextBound(sale.Channel) + ViewRows.TextBound(sale.ExternalId) + (5 * 9) + 1 + 17;
        foreach (var line in sale.Lines)
        {
            bound += ViewRows.TextBound(line.Sku) + 9;
        }

        foreach (var (_, line) in sale.Reserved)
        {
            bound += ViewRows.TextBound(line.Sku) + 18;
        }

        return bound;
    }

    /// <summary>Puts the value under the sale's key (<see cref="Key"/>'s bytes, written without the folded strings).</summary>
    private static void WriteRow(IViewWriter view, string channel, string externalId, ReadOnlySpan<byte> value)
    {
        var bound = 8 + ViewRows.TextBound(channel) + ViewRows.TextBound(externalId);
        Span<byte> buffer = bound <= StackRowBytes ? stackalloc byte[StackRowBytes] : new byte[bound];
        var key = ViewSubspaces.Sales.StartWriter(buffer);
        ViewRows.WriteLowerCased(ref key, channel);
        ViewRows.WriteLowerCased(ref key, externalId);
        view.Put(key.Written, value);
    }

    /// <summary>Finds one sale by channel and external id, without regard to case.</summary>
    public static SaleRow? Find(IReadTransaction transaction, string channel, string externalId) =>
        transaction.TryGet(Key(channel, externalId), out var value) ? Decode(value) : null;

    /// <summary>A channel's sales in external id order (lower-cased), at most <paramref name="limit"/>, after <paramref name="afterExternalId"/> if given.</summary>
    public static IReadOnlyList<SaleRow> List(IReadTransaction transaction, string channel, string? afterExternalId = null, int limit = 100)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var range = ViewSubspaces.Sales.Range(ViewRows.Fold(channel));
        var begin = afterExternalId is null ? range.Begin : KeyRange.StartsWith(Key(channel, afterExternalId)).End;
        var rows = new List<SaleRow>();
        using var cursor = transaction.Range(begin, range.End, limit: limit);
        while (cursor.MoveNext())
        {
            rows.Add(Decode(cursor.Value));
        }

        return rows;
    }

    private static byte[] Key(string channel, string externalId) => ViewSubspaces.Sales.Pack(ViewRows.Fold(channel), ViewRows.Fold(externalId));

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
