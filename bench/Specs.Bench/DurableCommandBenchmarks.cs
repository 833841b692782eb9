using BenchmarkDotNet.Attributes;
using Specs.Inventory.EventStore;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Lmdb;

namespace Specs.Bench;

/// <summary>
/// Target 2: durable commands (fsync on every commit) on the real disk, never on /dev/shm where fsync
/// is free. One operation is one command (<see cref="Command"/>: one EventLog.Append of 1-3 events to one
/// of 1,000 SKU streams, expecting exactly the version the handler last saw, with an idempotency claim). The baseline commits every command on its
/// own; group commit puts <see cref="CommandsPerBatch"/> commands in one write transaction, so one
/// commit (two fdatasyncs) covers them all and replies go out only after it; GroupCommitLarge puts
/// <see cref="LargeCommandsPerBatch"/> in one.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(16, 1)]
public class DurableCommandBenchmarks
{
    public const int CommandsPerBatch = 1_000;
    private const int SingleCommandsPerInvoke = 50;

    private LmdbStore? _store;
    private string _folder = string.Empty;
    private readonly EventLog _log = new();
    private ulong _nextCommand;
    private ulong _nextEvent = 1;

    // What each stream's handler knows its version to be: the command expects exactly that.
    private readonly ulong[] _versions = new ulong[Workload.SkuCount];

    public const int LargeCommandsPerBatch = 10_000;

    /// <summary>
    /// Random ids scatter the event-id index writes over the whole tree, so each command dirties pages that
    /// the commit must write and fsync; time-ordered ids keep those writes on the tree's last pages.
    /// </summary>
    [Params(IdOrder.Random, IdOrder.TimeOrdered)]
    public IdOrder Ids { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(DiskFolder.Root, $"durable-{Environment.ProcessId}-{Guid.NewGuid():N}");
        _store = new LmdbStore(new LmdbStoreOptions
        {
            Path = _folder,
            Durability = LmdbDurability.Durable,
            InitialMapSizeBytes = 4L << 30,
        });

        // Seed every stream, so that commands meet existing streams and a tree of realistic depth.
        for (var seed = 0; seed < 10; seed++)
        {
            GroupCommit();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = SingleCommandsPerInvoke)]
    public int OneCommandPerTransaction()
    {
        var written = 0;
        for (var index = 0; index < SingleCommandsPerInvoke; index++)
        {
            var command = Next();
            written += _store!.Write(transaction => Execute(command, transaction));
        }

        return written;
    }

    [Benchmark(OperationsPerInvoke = CommandsPerBatch)]
    public int GroupCommit() => Batch(CommandsPerBatch);

    [Benchmark(OperationsPerInvoke = LargeCommandsPerBatch)]
    public int GroupCommitLarge() => Batch(LargeCommandsPerBatch);

    /// <summary>Runs <paramref name="commands"/> commands in one write transaction (one commit).</summary>
    public int Batch(int commands) => _store!.Write(transaction =>
    {
        var written = 0;
        for (var index = 0; index < commands; index++)
        {
            written += Execute(Next(), transaction);
        }

        return written;
    });

    private int Execute(Command command, IWriteTransaction transaction)
    {
        var outcome = command.Execute(_log, transaction, ExpectedVersion.Exactly(_versions[command.Sku]));
        _versions[command.Sku] = outcome.StreamVersion;
        return outcome.Written;
    }

    private Command Next()
    {
        var command = Workload.NextCommand(_nextCommand++, _nextEvent, order: Ids);
        _nextEvent += (ulong)command.Events.Length;
        return command;
    }
}
