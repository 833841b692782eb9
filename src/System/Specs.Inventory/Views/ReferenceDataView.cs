using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Inventory.Domain;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Views;

/// <summary>One row of the reference-data view.</summary>
/// <param name="Kind">Reason, supplier or channel.</param>
/// <param name="Name">The name as it was created.</param>
/// <param name="IsActive">Whether it may still be used.</param>
/// <param name="Detail">A reason's description or a supplier's contact, when given.</param>
public sealed record ReferenceDataRow(ReferenceKind Kind, string Name, bool IsActive, string? Detail);

/// <summary>
/// Area 14 as a query model: every reason, supplier and channel by kind and name, with its active flag.
/// Key <c>06 · (kind, name in lower case)</c> so that a lookup ignores case as the rules do, and a kind
/// lists in name order; value the packed tuple <c>(name as created, active, detail or null)</c>.
/// </summary>
public sealed class ReferenceDataView : IView, IViewColumns
{
    /// <summary>Longest key: the subspace byte, the kind, and a name at the rules' limit in UTF-8, escaped.</summary>
    private const int MaxKeyBytes = 16 + (8 * Domain.ReferenceData.ReferenceDataRules.MaxNameLength);

    public static ReferenceDataView Instance { get; } = new();

    public string Name => "reference-data";

    public int Version => 2;

    public Subspace Subspace => ViewSubspaces.ReferenceData;

    /// <summary>One kind of row per <see cref="ReferenceKind"/>, so the third element gets its own name: a reason's description, a supplier's contact.</summary>
    public IReadOnlyList<ViewRowKind> RowKinds { get; } =
    [
        Entry("reason", ReferenceKind.Reason, "description"),
        Entry("supplier", ReferenceKind.Supplier, "contact"),
        Entry("channel", ReferenceKind.Channel, "detail"), // a channel has none: always null
    ];

    public void Apply(IViewWriter view, in EventEnvelope envelope, IEventContract payload, InventoryState after)
    {
        switch (payload)
        {
            case ReasonCreated created:
                Write(view, ReferenceKind.Reason, created.Name, isActive: true, created.Description);
                break;
            case SupplierCreated created:
                Write(view, ReferenceKind.Supplier, created.Name, isActive: true, created.Contact);
                break;
            case ChannelCreated created:
                Write(view, ReferenceKind.Channel, created.Name, isActive: true, detail: null);
                break;
            case ReferenceDeactivated deactivated:
                Deactivate(view, deactivated.Kind, deactivated.Name);
                break;
        }
    }

    /// <summary>Finds one entry, without regard to case.</summary>
    public static ReferenceDataRow? Find(IReadTransaction transaction, ReferenceKind kind, string name)
    {
        Span<byte> key = stackalloc byte[MaxKeyBytes];
        return transaction.TryGet(Key(kind, name, key), out var value) ? Decode(kind, value) : null;
    }

    /// <summary>The entries of one kind in name order (lower-cased), at most <paramref name="limit"/>, after the name <paramref name="after"/> if given.</summary>
    public static IReadOnlyList<ReferenceDataRow> List(IReadTransaction transaction, ReferenceKind kind, string? after = null, int limit = 100)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var range = ViewSubspaces.ReferenceData.Range((long)kind);
        var begin = after is null ? range.Begin : KeyRange.StartsWith(ViewSubspaces.ReferenceData.Pack((long)kind, ViewRows.Fold(after))).End;
        var rows = new List<ReferenceDataRow>();
        using var cursor = transaction.Range(begin, range.End, limit: limit);
        while (cursor.MoveNext())
        {
            rows.Add(Decode(kind, cursor.Value));
        }

        return rows;
    }

    private static void Write(IViewWriter view, ReferenceKind kind, string name, bool isActive, string? detail)
    {
        Span<byte> key = stackalloc byte[MaxKeyBytes];
        var value = TupleCodec.Pack(name, isActive, detail);
        view.Put(Key(kind, name, key), value);
    }

    private static void Deactivate(IViewWriter view, ReferenceKind kind, string name)
    {
        Span<byte> key = stackalloc byte[MaxKeyBytes];
        var entryKey = Key(kind, name, key);
        // The decider only deactivates entries that exist; keep what was created, flip the flag.
        var row = view.TryGet(entryKey, out var stored) ? Decode(kind, stored) : new ReferenceDataRow(kind, name, IsActive: true, Detail: null);
        view.Put(entryKey, TupleCodec.Pack(row.Name, false, row.Detail));
    }

    private static ViewRowKind Entry(string name, ReferenceKind kind, string detail) => new(
        name,
        [ViewColumn.Tag(name, (long)kind), ViewColumn.Text("name")],
        [ViewColumn.Text("name"), ViewColumn.Flag("isActive"), ViewColumn.Text(detail).OrNull()]);

    private static ReadOnlySpan<byte> Key(ReferenceKind kind, string name, Span<byte> buffer)
    {
        var writer = ViewSubspaces.ReferenceData.StartWriter(buffer);
        writer.Write((long)kind);
        writer.WriteString(ViewRows.Fold(name));
        return buffer[..writer.Length];
    }

    private static ReferenceDataRow Decode(ReferenceKind kind, ReadOnlySpan<byte> value)
    {
        var reader = new TupleReader(value);
        var name = reader.ReadString();
        var isActive = reader.ReadBoolean();
        string? detail = null;
        if (reader.PeekType() == TupleElementType.String)
        {
            detail = reader.ReadString();
        }

        return new ReferenceDataRow(kind, name, isActive, detail);
    }
}
