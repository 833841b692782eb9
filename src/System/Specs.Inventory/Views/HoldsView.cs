using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Holds;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Holds;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Views;

/// <summary>One hold as the view shows it.</summary>
public sealed record HoldRow(string HoldId, string Sku, long Quantity, long? ExpiresAtUnixMs, string? Note, HoldStatus Status);

/// <summary>
/// Area 7's holds as a query model, written from the state after each hold event:
/// <c>17 · (0, hold id in lower case)</c> → <c>(id, sku, units, expires or null, note or null, status)</c>,
/// and <c>17 · (1, sku in lower case, hold id in lower case)</c> → <c>(units)</c> for each active hold,
/// so a SKU's holds list without a scan.
/// </summary>
public sealed class HoldsView : IView, IViewColumns
{
    private const long HoldRows = 0;
    private const long ActiveBySku = 1;

    public static HoldsView Instance { get; } = new();

    public string Name => "holds";

    public int Version => 2;

    public Subspace Subspace => ViewSubspaces.Holds;

    public IReadOnlyList<ViewRowKind> RowKinds { get; } =
    [
        new("hold", [ViewColumn.Tag("hold", HoldRows), ViewColumn.Text("holdId")],
            [
                ViewColumn.Text("holdId"), ViewColumn.Text("sku"), ViewColumn.Number("quantity"), ViewColumn.Number("expiresAtUnixMs").OrNull(),
                ViewColumn.Text("note").OrNull(), ViewColumn.Enum<HoldStatus>("status"),
            ]),
        new("activeHold", [ViewColumn.Tag("activeHold", ActiveBySku), ViewColumn.Text("sku"), ViewColumn.Text("holdId")], [ViewColumn.Number("quantity")]),
    ];

    public void Apply(IViewWriter view, in EventEnvelope envelope, IEventContract payload, InventoryState after)
    {
        var holdId = payload switch
        {
            HoldCreated created => created.HoldId,
            HoldReleased released => released.HoldId,
            HoldExpired expired => expired.HoldId,
            _ => null,
        };
        if (holdId is null || after.Holds.Find(holdId) is not { } hold)
        {
            return;
        }

        view.Put(
            ViewSubspaces.Holds.Pack(HoldRows, ViewRows.Fold(hold.HoldId)),
            TupleCodec.Pack(hold.HoldId, hold.Sku, hold.Quantity, hold.ExpiresAtUnixMs, hold.Note, (long)hold.Status));
        var bySku = ViewSubspaces.Holds.Pack(ActiveBySku, ViewRows.Fold(hold.Sku), ViewRows.Fold(hold.HoldId));
        if (hold.Status == HoldStatus.Active)
        {
            view.Put(bySku, TupleCodec.Pack(hold.Quantity));
        }
        else
        {
            view.Delete(bySku);
        }
    }

    /// <summary>Finds one hold by id, without regard to case.</summary>
    public static HoldRow? Find(IReadTransaction transaction, string holdId) =>
        transaction.TryGet(ViewSubspaces.Holds.Pack(HoldRows, ViewRows.Fold(holdId)), out var value) ? Decode(value) : null;

    /// <summary>The active holds of a SKU in id order (lower-cased), at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<HoldRow> ActiveOf(IReadTransaction transaction, string sku, int limit = 100)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var range = ViewSubspaces.Holds.Range(ActiveBySku, ViewRows.Fold(sku));
        var rows = new List<HoldRow>();
        using var cursor = transaction.Range(range.Begin, range.End, limit: limit);
        while (cursor.MoveNext())
        {
            var holdId = (string)ViewSubspaces.Holds.Unpack(cursor.Key)[2]!;
            rows.Add(Find(transaction, holdId)!);
        }

        return rows;
    }

    private static HoldRow Decode(ReadOnlySpan<byte> value)
    {
        var elements = TupleCodec.Unpack(value);
        return new HoldRow((string)elements[0]!, (string)elements[1]!, (long)elements[2]!, (long?)elements[3], (string?)elements[4], (HoldStatus)(long)elements[5]!);
    }
}
