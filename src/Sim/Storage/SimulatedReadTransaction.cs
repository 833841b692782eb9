using Specs.Inventory.Storage;

namespace Specs.Sim.Storage;

/// <summary>A read transaction over one immutable snapshot of the simulated keyspace.</summary>
internal class SimulatedReadTransaction(SimulatedStore store, SimulatedKeyspace snapshot) : IReadTransaction
{
    private bool _disposed;

    internal SimulatedStore Store { get; } = store;

    public bool TryGet(scoped ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value)
    {
        ThrowIfClosed();
        value = default;
        if (!Store.Limits.Admits(key))
        {
            return false;
        }

        var node = SortedTree.Find(CurrentRoot, key);
        if (node is null)
        {
            return false;
        }

        value = node.Value;
        return true;
    }

    public IKeyValueCursor Range(ReadOnlySpan<byte> begin, ReadOnlySpan<byte> end, bool reverse = false, int limit = int.MaxValue)
    {
        ThrowIfClosed();
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return new SimulatedRangeCursor(this, FrozenRoot(), begin, end, reverse, limit);
    }

    public virtual void Dispose() => _disposed = true;

    /// <summary>Throws when the transaction has ended or the store was disposed.</summary>
    internal virtual void ThrowIfClosed()
    {
        if (_disposed)
        {
            throw new ObjectDisposedException(nameof(IReadTransaction), "This read transaction was disposed.");
        }

        Store.ThrowIfDisposed();
    }

    /// <summary>A cursor of this transaction was disposed.</summary>
    internal virtual void CursorClosed()
    {
    }

    /// <summary>The root point reads search: the snapshot, or a write transaction's working tree.</summary>
    private protected virtual SortedTree.Node? CurrentRoot => snapshot.Root;

    /// <summary>A root no later write can change, for a cursor that may outlive further writes.</summary>
    private protected virtual SortedTree.Node? FrozenRoot() => snapshot.Root;
}
