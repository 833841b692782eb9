using System.Runtime.ExceptionServices;
using LightningDB;

namespace Specs.Inventory.Storage.Lmdb;

/// <summary>
/// One attempt at a Write. A storage error raised by an operation (size limits, out-of-order append, an
/// LMDB failure) fails the whole transaction: even if the work catches it and returns, nothing is
/// committed and Write rethrows it. Map-full is not an error here: the store grows the map and reruns.
/// </summary>
internal sealed class LmdbWriteTransaction(LmdbStore store, LightningTransaction native, LightningDatabase?[] published)
    : LmdbTransaction(store, native), IWriteTransaction
{
    // Partitions first opened (created) by this transaction; published by the store only if it commits.
    private LightningDatabase?[]? _created;

    // One cursor per partition, kept open for the whole transaction, through which every point write and
    // read goes. MDB_APPEND through a cursor skips the tree search entirely, and a cursor that already
    // sits on the leaf page where the next key belongs searches only that page (LMDB checks the page's
    // first and last keys before descending from the root): consecutive event ids and idempotency keys,
    // and the 1-3 stream-index entries of one command, land on the page the previous write left it on.
    private LightningCursor?[]? _partitionCursors;
    private Exception? _failure;
    private bool _finished;

    internal bool MapFull { get; private set; }

    internal bool AbortedByWork { get; private set; }

    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        ThrowIfClosed();
        CheckWrite(key, value);
        var cursor = CursorFor(key[0], PartitionForWriting(key[0]));
        Check(cursor.Put(key, value, CursorPutOptions.None), "write", key);
    }

    public bool TryInsert(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        ThrowIfClosed();
        CheckWrite(key, value);
        var cursor = CursorFor(key[0], PartitionForWriting(key[0]));
        var code = cursor.Put(key, value, CursorPutOptions.NoOverwrite);
        if (code == MDBResultCode.KeyExist)
        {
            return false;
        }

        Check(code, "insert", key);
        return true;
    }

    public void Append(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        ThrowIfClosed();
        CheckWrite(key, value);
        var cursor = CursorFor(key[0], PartitionForWriting(key[0]));
        var code = cursor.Put(key, value, CursorPutOptions.AppendData);
        if (code == MDBResultCode.KeyExist)
        {
            var (lastCode, last, _) = cursor.Last();
            throw Fail(new KeyOrderException(
                StorageException.Describe(key),
                lastCode == MDBResultCode.Success ? StorageException.Describe(last.AsSpan()) : "(unknown)"));
        }

        Check(code, "append", key);
    }

    public bool Delete(ReadOnlySpan<byte> key)
    {
        ThrowIfClosed();
        if (!Store.Limits.Admits(key) || PartitionForReading(key[0]) is not { } partition)
        {
            return false;
        }

        var code = Native.Delete(partition, key);
        if (code == MDBResultCode.NotFound)
        {
            return false;
        }

        Check(code, "delete", key);
        return true;
    }

    public void ClearRange(ReadOnlySpan<byte> begin, ReadOnlySpan<byte> end)
    {
        ThrowIfClosed();
        if (end.IsEmpty || ByteKeyComparer.Compare(begin, end) >= 0)
        {
            return;
        }

        for (var partition = begin.IsEmpty ? 0 : begin[0]; partition <= end[0]; partition++)
        {
            if (PartitionForReading((byte)partition) is not { } database)
            {
                continue;
            }

            if (CoversPartition(begin, end, (byte)partition))
            {
                Check(Native.TruncateDatabase(database), "clear a partition", [(byte)partition]);
            }
            else
            {
                ClearWithin(database, begin, end);
            }
        }
    }

    public void Abort()
    {
        ThrowIfClosed();
        AbortedByWork = true;
        Discard();
    }

    public override void Dispose()
    {
        Discard();
        Native.Dispose();
    }

    internal override (MDBResultCode Code, MDBValue Value) Lookup(LightningDatabase partition, ReadOnlySpan<byte> key)
    {
        var (code, _, found) = CursorFor(key[0], partition).SetKey(key);
        return (code, found);
    }

    internal override LightningDatabase? PartitionForReading(byte partition) => published[partition] ?? _created?[partition];

    internal override void ThrowIfClosed()
    {
        if (_finished)
        {
            throw new InvalidOperationException(AbortedByWork
                ? "This write transaction was aborted; its Write commits nothing and it accepts no more operations."
                : "This write transaction has ended: use it only inside the work passed to Write.");
        }
    }

    /// <summary>Rethrows the storage error that failed this transaction, after aborting it.</summary>
    internal void ThrowIfFailed()
    {
        if (_failure is not null)
        {
            Discard();
            ExceptionDispatchInfo.Throw(_failure);
        }
    }

    /// <summary>Commits, publishing new partitions together with the commit when there are any.</summary>
    internal MDBResultCode Commit()
    {
        CloseAllCursors();
        _finished = true;
        if (_created is null)
        {
            return Native.Commit();
        }

        var code = Store.CommitPublishing(Native, _created);
        if (code != MDBResultCode.Success)
        {
            DisposeCreated();
        }

        return code;
    }

    /// <summary>Aborts the LMDB transaction if it is still live; nothing it wrote is kept.</summary>
    internal void Discard()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        CloseAllCursors();
        Native.Abort();
        DisposeCreated();
    }

    /// <summary>Whether <c>[begin, end)</c> holds every key that starts with <paramref name="partition"/>.</summary>
    private static bool CoversPartition(ReadOnlySpan<byte> begin, ReadOnlySpan<byte> end, byte partition) =>
        (begin.IsEmpty || begin[0] < partition || (begin.Length == 1 && begin[0] == partition)) && end[0] > partition;

    private void ClearWithin(LightningDatabase database, ReadOnlySpan<byte> begin, ReadOnlySpan<byte> end)
    {
        using var cursor = Native.CreateCursor(database);
        var (code, key, _) = LmdbCursorPositions.AtOrAfter(cursor, begin, Store.NativeMaxKeyBytes);
        while (code == MDBResultCode.Success && ByteKeyComparer.Compare(key.AsSpan(), end) < 0)
        {
            Check(cursor.Delete(), "clear a range", key.AsSpan());

            // After a delete LMDB leaves the cursor on the following key; Next returns it without moving.
            (code, key, _) = cursor.Next();
        }

        if (code != MDBResultCode.NotFound)
        {
            Check(code, "clear a range", begin);
        }
    }

    private LightningDatabase PartitionForWriting(byte partition)
    {
        if (PartitionForReading(partition) is { } existing)
        {
            return existing;
        }

        LightningDatabase created;
        try
        {
            created = Native.OpenDatabase(LmdbPartitions.NameOf(partition), new DatabaseConfiguration { Flags = DatabaseOpenFlags.Create });
        }
        catch (LightningException exception) when (exception.StatusCode == (int)MDBResultCode.MapFull)
        {
            MapFull = true;
            throw new LmdbMapFullSignal();
        }
        catch (LightningException exception)
        {
            throw Fail(new LmdbOperationException(
                $"create the database of partition {partition:x2}", Store.Path, $"{(MDBResultCode)exception.StatusCode}: {exception.Message}", exception));
        }

        (_created ??= new LightningDatabase?[LmdbStoreOptions.PartitionCount])[partition] = created;
        return created;
    }

    private LightningCursor CursorFor(byte partitionByte, LightningDatabase partition)
    {
        _partitionCursors ??= new LightningCursor?[LmdbStoreOptions.PartitionCount];
        return _partitionCursors[partitionByte] ??= Native.CreateCursor(partition);
    }

    private void CheckWrite(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        try
        {
            Store.Limits.CheckWrite(key, value);
        }
        catch (StorageException exception)
        {
            _failure ??= exception;
            throw;
        }
    }

    private void Check(MDBResultCode code, string operation, ReadOnlySpan<byte> key)
    {
        if (code == MDBResultCode.Success)
        {
            return;
        }

        if (code == MDBResultCode.MapFull)
        {
            MapFull = true;
            throw new LmdbMapFullSignal();
        }

        throw Fail(new LmdbOperationException(operation, $"{Store.Path} key {StorageException.Describe(key)}", $"LMDB returned {code}"));
    }

    private StorageException Fail(StorageException exception)
    {
        _failure ??= exception;
        return exception;
    }

    private void CloseAllCursors()
    {
        CloseCursors();
        if (_partitionCursors is null)
        {
            return;
        }

        for (var partition = 0; partition < _partitionCursors.Length; partition++)
        {
            _partitionCursors[partition]?.Dispose();
            _partitionCursors[partition] = null;
        }
    }

    private void DisposeCreated()
    {
        if (_created is null)
        {
            return;
        }

        foreach (var database in _created)
        {
            database?.Dispose();
        }

        _created = null;
    }
}
