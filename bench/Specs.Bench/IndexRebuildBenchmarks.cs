using System.Text;
using BenchmarkDotNet.Attributes;
using Specs.Inventory.EventStore;
using Specs.Inventory.Storage.Lmdb;

namespace Specs.Bench;

/// <summary>
/// Target 4: rebuilding the derived indexes (stream → positions, event id → position) from the log of
/// <see cref="ReplayDataset.EventCount"/> events. One operation is one event; each invocation is one
/// full rebuild in one write transaction. The baseline is the naive rebuild: clear the indexes, scan the
/// log and Put each index entry as it comes, in log order (random keys: event ids are random, streams
/// interleave). EventLogIndexes.Rebuild folds the log in memory and appends the keys in sorted order.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1, 1)]
public class IndexRebuildBenchmarks
{
    private LmdbStore? _store;

    [GlobalSetup]
    public void Setup() => _store = ReplayDataset.OpenStore();

    [GlobalCleanup]
    public void Cleanup() => _store?.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = ReplayDataset.EventCount)]
    public long NaiveRebuild() => _store!.Write(transaction =>
    {
        transaction.ClearRange(EventLogKeys.Streams.Prefix, EventLogKeys.EventIds.Prefix);
        transaction.ClearRange(EventLogKeys.EventIds.Prefix, EventLogKeys.Idempotency.Prefix);
        Span<byte> key = stackalloc byte[EventLogKeys.MaxKeyBytes];
        Span<byte> position = stackalloc byte[sizeof(ulong)];
        Span<char> stream = stackalloc char[EventLogLimits.MaxStreamNameBytes];
        long indexed = 0;
        using var read = _store.BeginRead();
        using var cursor = EventLog.ReadAll(read);
        while (cursor.MoveNext())
        {
            var record = cursor.Record;
            var streamLength = Encoding.UTF8.GetChars(record.StreamUtf8, stream);
            EventLogKeys.WritePosition(cursor.Position, position);
            transaction.Put(key[..EventLogKeys.StreamKey(stream[..streamLength], record.StreamVersion, key)], position);
            transaction.Put(key[..EventLogKeys.EventIdKey(record.EventId, key)], position);
            indexed++;
        }

        return indexed;
    });

    [Benchmark(OperationsPerInvoke = ReplayDataset.EventCount)]
    public long EventLogIndexesRebuild() => EventLogIndexes.Rebuild(_store!);
}
