using System.Collections.Immutable;
using Specs.Inventory.Storage;

namespace Specs.Sim.Storage;

/// <summary>A read transaction over one immutable snapshot of the simulated keyspace.</summary>
internal class SimulatedReadTransaction(SimulatedStore store, ImmutableSortedSet<KeyValuePair<byte[], byte[]>> snapshot) : IReadTransaction
{
    private bool _disposed;

    internal SimulatedStore Store { get; } = store;

    /// <summary>The entries this transaction reads: its snapshot, or a write transaction's working set.</summary>
    internal virtual ImmutableSortedSet<KeyValuePair<byte[], byte[]>> Entries => snapshot;

    public bool TryGet(scoped ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value)
    {
        ThrowIfClosed();
        value = default;
        if (!Store.Limits.Admits(key))
        {
            return false;
        }

        var entries = Entries;
        var index = SortedEntries.LowerBound(entries, key);
        if (index == entries.Count || !entries[index].Key.AsSpan().SequenceEqual(key))
        {
            return false;
        }

        value = entries[index].Value;
        return true;
    }

    public IKeyValueCursor Range(ReadOnlySpan<byte> begin, ReadOnlySpan<byte> end, bool reverse = false, int limit = int.MaxValue)
    {
        ThrowIfClosed();
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return new SimulatedRangeCursor(this, Entries, begin, end, reverse, limit);
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
}
