using System.Collections.Immutable;
using Specs.Inventory.Storage;

namespace Specs.Sim.Storage;

/// <summary>
/// A write transaction: a private working copy of the keyspace that replaces the committed one on commit.
/// As in LmdbStore, a storage error raised by an operation fails the whole transaction even if the work
/// catches it: Write then commits nothing and rethrows it.
/// </summary>
internal sealed class SimulatedWriteTransaction(SimulatedStore store, ImmutableSortedSet<KeyValuePair<byte[], byte[]>> start)
    : SimulatedReadTransaction(store, start), IWriteTransaction
{
    private bool _finished;

    internal ImmutableSortedSet<KeyValuePair<byte[], byte[]>> Working { get; private set; } = start;

    internal override ImmutableSortedSet<KeyValuePair<byte[], byte[]>> Entries => Working;

    internal bool Aborted { get; private set; }

    internal StorageException? Failure { get; private set; }

    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        ThrowIfClosed();
        CheckWrite(key, value);
        var entry = new KeyValuePair<byte[], byte[]>(key.ToArray(), value.ToArray());
        Working = Working.Remove(entry).Add(entry);
    }

    public void Append(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        ThrowIfClosed();
        CheckWrite(key, value);
        var partition = key[0];
        var afterPartition = partition == byte.MaxValue ? Working.Count : SortedEntries.LowerBound(Working, [(byte)(partition + 1)]);
        if (afterPartition > 0)
        {
            var last = Working[afterPartition - 1].Key;
            if (last[0] == partition && ByteKeyComparer.Compare(last, key) >= 0)
            {
                throw Fail(new KeyOrderException(StorageException.Describe(key), StorageException.Describe(last)));
            }
        }

        Working = Working.Add(new KeyValuePair<byte[], byte[]>(key.ToArray(), value.ToArray()));
    }

    public bool Delete(ReadOnlySpan<byte> key)
    {
        ThrowIfClosed();
        if (!Store.Limits.Admits(key))
        {
            return false;
        }

        var before = Working.Count;
        Working = Working.Remove(SortedEntries.Probe(key));
        return Working.Count < before;
    }

    public void ClearRange(ReadOnlySpan<byte> begin, ReadOnlySpan<byte> end)
    {
        ThrowIfClosed();
        if (end.IsEmpty || ByteKeyComparer.Compare(begin, end) >= 0)
        {
            return;
        }

        var first = SortedEntries.LowerBound(Working, begin);
        var stop = SortedEntries.LowerBound(Working, end);
        if (first >= stop)
        {
            return;
        }

        var builder = Working.ToBuilder();
        for (var index = first; index < stop; index++)
        {
            builder.Remove(Working[index]);
        }

        Working = builder.ToImmutable();
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
