using LightningDB;

namespace Specs.Inventory.Storage.Lmdb;

/// <summary>
/// What read and write transactions share: point reads and range cursors over the partitions visible to
/// the transaction. Spans returned point into LMDB's map and are valid until the transaction ends (in a
/// write transaction, until the next write).
/// </summary>
internal abstract class LmdbTransaction(LmdbStore store, LightningTransaction native) : IReadTransaction
{
    private List<LmdbRangeCursor>? _cursors;

    // LMDB cursors of range scans that ended, by partition, for the next scan of that partition in this transaction
    // (a scan positions its cursor before reading, so where the last one left it does not matter). A scenario's
    // transactions scan a stream's few events and a view's rows over and over; opening and closing an LMDB cursor for
    // each (a native allocation, and LightningDB's bookkeeping on the transaction) was 2-3% of a verify's CPU.
    private List<LightningCursor>?[]? _spareCursors;
    private Stack<LmdbBatchStep.Batch>? _spareBatches;

    internal LmdbStore Store { get; } = store;

    internal LightningTransaction Native { get; } = native;

    public bool TryGet(scoped ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value)
    {
        ThrowIfClosed();
        value = default;
        if (!Store.Limits.Admits(key) || PartitionForReading(key[0]) is not { } partition)
        {
            return false;
        }

        var (code, found) = Lookup(partition, key);
        if (code == MDBResultCode.NotFound)
        {
            return false;
        }

        ThrowIfFailed(code, "read", key);
        value = found.AsSpan();
        return true;
    }

    public IKeyValueCursor Range(ReadOnlySpan<byte> begin, ReadOnlySpan<byte> end, bool reverse = false, int limit = int.MaxValue)
    {
        ThrowIfClosed();
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var cursor = new LmdbRangeCursor(this, begin, end, reverse, limit);
        (_cursors ??= []).Add(cursor);
        return cursor;
    }

    public abstract void Dispose();

    /// <summary>One point read in <paramref name="partition"/>; a write transaction reads through its partition cursor.</summary>
    internal virtual (MDBResultCode Code, MDBValue Value) Lookup(LightningDatabase partition, ReadOnlySpan<byte> key)
    {
        var (code, _, found) = Native.Get(partition, key);
        return (code, found);
    }

    /// <summary>The database of a partition, or null when the partition holds nothing in this transaction's view.</summary>
    internal abstract LightningDatabase? PartitionForReading(byte partition);

    /// <summary>Throws when the transaction has ended; every operation checks this first.</summary>
    internal abstract void ThrowIfClosed();

    internal void Forget(LmdbRangeCursor cursor) => _cursors?.Remove(cursor);

    /// <summary>A cursor on <paramref name="database"/> (partition <paramref name="partition"/>): one a finished scan gave back, or a new one.</summary>
    internal LightningCursor RentCursor(byte partition, LightningDatabase database)
    {
        if (_spareCursors?[partition] is { Count: > 0 } spares)
        {
            var spare = spares[^1];
            spares.RemoveAt(spares.Count - 1);
            return spare;
        }

        return Native.CreateCursor(database);
    }

    /// <summary>A batch buffer for a scan, one a closed scan gave back when there is one.</summary>
    internal LmdbBatchStep.Batch RentBatch() => _spareBatches?.Count > 0 ? _spareBatches.Pop() : new LmdbBatchStep.Batch();

    /// <summary>Takes back a closed scan's batch buffer for the next scan of this transaction.</summary>
    internal void ReturnBatch(LmdbBatchStep.Batch batch) => (_spareBatches ??= new Stack<LmdbBatchStep.Batch>()).Push(batch);

    /// <summary>Takes back a scan's cursor for the next scan of its partition; it is closed when the transaction ends.</summary>
    internal void ReturnCursor(byte partition, LightningCursor cursor) =>
        ((_spareCursors ??= new List<LightningCursor>?[LmdbStoreOptions.PartitionCount])[partition] ??= []).Add(cursor);

    internal void ThrowIfFailed(MDBResultCode code, string operation, ReadOnlySpan<byte> key)
    {
        if (code != MDBResultCode.Success)
        {
            throw new LmdbOperationException(operation, $"{Store.Path} key {StorageException.Describe(key)}", $"LMDB returned {code}");
        }
    }

    /// <summary>Closes every cursor while the LMDB transaction is still live (LMDB requires it before commit).</summary>
    protected void CloseCursors()
    {
        if (_cursors is not null)
        {
            foreach (var cursor in _cursors)
            {
                cursor.CloseNative();
            }

            _cursors.Clear();
        }

        if (_spareCursors is null)
        {
            return;
        }

        foreach (var spares in _spareCursors)
        {
            if (spares is null)
            {
                continue;
            }

            foreach (var spare in spares)
            {
                spare.Dispose();
            }

            spares.Clear();
        }
    }
}
