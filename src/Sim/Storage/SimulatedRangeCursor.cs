using Specs.Inventory.Storage;

namespace Specs.Sim.Storage;

/// <summary>
/// Iterates <c>[begin, end)</c> of one frozen tree root in order with an explicit path stack: the start is
/// found once by descending the tree, each step is amortised O(1) and allocates nothing. The path and the copy
/// of the bound are the store's spare <see cref="CursorBuffers"/>, given back when the cursor is disposed.
/// </summary>
internal sealed class SimulatedRangeCursor : IKeyValueCursor
{
    private readonly SimulatedReadTransaction _owner;
    private readonly CursorBuffers _buffers;
    private readonly SortedTree.Node[] _path;
    private int _depth;
    private readonly bool _reverse;

    // The bound the walk stops at, in the first _stopLength bytes: end (exclusive) going forward, begin
    // (inclusive) going backward.
    private readonly byte[] _stop;
    private readonly int _stopLength;

    // The bound's KeyHead: most steps are ordered against it without reading the node's key.
    private readonly ulong _stopHead;
    private int _remaining;
    private SortedTree.Node? _current;
    private bool _disposed;

    public SimulatedRangeCursor(SimulatedReadTransaction owner, SortedTree.Node? root, ReadOnlySpan<byte> begin, ReadOnlySpan<byte> end, bool reverse, int limit)
    {
        _owner = owner;
        _reverse = reverse;
        var empty = end.IsEmpty || ByteKeyComparer.Compare(begin, end) >= 0;
        _remaining = empty ? 0 : limit;
        var stop = empty ? default : reverse ? begin : end;
        _buffers = owner.Store.TakeCursorBuffers(SortedTree.PathLength(empty ? null : root), stop.Length);
        _path = _buffers.Path;
        _stop = _buffers.Stop;
        _stopLength = stop.Length;
        stop.CopyTo(_stop);
        _stopHead = KeyHead.Of(stop);
        if (empty)
        {
            return;
        }

        if (reverse)
        {
            SortedTree.SeekBackward(root, end, _path, ref _depth);
        }
        else
        {
            SortedTree.SeekForward(root, begin, _path, ref _depth);
        }
    }

    public ReadOnlySpan<byte> Key => _current is null ? default : _current.Key;

    public ReadOnlySpan<byte> Value => _current is null ? default : _current.Value;

    public bool MoveNext()
    {
        _owner.ThrowIfClosed();
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_remaining == 0 || _depth == 0)
        {
            _current = null;
            return false;
        }

        var node = _path[--_depth];
        // The order of the bound against the node's key: the walk ends at a key at or after end going forward, or
        // before begin going backward.
        var order = KeyHead.Compare(_stop.AsSpan(0, _stopLength), _stopHead, node);
        if (_reverse ? order > 0 : order <= 0)
        {
            _depth = 0;
            _current = null;
            return false;
        }

        SortedTree.PushChain(_reverse ? node.Left : node.Right, _reverse, _path, ref _depth);
        _current = node;
        _remaining--;
        return true;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _current = null;
        _depth = 0;
        _owner.CursorClosed();
        _owner.Store.GiveBackCursorBuffers(_buffers);
    }
}
