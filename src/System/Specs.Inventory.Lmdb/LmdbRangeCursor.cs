using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using LightningDB;

namespace Specs.Inventory.Storage.Lmdb;

/// <summary>
/// Iterates <c>[begin, end)</c> across the partitions in byte order (descending when reversed), with one
/// LMDB cursor per partition visited, rented from the transaction and given back when the partition is done. Key and Value point into LMDB's map: nothing is allocated per pair.
/// In a read-only transaction the cursor steps through the native batch step (<see cref="LmdbBatchStep"/>),
/// a growing batch of records per managed-to-native call; those pointers stay valid until the transaction
/// ends. A write transaction steps one record at a time: a write may rewrite a page a batch points into.
/// </summary>
internal sealed unsafe class LmdbRangeCursor : IKeyValueCursor
{
    private readonly LmdbTransaction _owner;
    private readonly byte[] _begin;
    private readonly byte[] _end;
    private readonly bool _reverse;

    // The next partition to visit and the last one (inclusive), stepping by +1 or -1.
    private int _nextPartition;
    private readonly int _lastPartition;
    private int _remaining;
    private LightningCursor? _cursor;
    private byte _cursorPartition;

    // Whether the far bound can cut the open partition short: when the bound lies in a later
    // partition (earlier, when reversed), no key of this one can reach it and the compare is skipped.
    private bool _boundInPartition;

    // LMDB fills each page from its end, so a scan walks a page's memory backwards and the hardware
    // prefetcher never catches on; fetching the whole page when the scan enters it made sequential
    // scans 2-2.7x faster in the LMDB spike (research-notes/spike-lmdb.md §3).
    private nuint _prefetchedPage;
    private const int PageBytes = 4096;
    private const int CacheLineBytes = 64;
    // The first batch is small so that a short range (a stream's few events, a point lookup by range)
    // does not walk many records past its end; each refill doubles it up to the buffer's capacity.
    private const int FirstBatchSize = 4;
    private readonly bool _batched;
    // Rented from the transaction at the first refill and given back when the cursor closes: a write transaction's
    // cursors never batch, and the buffer (2 KiB) inline in every cursor was most of what a command allocated (each
    // command looks its stream's version up through a range).
    private LmdbBatchStep.Batch? _batch;
    private int _batchCount;
    private int _batchIndex;
    private int _batchSize;
    private MDBResultCode _batchEnd;

    private byte* _key;
    private int _keyLength;
    private byte* _value;
    private int _valueLength;
    private bool _finished;
    private bool _closed;

    public LmdbRangeCursor(LmdbTransaction owner, ReadOnlySpan<byte> begin, ReadOnlySpan<byte> end, bool reverse, int limit)
    {
        _owner = owner;
        _begin = begin.ToArray();
        _end = end.ToArray();
        _reverse = reverse;
        _remaining = limit;
        _finished = end.IsEmpty || limit == 0 || ByteKeyComparer.Compare(begin, end) >= 0;
        var first = begin.IsEmpty ? 0 : begin[0];
        var last = end.IsEmpty ? -1 : end[0];
        (_nextPartition, _lastPartition) = reverse ? (last, first) : (first, last);
        _batched = owner is LmdbReadTransaction && LmdbBatchStep.IsAvailable;
    }

    public ReadOnlySpan<byte> Key => new(_key, _keyLength);

    public ReadOnlySpan<byte> Value => new(_value, _valueLength);

    /// <summary>
    /// One call per record for scans that read every pair. While the batch buffer holds the next pair and
    /// no bound can end the range in this partition, the step is an index increment: no LMDB call, no
    /// compare. Anything else (refill, next partition, bound, limit, closed) goes through <see cref="MoveNext()"/>.
    /// </summary>
    public bool MoveNext(out ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value)
    {
        // A closed cursor or transaction has no LMDB cursor (CloseNative runs before the transaction
        // ends), so it never takes this path and MoveNext() reports it.
        if (_batchIndex < _batchCount && _remaining > 0 && !_boundInPartition && _cursor is not null)
        {
            ref var pair = ref _batch!.Pairs[_batchIndex++];
            _key = pair.Key;
            _keyLength = (int)pair.KeySize;
            _value = pair.Value;
            _valueLength = (int)pair.ValueSize;
            _remaining--;
            key = new(_key, _keyLength);
            value = new(_value, _valueLength);
            return true;
        }

        var moved = MoveNext();
        key = Key;
        value = Value;
        return moved;
    }

