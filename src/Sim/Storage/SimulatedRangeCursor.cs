using System.Collections.Immutable;
using Specs.Inventory.Storage;

namespace Specs.Sim.Storage;

/// <summary>
/// Iterates <c>[begin, end)</c> of one immutable set of entries by index. Both bounds are found once by
/// binary search; each step is an O(log n) lookup that allocates nothing.
/// </summary>
internal sealed class SimulatedRangeCursor : IKeyValueCursor
{
    private readonly SimulatedReadTransaction _owner;
    private readonly ImmutableSortedSet<KeyValuePair<byte[], byte[]>> _entries;
    private readonly bool _reverse;

    // Forward: the next index to yield and the first index past the range. Reverse: the next index
    // to yield and the last index before the range.
    private int _next;
    private readonly int _stop;
    private int _remaining;
    private KeyValuePair<byte[], byte[]> _current;
    private bool _disposed;

    public SimulatedRangeCursor(
        SimulatedReadTransaction owner,
        ImmutableSortedSet<KeyValuePair<byte[], byte[]>> entries,
        ReadOnlySpan<byte> begin,
        ReadOnlySpan<byte> end,
        bool reverse,
        int limit)
    {
        _owner = owner;
        _entries = entries;
        _reverse = reverse;
        var empty = end.IsEmpty || ByteKeyComparer.Compare(begin, end) >= 0;
        _remaining = empty ? 0 : limit;
        var first = empty ? 0 : SortedEntries.LowerBound(entries, begin);
        var pastLast = empty ? 0 : SortedEntries.LowerBound(entries, end);
        (_next, _stop) = reverse ? (pastLast - 1, first - 1) : (first, pastLast);
    }

    public ReadOnlySpan<byte> Key => _current.Key;

    public ReadOnlySpan<byte> Value => _current.Value;

    public bool MoveNext()
    {
        _owner.ThrowIfClosed();
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_remaining == 0 || _next == _stop)
        {
            _current = default;
            return false;
        }

        _current = _entries[_next];
        _next += _reverse ? -1 : 1;
        _remaining--;
        return true;
    }

    public void Dispose()
    {
        _disposed = true;
        _current = default;
    }
}
