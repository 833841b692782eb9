using System.Buffers.Binary;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Views;

/// <summary>
/// How far every view of one writer's set has applied the log, in one record: the position, then the views' names.
/// The command processor writes it in each batch's transaction instead of rewriting every view's own
/// <see cref="ViewCheckpoint"/>: fourteen puts a batch became one, and in the simulated cluster, where most batches
/// hold one command, those puts were about a twelfth of a node's work (docs/benchmarks.md §10).
/// </summary>
/// <remarks>
/// <para>A view's own checkpoint still holds its definition version, and the position at which it was last built
/// (<see cref="LogReplay.WriteViews"/>); its effective position is the later of that and this record's, when this
/// record names it (<see cref="ViewCheckpoint.Read(IReadTransaction, string)"/>). A view the last writer did not maintain is not named, so it
/// keeps its own position and is rebuilt once it falls behind, as before.</para>
/// <para>The data format's version did not change, because no build reads this store wrongly. A store written by an
/// older build (one checkpoint per view, each at the head) reads as current here: this record only ever raises a
/// position. An older build opening a store written here sees each view's own position where it was built, behind the
/// head, so it rebuilds every view at start-up: slow once, never wrong. Its replay check, run without that start-up,
/// reports a checkpoint difference for the same reason.</para>
/// </remarks>
public sealed class ViewSetCheckpoint
{
    /// <summary>The record's key: an integer element, which no view name (a string) packs to.</summary>
    public static readonly byte[] Key = ViewSubspaces.Checkpoints.Pack(0L);

    // Position (8 bytes, big-endian), then the names as one packed tuple; only the position changes between batches.
    private readonly byte[] _value;

    /// <summary>A record for <paramref name="viewNames"/>, at position 0 until <see cref="WriteAt"/>.</summary>
    public ViewSetCheckpoint(IEnumerable<string> viewNames)
    {
        var names = TupleCodec.Pack([.. viewNames]);
        _value = new byte[sizeof(ulong) + names.Length];
        names.CopyTo(_value.AsSpan(sizeof(ulong)));
    }

    /// <summary>Records that every view of the set has applied the log up to <paramref name="position"/>.</summary>
    public void WriteAt(IWriteTransaction transaction, ulong position)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        BinaryPrimitives.WriteUInt64BigEndian(_value, position);
        transaction.Put(Key, _value);
    }

    /// <summary>The stored record: the position, and the names of the views that have applied the log up to it; null when there is none.</summary>
    /// <exception cref="CorruptRecordException">the stored record is too short or its names are not a tuple of strings.</exception>
    public static Stored? Read(IReadTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (!transaction.TryGet(Key, out var value))
        {
            return null;
        }

        if (value.Length < sizeof(ulong))
        {
            throw Corrupt($"it is {value.Length} bytes, shorter than its position");
        }

        IReadOnlyList<object?> names;
        try
        {
            names = TupleCodec.Unpack(value[sizeof(ulong)..]);
        }
        catch (TupleFormatException exception)
        {
            throw Corrupt($"its names are not a tuple ({exception.Message})");
        }

        var views = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            views.Add(name as string ?? throw Corrupt($"it names a view by {name?.GetType().Name ?? "null"}, not a string"));
        }

        return new Stored(BinaryPrimitives.ReadUInt64BigEndian(value), views);
    }

    /// <summary>What the record says: every view in <paramref name="Views"/> has applied the log up to <paramref name="Position"/>.</summary>
    public sealed record Stored(ulong Position, IReadOnlySet<string> Views);

    private static CorruptRecordException Corrupt(string why) =>
        new(StorageException.Describe(Key), $"the views' shared checkpoint is damaged: {why}");
}
