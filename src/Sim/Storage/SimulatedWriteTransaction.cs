using Specs.Inventory.Storage;

namespace Specs.Sim.Storage;

/// <summary>
/// A write transaction: the working version of the keyspace that becomes the committed one on commit. It edits
/// the tree in place where no snapshot can see it (<see cref="SortedTree"/>) and tells the store what each write
/// replaced, so that a transaction that does not commit is undone (<see cref="SimulatedStore"/>). As in
/// LmdbStore, a storage error raised by an operation fails the whole transaction even if the work catches it:
/// Write then commits nothing and rethrows it.
/// </summary>
internal sealed class SimulatedWriteTransaction(SimulatedStore store, SimulatedKeyspace start)
    : SimulatedReadTransaction(store, start), IWriteTransaction
{
    private SortedTree.Node? _root = start.Root;
    private int _count = start.Count;
    private int _openCursors;
    private bool _cursorSinceFreeze;
    private bool _finished;

    internal bool Aborted { get; private set; }

    internal StorageException? Failure { get; private set; }

    private protected override SortedTree.Node? CurrentRoot => _root;

    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        ThrowIfClosed();
        CheckWrite(key, value);
        Set(key, value);
    }

    public bool TryInsert(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        ThrowIfClosed();
        CheckWrite(key, value);
        // One descent that adds the key or finds it present (CheckWrite admitted the key).
        var added = false;
        _root = SortedTree.Insert(_root, key, value, EditToken(), ref added, out var storedKey);
        if (added)
        {
            _count++;
            Store.Replaced(storedKey, null);
        }

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

        Set(key, value);
    }

    public bool Delete(ReadOnlySpan<byte> key)
    {
        ThrowIfClosed();
        if (!Store.Limits.Admits(key))
        {
            return false;
        }

        return Remove(key);
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
            Remove(key);
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

    /// <summary>The working keyspace: what a commit publishes, and what an undo starts from.</summary>
    internal SimulatedKeyspace Working() => new(_root, _count);

    // A cursor walks the root it was given; the tree is frozen only if a write comes while one is open (most
    // cursors of a transaction, a stream head or a view's rows, are read and closed before the next write).
    private protected override SortedTree.Node? FrozenRoot()
    {
        _openCursors++;
        _cursorSinceFreeze = true;
        return _root;
    }

    internal override void CursorClosed() => _openCursors--;

    /// <summary>The token a write edits with, after freezing the tree if a cursor opened since the last freeze is still open.</summary>
    private object EditToken()
    {
        if (_cursorSinceFreeze)
        {
            _cursorSinceFreeze = false;
            if (_openCursors > 0)
            {
                Store.Freeze();
            }
        }

        return Store.EditToken;
    }

    private void Set(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        var added = false;
        _root = SortedTree.Set(_root, key, value.ToArray(), EditToken(), ref added, out var previous, out var storedKey);
        _count += added ? 1 : 0;
        Store.Replaced(storedKey, previous);
    }

    private bool Remove(ReadOnlySpan<byte> key)
    {
        var removed = false;
        byte[]? storedKey = null;
        byte[]? value = null;
        _root = SortedTree.Remove(_root, key, EditToken(), ref removed, ref storedKey, ref value);
        if (removed)
        {
            // The undo log keeps the tree's own key array (never mutated) rather than a copy of the caller's.
            _count--;
            Store.Replaced(storedKey!, value);
        }

        return removed;
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
