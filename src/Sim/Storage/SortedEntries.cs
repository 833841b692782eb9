using System.Collections.Immutable;
using Specs.Inventory.Storage;

namespace Specs.Sim.Storage;

/// <summary>
/// The simulated keyspace: a persistent sorted set of key-value pairs ordered by key alone (unsigned
/// bytes), so a snapshot is one reference and iteration order never depends on hashing.
/// </summary>
internal static class SortedEntries
{
    public static ImmutableSortedSet<KeyValuePair<byte[], byte[]>> Empty { get; } =
        ImmutableSortedSet<KeyValuePair<byte[], byte[]>>.Empty.WithComparer(Comparer<KeyValuePair<byte[], byte[]>>.Create(
            (left, right) => ByteKeyComparer.Compare(left.Key, right.Key)));

    /// <summary>Index of the first entry whose key is at or after <paramref name="key"/> (Count when none).</summary>
    public static int LowerBound(ImmutableSortedSet<KeyValuePair<byte[], byte[]>> entries, ReadOnlySpan<byte> key)
    {
        if (key.IsEmpty)
        {
            return 0;
        }

        var index = entries.IndexOf(Probe(key));
        return index >= 0 ? index : ~index;
    }

    /// <summary>A search value: only the key takes part in comparisons.</summary>
    public static KeyValuePair<byte[], byte[]> Probe(ReadOnlySpan<byte> key) => new(key.ToArray(), []);
}
