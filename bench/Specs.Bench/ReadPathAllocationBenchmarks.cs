using BenchmarkDotNet.Attributes;
using Specs.Inventory.Storage.Lmdb;

namespace Specs.Bench;

/// <summary>
/// Target 5: the read path allocates nothing per event. One operation is one whole scan of
/// <see cref="Events"/> events through EventLog.ReadAll (the same loop as the replay benchmark), so
/// MemoryDiagnoser's "Allocated" is bytes per scan: equal for 100k and 1M events means every byte
/// allocated is per scan (transaction, cursors), none per event.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(2, 1)]
public class ReadPathAllocationBenchmarks
{
    private LmdbStore? _store;

    [Params(100_000, ReplayDataset.EventCount)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup() => _store = ReplayDataset.OpenStore();

    [GlobalCleanup]
    public void Cleanup() => _store?.Dispose();

    [Benchmark]
    public long ScanEvents() => ReplayScan.Run(_store!, Events);
}