    public bool MoveNext()
    {
        _owner.ThrowIfClosed();
        ObjectDisposedException.ThrowIf(_closed, this);
        if (_finished || _remaining == 0)
        {
            return Finish();
        }

        while (true)
        {
            MDBResultCode code;
            ReadOnlySpan<byte> key;
            ReadOnlySpan<byte> value;
            if (_cursor is null)
            {
                if (!OpenNextPartition())
                {
                    return Finish();
                }

                (code, var foundKey, var foundValue) = _reverse
                    ? LmdbCursorPositions.Before(_cursor!, _end, _owner.Store.NativeMaxKeyBytes)
                    : LmdbCursorPositions.AtOrAfter(_cursor!, _begin, _owner.Store.NativeMaxKeyBytes);
                key = foundKey.AsSpan();
                value = foundValue.AsSpan();
            }
            else if (_batched)
            {
                if (_batchIndex == _batchCount && !Refill())
                {
                    code = _batchEnd;
                    key = default;
                    value = default;
                }
                else
                {
                    ref var pair = ref _batch!.Pairs[_batchIndex++];
                    code = MDBResultCode.Success;
                    key = new(pair.Key, (int)pair.KeySize);
                    value = new(pair.Value, (int)pair.ValueSize);
                }
            }
            else
            {
                (code, var foundKey, var foundValue) = _reverse ? _cursor.Previous() : _cursor.Next();
                key = foundKey.AsSpan();
                value = foundValue.AsSpan();
            }

            if (code == MDBResultCode.NotFound)
            {
                CloseCursor();
                continue;
            }

            _owner.ThrowIfFailed(code, "iterate a range", _reverse ? _end : _begin);
            if (_boundInPartition && (_reverse ? ByteKeyComparer.Compare(key, _begin) < 0 : ByteKeyComparer.Compare(key, _end) >= 0))
            {
                return Finish();
            }

            _key = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference(key));
            _keyLength = key.Length;
            _value = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference(value));
            _valueLength = value.Length;
            if (!_batched)
            {
                // The batch step prefetches each page as it walks into it (native/lmdb_cursor_batch.c).
                PrefetchPageOf(_value, _valueLength);
            }

            _remaining--;
            return true;
        }
    }

    /// <summary>
    /// Fetches the next batch after the current record. False when the partition (or LMDB) gave nothing
    /// more; <see cref="_batchEnd"/> then holds LMDB's code, kept for any later call so that a cursor
    /// that ran out is never stepped again.
    /// </summary>
    private bool Refill()
    {
        _batchIndex = 0;
        _batchCount = 0;
        if (_batchEnd != MDBResultCode.Success)
        {
            return false;
        }

        var size = Math.Min(_batchSize, _remaining);
        _batchSize = Math.Min(_batchSize * 2, LmdbBatchStep.Buffer.Capacity);
        _batch ??= _owner.RentBatch();
        (_batchEnd, _batchCount) = LmdbBatchStep.Fill(_cursor!, _reverse ? LmdbBatchStep.Previous : LmdbBatchStep.Next, ((Span<LmdbBatchStep.Pair>)_batch.Pairs)[..size]);
        return _batchCount > 0;
    }

    public void Dispose()
    {
        if (_closed)
        {
            return;
        }

        CloseNative();
        _owner.Forget(this);
    }

    /// <summary>Closes the LMDB cursor; the owning transaction calls it before it ends.</summary>
    internal void CloseNative()
    {
        CloseCursor();
        _closed = true;
        ClearCurrent();
        if (_batch is not null)
        {
            _owner.ReturnBatch(_batch);
            _batch = null;
        }
    }

    private void PrefetchPageOf(byte* value, int length)
    {
        if (!Sse.IsSupported || length == 0)
        {
            return;
        }

        var page = (nuint)value & ~(nuint)(PageBytes - 1);
        if (page == _prefetchedPage)
        {
            return;
        }

        _prefetchedPage = page;
        for (var line = 0; line < PageBytes; line += CacheLineBytes)
        {
            Sse.Prefetch0((void*)(page + (nuint)line));
        }
    }

    private bool OpenNextPartition()
    {
        var step = _reverse ? -1 : 1;
        while (_reverse ? _nextPartition >= _lastPartition : _nextPartition <= _lastPartition)
        {
            var partition = (byte)_nextPartition;
            _nextPartition += step;
            if (_owner.PartitionForReading(partition) is { } database)
            {
                _cursor = _owner.RentCursor(partition, database);
                _cursorPartition = partition;
                _batchIndex = 0;
                _batchCount = 0;
                _batchSize = FirstBatchSize;
                _batchEnd = MDBResultCode.Success;
                _boundInPartition = _reverse
                    ? _begin.Length > 0 && _begin[0] == partition
                    : _end.Length > 0 && _end[0] == partition;
                return true;
            }
        }

        return false;
    }

    private bool Finish()
    {
        _finished = true;
        CloseCursor();
        ClearCurrent();
        return false;
    }

    private void ClearCurrent()
    {
        _key = null;
        _keyLength = 0;
        _value = null;
        _valueLength = 0;
    }

    private void CloseCursor()
    {
        if (_cursor is not null)
        {
            _owner.ReturnCursor(_cursorPartition, _cursor);
            _cursor = null;
        }
    }
}
