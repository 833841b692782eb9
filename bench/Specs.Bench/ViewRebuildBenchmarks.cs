using BenchmarkDotNet.Attributes;
using Specs.Inventory.EventStore;
using Specs.Inventory.Storage.Lmdb;
using Specs.Inventory.Views;

namespace Specs.Bench;

/// <summary>
/// Issue 3: replay of a realistic 1M-event log (<see cref="MixedReplayDataset"/>) into ALL views, through
/// the product's code path. One operation is one event (counted as exactly 1,000,000 per invocation; the
/// log holds a few hundred more, so the rates are understated by under 0.1%). The baseline reads and
/// decodes every event (CRC checked) and does nothing with it; <see cref="ReplayState"/> adds evolving the
/// state; <see cref="ReplayAllViewsInMemory"/> adds folding every view in memory (LogReplay.Run, what start-up
/// does); <see cref="RebuildAllViews"/> is ViewMaintenance.Rebuild: that fold, then every view's keys
/// written sorted in one write transaction with its checkpoint.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1, 1)]
public class ViewRebuildBenchmarks
{
    private LmdbStore? _store;

    [GlobalSetup]
    public void Setup() => _store = MixedReplayDataset.OpenStore();

    [GlobalCleanup]
    public void Cleanup() => _store?.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = MixedReplayDataset.EventCount)]
    public long ReadAndDecodeEveryEvent()
    {
        using var transaction = _store!.BeginRead();
        using var cursor = EventLog.ReadAll(transaction);
        long checksum = 0;
        while (cursor.MoveNext())
        {
            checksum += cursor.Record.DecodePayload().GetHashCode() & 1;
        }

        return checksum;
    }

    [Benchmark(OperationsPerInvoke = MixedReplayDataset.EventCount)]
    public ulong ReplayState() => LogReplay.Run(_store!, []).Head;

    [Benchmark(OperationsPerInvoke = MixedReplayDataset.EventCount)]
    public ulong ReplayAllViewsInMemory() => LogReplay.Run(_store!, InventoryViews.All).Head;

    [Benchmark(OperationsPerInvoke = MixedReplayDataset.EventCount)]
    public ulong RebuildAllViews() => ViewMaintenance.Rebuild(_store!, InventoryViews.All).Head;
}
