using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Counts;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Counts;
using Specs.Inventory.Storage;
using static Specs.Inventory.Views.ViewRows;

namespace Specs.Inventory.Views.Counts;

/// <summary>One count's header: where, why, how far it is.</summary>
public sealed record CountRow(Guid CountId, string Warehouse, CountStatus Status, string Reason, IReadOnlyList<string> Locations, long Lines, long LinesCounted, long RecountsPending);

/// <summary>One line of a count: the snapshot, and once counted the count, the expected on hand and the variance.</summary>
public sealed record CountLineRow(string Sku, string Location, string? Lot, long Snapshot, long? Counted, long Expected, long Variance, bool RecountPending);

/// <summary>
/// Area 11 as a query model, in subspace <c>0C</c>: <c>(0, count id)</c> → <c>(id, warehouse, status, reason,
/// (locations…), lines, counted, recounts pending)</c> and <c>(1, count id, sku, location, lot)</c> →
/// <c>(sku, location, lot or null, snapshot, counted or null, expected, variance, recount pending)</c>,
/// codes folded to lower case; written from the state after each count event.
/// </summary>
public sealed class CountsView : IView, IViewColumns
{
    private const long HeaderTag = 0;
    private const long LineTag = 1;

    public static CountsView Instance { get; } = new();

    public string Name => "counts";

    public int Version => 2;

    public Storage.Tuples.Subspace Subspace => ViewSubspaces.Counts;

    public IReadOnlyList<ViewRowKind> RowKinds { get; } =
    [
        new("count", [ViewColumn.Tag("count", HeaderTag), ViewColumn.Id("countId")],
            [
                ViewColumn.Id("countId"), ViewColumn.Text("warehouse"), ViewColumn.Enum<CountStatus>("status"), ViewColumn.Text("reason"), ViewColumn.TextList("locations"),
                ViewColumn.Number("lines"), ViewColumn.Number("linesCounted"), ViewColumn.Number("recountsPending"),
            ]),
        // A line without a lot has "" in its key and null in its value.
        new("line", [ViewColumn.Tag("line", LineTag), ViewColumn.Id("countId"), ViewColumn.Text("sku"), ViewColumn.Text("location"), ViewColumn.Text("lot")],
            [
                ViewColumn.Text("sku"), ViewColumn.Text("location"), ViewColumn.Text("lot").OrNull(), ViewColumn.Number("snapshot"), ViewColumn.Number("counted").OrNull(),
                ViewColumn.Number("expected"), ViewColumn.Number("variance"), ViewColumn.Flag("recountPending"),
            ]),
    ];

    public void Apply(IViewWriter view, in EventEnvelope envelope, IEventContract payload, InventoryState after)
    {
        switch (payload)
        {
            case CountStarted started:
                var count = after.Counts.Find(started.CountId)!;
                WriteHeader(view, count);
                foreach (var line in count.Lines.Values)
                {
                    WriteLine(view, count.Id, line);
                }

                break;
            case CountRecorded recorded:
                WriteHeaderAndLine(view, after, recorded.CountId, new CountLineKey(recorded.Sku, recorded.Location, recorded.Lot ?? string.Empty));
                break;
            case RecountRequested requested:
                WriteHeaderAndLine(view, after, requested.CountId, new CountLineKey(requested.Sku, requested.Location, requested.Lot ?? string.Empty));
                break;
            case CountApproved approved:
                WriteHeader(view, after.Counts.Find(approved.CountId)!);
                break;
            case CountCancelled cancelled:
                WriteHeader(view, after.Counts.Find(cancelled.CountId)!);
                break;
        }
    }

    public static CountRow? Find(IReadTransaction transaction, Guid countId) =>
        ViewRows.Find(transaction, ViewSubspaces.Counts.Pack(HeaderTag, countId)) is { } row ? DecodeHeader(row) : null;

    /// <summary>A count's lines in SKU, location and lot order.</summary>
    public static IReadOnlyList<CountLineRow> Lines(IReadTransaction transaction, Guid countId, int limit = 1000) =>
        [.. List(transaction, ViewSubspaces.Counts, [LineTag, countId], limit).Select(DecodeLine)];

    private static void WriteHeaderAndLine(IViewWriter view, InventoryState after, Guid countId, CountLineKey key)
    {
        var count = after.Counts.Find(countId)!;
        WriteHeader(view, count);
        WriteLine(view, count.Id, count.Lines[key]);
    }

    private static void WriteHeader(IViewWriter view, Count count)
    {
        object?[] locations = [.. count.Locations];
        Set(view, ViewSubspaces.Counts.Pack(HeaderTag, count.Id),
        [
            count.Id, count.Warehouse, (long)count.Status, count.Reason, locations, (long)count.Lines.Count,
            (long)count.Lines.Values.Count(line => line.Counted is not null), (long)count.Lines.Values.Count(line => line.RecountPending),
        ]);
    }

    private static void WriteLine(IViewWriter view, Guid countId, CountLineState line)
    {
        var lot = line.Key.Lot.Length == 0 ? null : line.Key.Lot;
        Set(view, ViewSubspaces.Counts.Pack(LineTag, countId, Fold(line.Key.Sku), Fold(line.Key.Location), Fold(line.Key.Lot)),
            [line.Key.Sku, line.Key.Location, lot, line.Snapshot, line.Counted, line.Expected, line.Variance, line.RecountPending]);
    }

    private static CountRow DecodeHeader(IReadOnlyList<object?> row) =>
        new((Guid)row[0]!, Text(row, 1), (CountStatus)Number(row, 2), Text(row, 3), [.. ((IReadOnlyList<object?>)row[4]!).Cast<string>()], Number(row, 5), Number(row, 6), Number(row, 7));

    private static CountLineRow DecodeLine(IReadOnlyList<object?> row) =>
        new(Text(row, 0), Text(row, 1), OptionalText(row, 2), Number(row, 3), OptionalNumber(row, 4), Number(row, 5), Number(row, 6), Flag(row, 7));
}
