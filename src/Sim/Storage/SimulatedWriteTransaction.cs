using Specs.Inventory.Storage;

namespace Specs.Sim.Storage;

/// <summary>
/// A write transaction: a private working version of the keyspace that replaces the committed one on commit.
/// Nodes it creates are edited in place until something could observe them (a cursor or the commit), so a
/// transaction's many writes copy each shared tree path once, never the whole keyspace (<see cref="SortedTree"/>).
/// As in LmdbStore, a storage error raised by an operation fails the whole transaction even if the work
/// catches it: Write then commits nothing and rethrows it.
/// </summary>
internal sealed class SimulatedWriteTransaction(SimulatedStore store, SimulatedKeyspace start)
    : SimulatedReadTransaction(store, start), IWriteTransaction
{
    private SortedTree.Node? _root = start.Root;
    private int _count = start.Count;

    // Nodes owned by this token were made by this transaction after its last freeze and nobody else sees them.
    private object _owner = new();
    private bool _finished;

    internal bool Aborted { get; private set; }

    internal StorageException? Failure { get; private set; }

    private protected override SortedTree.Node? CurrentRoot => _root;

    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        ThrowIfClosed();
        CheckWrite(key, value);
        var added = false;
        _root = SortedTree.Set(_root, key, value.ToArray(), _owner, ref added);
        _count += added ? 1 : 0;
    }

    public bool TryInsert(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        ThrowIfClosed();
        CheckWrite(key, value);
        // One descent that adds the key or finds it present (CheckWrite admitted the key).
        var added = false;
        _root = SortedTree.Insert(_root, key, value, _owner, ref added);
        _count += added ? 1 : 0;
        return added;
    }

    public void Append(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        ThrowIfClosed();
        CheckWrite(key, value);
        var partition = key[0];
        var last = partition == byte.MaxValue ? SortedTree.Last(_root) : SortedTree.Before(_root, [(byte)(partition + 1)]);
        if (last is not null && last.Key[0] == partition && ByteKeyComparer.Compare(last.Key, key) >= 0)
        {
            throw Fail(new KeyOrderException(StorageException.Describe(key), StorageException.Describe(last.Key)));
        }

        var added = false;
        _root = SortedTree.Set(_root, key, value.ToArray(), _owner, ref added);
        _count += added ? 1 : 0;
    }

    public bool Delete(ReadOnlySpan<byte> key)
    {
        ThrowIfClosed();
        if (!Store.Limits.Admits(key))
        {
            return false;
        }

        var removed = false;
        _root = SortedTree.Remove(_root, key, _owner, ref removed);
        _count -= removed ? 1 : 0;
        return removed;
    }

    public void ClearRange(ReadOnlySpan<byte> begin, ReadOnlySpan<byte> end)
    {
        ThrowIfClosed();
        if (end.IsEmpty || ByteKeyComparer.Compare(begin, end) >= 0)
        {
            return;
        }

        var doomed = new List<byte[]>();
        var path = SortedTree.PathFor(_root);
        var depth = 0;
        SortedTree.SeekForward(_root, begin, path, ref depth);
        while (depth > 0 && path[depth - 1].Key.AsSpan().SequenceCompareTo(end) < 0)
        {
            var node = path[--depth];
            doomed.Add(node.Key);
            SortedTree.PushChain(node.Right, descending: false, path, ref depth);
        }

        foreach (var key in doomed)
        {
            var removed = false;
            _root = SortedTree.Remove(_root, key, _owner, ref removed);
            _count -= removed ? 1 : 0;
        }
    }

    public void Abort()
    {
        ThrowIfClosed();
        Aborted = true;
        Finish();
    }

    public override void Dispose()
    {
        Finish();
        base.Dispose();
    }

    internal override void ThrowIfClosed()
    {
        Store.ThrowIfDisposed();
        if (_finished)
        {
            throw new InvalidOperationException(Aborted
                ? "This write transaction was aborted; its Write commits nothing and it accepts no more operations."
                : "This write transaction has ended: use it only inside the work passed to Write.");
        }
    }

    /// <summary>Ends the transaction: no operation is accepted afterwards.</summary>
    internal void Finish() => _finished = true;

    /// <summary>The working keyspace, frozen: what a commit publishes.</summary>
    internal SimulatedKeyspace Working()
    {
        _owner = new object();
        return new SimulatedKeyspace(_root, _count);
    }

    private protected override SortedTree.Node? FrozenRoot()
    {
        _owner = new object();
        return _root;
    }

    private void CheckWrite(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        try
        {
            Store.Limits.CheckWrite(key, value);
        }
        catch (StorageException exception)
        {
            Failure ??= exception;
            throw;
        }
    }

    private StorageException Fail(StorageException exception)
    {
        Failure ??= exception;
        return exception;
    }
}
