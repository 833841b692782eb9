using System.Runtime.InteropServices;
using Specs.Inventory.Diagnostics;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Views;

/// <summary>
/// A view's keys folded in memory during a replay: a hash map while events arrive (no tree to keep
/// balanced), sorted once at the end so that the keys can be written with Append, in order.
/// </summary>
public sealed class MemoryViewWriter(Subspace subspace) : IViewWriter
{
    private readonly Dictionary<byte[], byte[]> _entries = new(ByteContentComparer.Instance);

    public int Count => _entries.Count;

    public bool TryGet(scoped ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value)
    {
        Check(key);
        if (_entries.GetAlternateLookup<ReadOnlySpan<byte>>().TryGetValue(key, out var stored))
        {
            value = stored;
            return true;
        }

        value = default;
        return false;
    }

    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        Check(key);
        // A row rewritten with a value of the same length (a count that moved, a flag that changed: most rewrites of
        // a replay) is overwritten in place. A new array per rewrite lived until the row's next rewrite, so the
        // collector copied it into older generations again and again; in place, a replay allocates per row, not per event.
        ref var stored = ref CollectionsMarshal.GetValueRefOrAddDefault(_entries.GetAlternateLookup<ReadOnlySpan<byte>>(), key, out var exists);
        if (exists && stored!.Length == value.Length)
        {
            value.CopyTo(stored);
        }
        else
        {
            stored = value.ToArray();
        }
    }

    public bool Delete(ReadOnlySpan<byte> key)
    {
        Check(key);
        return _entries.GetAlternateLookup<ReadOnlySpan<byte>>().Remove(key);
    }

    /// <summary>The folded keys in store order (unsigned bytes), ready to append.</summary>
    public KeyValuePair<byte[], byte[]>[] Sorted()
    {
        var pairs = _entries.ToArray();
        Array.Sort(pairs, static (left, right) => ByteKeyComparer.Compare(left.Key, right.Key));
        return pairs;
    }

    private void Check(ReadOnlySpan<byte> key) =>
        Invariant.Assert(subspace.Contains(key) && key.Length > subspace.Prefix.Length, $"a view wrote key {StorageException.Describe(key)} outside its subspace {subspace}");

    /// <summary>Compares keys by content, also against a span, so that lookups allocate nothing.</summary>
    private sealed class ByteContentComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static ByteContentComparer Instance { get; } = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => GetHashCode(obj.AsSpan());

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
