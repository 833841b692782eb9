using LightningDB;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Lmdb;

namespace Specs.Inventory.Tests.Storage.Lmdb;

/// <summary>
/// The native batch cursor step (native/lmdb_cursor_batch.c) against LMDB's own one-record steps, and the
/// range cursor that uses it in read transactions against a model of the same keys. The records vary in
/// size, some spill to overflow pages, so a scan crosses many page boundaries inside and between batches.
/// </summary>
public sealed class LmdbBatchStepTests : IDisposable
{
    private const int RecordCount = 3_000;
    private const byte Partition = 1;
    private const byte NextPartition = 2;

    private readonly LmdbStore _store = LmdbStore.CreateTemporary();
    private readonly SortedDictionary<byte[], byte[]> _model = new(Comparer<byte[]>.Create((left, right) => left.AsSpan().SequenceCompareTo(right)));

    public LmdbBatchStepTests()
    {
        _store.Write(transaction =>
        {
            for (var number = 0; number < RecordCount; number++)
            {
                Add(transaction, [Partition, (byte)(number >> 8), (byte)number], number);
            }

            // A few records in the next partition, so ranges also cross from one LMDB database to another.
            for (var number = 0; number < 40; number++)
            {
                Add(transaction, [NextPartition, (byte)number], number);
            }
        });
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void The_loaded_lmdb_carries_the_batch_step()
    {
        Assert.True(LmdbBatchStep.IsAvailable, "liblmdb.so was not built with native/lmdb_cursor_batch.c");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(64)]
    public void Forward_batches_return_exactly_the_records_first_and_next_return(int batchSize)
    {
        using var transaction = (LmdbReadTransaction)_store.BeginRead();
        var stepped = StepOneByOne(transaction, forward: true);
        var batched = StepInBatches(transaction, forward: true, batchSize);

        Assert.Equal(RecordCount, stepped.Count);
        Assert.Equal(stepped.Hex(), batched.Hex());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(64)]
    public void Backward_batches_return_exactly_the_records_last_and_previous_return(int batchSize)
    {
        using var transaction = (LmdbReadTransaction)_store.BeginRead();
        var stepped = StepOneByOne(transaction, forward: false);
        var batched = StepInBatches(transaction, forward: false, batchSize);

        Assert.Equal(RecordCount, stepped.Count);
        Assert.Equal(stepped.Hex(), batched.Hex());
    }

    [Theory]
    [InlineData(new byte[] { Partition }, new byte[] { NextPartition + 1 }, int.MaxValue)]
    [InlineData(new byte[] { Partition, 0x03, 0x10 }, new byte[] { Partition, 0x03, 0x17 }, int.MaxValue)]
    [InlineData(new byte[] { Partition, 0x00, 0x05 }, new byte[] { Partition, 0x09 }, int.MaxValue)]
    [InlineData(new byte[] { Partition, 0x0B, 0xB0 }, new byte[] { NextPartition, 0x05 }, int.MaxValue)]
    [InlineData(new byte[] { Partition }, new byte[] { NextPartition }, 100)]
    [InlineData(new byte[] { Partition, 0x02 }, new byte[] { Partition, 0x02, 0x01 }, int.MaxValue)]
    [InlineData(new byte[] { Partition, 0x02, 0x00 }, new byte[] { Partition, 0x02, 0x00 }, int.MaxValue)]
    public void A_read_range_returns_exactly_the_model_keys_and_stops_at_its_end_key(byte[] begin, byte[] end, int limit)
    {
        foreach (var reverse in new[] { false, true })
        {
            var inRange = _model.Where(pair => pair.Key.AsSpan().SequenceCompareTo(begin) >= 0 && pair.Key.AsSpan().SequenceCompareTo(end) < 0);
            var expected = (reverse ? inRange.Reverse() : inRange).Take(limit).Select(pair => (pair.Key, pair.Value)).ToList();

            var actual = _store.ReadRange(begin, end, reverse, limit);

            Assert.Equal(expected.Hex(), actual.Hex());
        }
    }

    [Fact]
    public void Records_read_earlier_in_a_scan_stay_readable_until_the_transaction_ends()
    {
        // The batch hands out pointers a whole batch ahead; a read transaction's pages never change, so
        // every span taken during the scan must still hold its record at the end.
        using var transaction = _store.BeginRead();
        using var cursor = transaction.Range([Partition], [NextPartition]);
        var held = new List<(byte[] Key, byte[] Value)>();
        var spans = new List<(nint Key, int KeyLength, nint Value, int ValueLength)>();
        while (cursor.MoveNext())
        {
            held.Add((cursor.Key.ToArray(), cursor.Value.ToArray()));
            spans.Add(Address(cursor.Key, cursor.Value));
        }

        Assert.Equal(RecordCount, held.Count);
        for (var index = 0; index < held.Count; index++)
        {
            Assert.Equal(held[index].Key, Read(spans[index].Key, spans[index].KeyLength));
            Assert.Equal(held[index].Value, Read(spans[index].Value, spans[index].ValueLength));
        }
    }

    private void Add(IWriteTransaction transaction, byte[] key, int number)
    {
        // Mostly record-sized values, every 97th larger than a page (an overflow page run).
        var value = new byte[number % 97 == 0 ? 5_000 : 20 + (number * 37 % 400)];
        for (var index = 0; index < value.Length; index++)
        {
            value[index] = (byte)(number + index);
        }

        transaction.Put(key, value);
        _model[key] = value;
    }

    private static List<(byte[] Key, byte[] Value)> StepOneByOne(LmdbReadTransaction transaction, bool forward)
    {
        using var cursor = transaction.Native.CreateCursor(transaction.PartitionForReading(Partition)!);
        var pairs = new List<(byte[] Key, byte[] Value)>();
        for (var (code, key, value) = forward ? cursor.First() : cursor.Last();
             code == MDBResultCode.Success;
             (code, key, value) = forward ? cursor.Next() : cursor.Previous())
        {
            pairs.Add((key.CopyToNewArray(), value.CopyToNewArray()));
        }

        return pairs;
    }

    private static unsafe List<(byte[] Key, byte[] Value)> StepInBatches(LmdbReadTransaction transaction, bool forward, int batchSize)
    {
        using var cursor = transaction.Native.CreateCursor(transaction.PartitionForReading(Partition)!);
        var (firstCode, firstKey, firstValue) = forward ? cursor.First() : cursor.Last();
        Assert.Equal(MDBResultCode.Success, firstCode);
        var pairs = new List<(byte[] Key, byte[] Value)> { (firstKey.CopyToNewArray(), firstValue.CopyToNewArray()) };
        var buffer = new LmdbBatchStep.Pair[batchSize];
        while (true)
        {
            var (code, filled) = LmdbBatchStep.Fill(cursor, forward ? LmdbBatchStep.Next : LmdbBatchStep.Previous, buffer);
            for (var index = 0; index < filled; index++)
            {
                pairs.Add((
                    new ReadOnlySpan<byte>(buffer[index].Key, (int)buffer[index].KeySize).ToArray(),
                    new ReadOnlySpan<byte>(buffer[index].Value, (int)buffer[index].ValueSize).ToArray()));
            }

            if (code == MDBResultCode.NotFound)
            {
                return pairs;
            }

            Assert.Equal(MDBResultCode.Success, code);
            Assert.Equal(batchSize, filled);
        }
    }

    private static unsafe (nint Key, int KeyLength, nint Value, int ValueLength) Address(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        fixed (byte* keyStart = key)
        fixed (byte* valueStart = value)
        {
            return ((nint)keyStart, key.Length, (nint)valueStart, value.Length);
        }
    }

    private static unsafe byte[] Read(nint address, int length) => new ReadOnlySpan<byte>((void*)address, length).ToArray();
}
