using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using LightningDB;

namespace Specs.Inventory.Storage.Lmdb;

/// <summary>
/// Iterates <c>[begin, end)</c> across the partitions in byte order (descending when reversed), opening
/// one LMDB cursor per partition visited. Key and Value point into LMDB's map: nothing is allocated per pair.
/// </summary>
internal sealed class LmdbRangeCursor : IKeyValueCursor
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

    // Whether the far bound can cut the open partition short: when the bound lies in a later
    // partition (earlier, when reversed), no key of this one can reach it and the compare is skipped.
    private bool _boundInPartition;

    // LMDB fills each page from its end, so a scan walks a page's memory backwards and the hardware
    // prefetcher never catches on; fetching the whole page when the scan enters it made sequential
    // scans 2-2.7x faster in the LMDB spike (research-notes/spike-lmdb.md §3).
    private nuint _prefetchedPage;
    private const int PageBytes = 4096;
    private const int CacheLineBytes = 64;
    private MDBValue _key;
    private MDBValue _value;
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
    }

    public ReadOnlySpan<byte> Key => _key.AsSpan();

    public ReadOnlySpan<byte> Value => _value.AsSpan();

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
            (MDBResultCode Code, MDBValue Key, MDBValue Value) current;
            if (_cursor is null)
            {
                if (!OpenNextPartition())
                {
                    return Finish();
                }

                current = _reverse
                    ? LmdbCursorPositions.Before(_cursor!, _end, _owner.Store.NativeMaxKeyBytes)
                    : LmdbCursorPositions.AtOrAfter(_cursor!, _begin, _owner.Store.NativeMaxKeyBytes);
            }
            else
            {
                current = _reverse ? _cursor.Previous() : _cursor.Next();
            }

            if (current.Code == MDBResultCode.NotFound)
            {
                CloseCursor();
                continue;
            }

            _owner.ThrowIfFailed(current.Code, "iterate a range", _reverse ? _end : _begin);
            var key = current.Key.AsSpan();
            if (_boundInPartition && (_reverse ? ByteKeyComparer.Compare(key, _begin) < 0 : ByteKeyComparer.Compare(key, _end) >= 0))
            {
                return Finish();
            }

            _key = current.Key;
            _value = current.Value;
            PrefetchPageOf(current.Value.AsSpan());
            _remaining--;
            return true;
        }
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
        _key = default;
        _value = default;
    }

    private unsafe void PrefetchPageOf(ReadOnlySpan<byte> value)
    {
        if (!Sse.IsSupported || value.IsEmpty)
        {
            return;
        }

        var page = (nuint)Unsafe.AsPointer(ref MemoryMarshal.GetReference(value)) & ~(nuint)(PageBytes - 1);
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
                _cursor = _owner.Native.CreateCursor(database);
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
        _key = default;
        _value = default;
        return false;
    }

    private void CloseCursor()
    {
        _cursor?.Dispose();
        _cursor = null;
    }
}
