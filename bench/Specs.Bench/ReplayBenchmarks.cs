using BenchmarkDotNet.Attributes;
using LightningDB;
using Specs.Inventory.EventStore;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Lmdb;

namespace Specs.Bench;

/// <summary>
/// Target 3: replay. One operation is one event; each invocation scans the whole log of
/// <see cref="ReplayDataset.EventCount"/> events. The baseline is raw LightningDB walking the log's
/// database (a byte-identical copy) with no CRC and no decoding; the port scan adds our cursor over
/// the same partition; ReadAll adds the CRC check of every record, the position check and field reads
/// of the EventRecord view and its QuantityAdded payload view; the port scan with CRC sits between the
/// two and splits ReadAll's cost into checksum and decoding.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(4, 1)]
public class ReplayBenchmarks
{
    private LmdbStore? _store;
    private LightningEnvironment? _rawEnvironment;
    private LightningDatabase? _rawLog;

    [GlobalSetup]
    public void Setup()
    {
        _store = ReplayDataset.OpenStore();
        (_rawEnvironment, _rawLog) = ReplayDataset.OpenRawCopy();
        if (RawCursorScan() == 0 || PortRangeScan() == 0 || ReadAllDecodingWithCrc() == 0)
        {
            throw new InvalidOperationException("The replay dataset is empty.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _rawLog?.Dispose();
        _rawEnvironment?.Dispose();
        _store?.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ReplayDataset.EventCount)]
    public long RawCursorScan()
    {
        using var transaction = _rawEnvironment!.BeginTransaction(TransactionBeginFlags.ReadOnly);
        using var cursor = transaction.CreateCursor(_rawLog!);
        long checksum = 0;
        for (var (code, key, value) = cursor.First(); code == MDBResultCode.Success; (code, key, value) = cursor.Next())
        {
            checksum += key.AsSpan().Length + value.AsSpan().Length;
        }

        return checksum;
    }

    [Benchmark(OperationsPerInvoke = ReplayDataset.EventCount)]
    public long PortRangeScan()
    {
        using var transaction = _store!.BeginRead();
        using var cursor = transaction.Range(EventLogKeys.Log.Prefix, [0x02]);
        long checksum = 0;
        while (cursor.MoveNext())
        {
            checksum += cursor.Key.Length + cursor.Value.Length;
        }

        return checksum;
    }

    /// <summary>The port scan plus each record's CRC check: splits ReadAll's cost into checksum and decoding.</summary>
    [Benchmark(OperationsPerInvoke = ReplayDataset.EventCount)]
    public long PortRangeScanWithCrc()
    {
        using var transaction = _store!.BeginRead();
        using var cursor = transaction.Range(EventLogKeys.Log.Prefix, [0x02]);
        long checksum = 0;
        while (cursor.MoveNext())
        {
            checksum += RecordFrame.Open(cursor.Key, cursor.Value).Length;
        }

        return checksum;
    }

    [Benchmark(OperationsPerInvoke = ReplayDataset.EventCount)]
    public long ReadAllDecodingWithCrc() => ReplayScan.Run(_store!, int.MaxValue);
}

/// <summary>The replay loop shared by the throughput and allocation benchmarks.</summary>
public static class ReplayScan
{
    /// <summary>Reads up to <paramref name="limit"/> events through EventLog.ReadAll, touching a few fields of each.</summary>
    public static long Run(IKeyValueStore store, int limit)
    {
        using var transaction = store.BeginRead();
        using var cursor = EventLog.ReadAll(transaction, limit: limit);
        long checksum = 0;
        while (cursor.MoveNext())
        {
            var record = cursor.Record;
            if (!record.TryGetQuantityAdded(out var added))
            {
                throw new InvalidOperationException($"The event at {cursor.Position} is not QuantityAdded.");
            }

            checksum += (long)record.StreamVersion + record.RecordedAtUnixMs + record.StreamUtf8.Length
                + added.Quantity + added.SkuUtf8.Length;
        }

        return checksum;
    }
}
