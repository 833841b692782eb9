using Specs.Inventory.EventStore;
using Specs.Inventory.Node;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Storage.Lmdb;

namespace Specs.Bench;

/// <summary>
/// A log of at least <see cref="EventCount"/> events written by the product's own command processor from
/// the realistic mix (<see cref="MixedWorkload"/>: the set-up, then 1,024 clerks' scripts), with every view
/// maintained as it went, built once per process on /dev/shm (NoSync) and deleted at exit. The log ends
/// at the end of a round of commands, so it holds a few hundred events more than <see cref="EventCount"/>
/// (<see cref="Head"/> says how many exactly).
/// </summary>
/// <remarks>
/// With <c>SPECS_BENCH_REPLAY_DATASET</c> set to a folder, the dataset is kept there and reused by later
/// processes instead of being rebuilt (80 s) and deleted: for profiling and comparing builds of the replay
/// on the same events. Delete the folder to build afresh.
/// </remarks>
public static class MixedReplayDataset
{
    public const int EventCount = 1_000_000;

    private const int Clerks = 1_024;

    private static readonly Lazy<(string Folder, ulong Head)> Built = new(Build);

    /// <summary>The number of events the log holds.</summary>
    public static ulong Head => Built.Value.Head;

    /// <summary>Opens the store over the dataset (NoSync; the caller disposes it).</summary>
    public static LmdbStore OpenStore() => new(new LmdbStoreOptions
    {
        Path = Built.Value.Folder,
        Durability = LmdbDurability.NoSync,
        InitialMapSizeBytes = 8L << 30,
    });

    private static (string, ulong) Build()
    {
        var kept = Environment.GetEnvironmentVariable("SPECS_BENCH_REPLAY_DATASET");
        if (!string.IsNullOrEmpty(kept) && File.Exists(Path.Combine(kept, "data.mdb")))
        {
            using var existing = new LmdbStore(new LmdbStoreOptions { Path = kept, Durability = LmdbDurability.NoSync, InitialMapSizeBytes = 8L << 30 });
            using var reading = existing.BeginRead();
            return (kept, EventLog.Head(reading));
        }

        var root = !string.IsNullOrEmpty(kept) ? kept : Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"specs-bench-mix-{Environment.ProcessId}");
        Directory.CreateDirectory(root);
        if (string.IsNullOrEmpty(kept))
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(root, recursive: true);
        }

        using var store = new LmdbStore(new LmdbStoreOptions { Path = root, Durability = LmdbDurability.NoSync, InitialMapSizeBytes = 8L << 30 });
        var processor = CommandProcessor.Open(store, SystemClock.Instance, new TimeOrderedIds(SystemClock.Instance, new SplitMix64(11)));
        MixedCallers.SetUp(processor);
        var clerks = new MixedCallers(Clerks);
        while (processor.Head < EventCount)
        {
            clerks.RunSynchronously(processor, rounds: 1);
        }

        if (clerks.Refusals * 100 > (long)processor.Head)
        {
            throw new InvalidOperationException($"{clerks.Refusals} commands of the replay dataset were refused: the mix is not valid.");
        }

        using var read = store.BeginRead();
        return (root, EventLog.Head(read));
    }
}
