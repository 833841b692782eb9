using BenchmarkDotNet.Attributes;
using Specs.Inventory.Node;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Storage.Lmdb;

namespace Specs.Bench;

/// <summary>
/// Issue 3: commands per second through the WHOLE pipeline (the node's <see cref="CommandPipeline"/>:
/// bounded queue, one writer thread, idempotency check, decision, append, state, every view, commit,
/// reply after the commit), durable (LMDB <see cref="LmdbDurability.Durable"/>, fsync on every commit, on
/// the real disk), for the realistic mix of <see cref="MixedWorkload"/> over 2,000 SKUs sent by
/// <see cref="Callers"/> clerks, each with one command in flight. The baseline is the same pipeline
/// with one command per transaction (MaxBatch 1); <see cref="GroupCommit"/> lets the writer take up to
/// <see cref="Callers"/> queued commands into one transaction. One operation is one command; the p50/p99
/// columns are its submit-to-reply latency.
/// </summary>
[MemoryDiagnoser]
[LatencyColumns]
[InvocationCount(1, 1)]
public class PipelineMixBenchmarks
{
    public const int GroupCommandsPerInvoke = 32_768;
    public const int SingleCommandsPerInvoke = 2_048;

    private string _folder = string.Empty;
    private LmdbStore? _store;
    private CommandPipeline? _pipeline;
    private MixedCallers? _callers;

    /// <summary>Concurrent clerks: each has one command in flight, so a transaction holds at most this many.</summary>
    [Params(256, 1024)]
    public int Callers { get; set; }

    [GlobalSetup(Target = nameof(OneCommandPerTransaction))]
    public void SetupSingle() => Start(maxBatch: 1);

    [GlobalSetup(Target = nameof(GroupCommit))]
    public void SetupGroup() => Start(maxBatch: Callers);

    [GlobalCleanup]
    public void Cleanup()
    {
        _pipeline?.StopAsync().GetAwaiter().GetResult();
        _store?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = SingleCommandsPerInvoke)]
    public Task OneCommandPerTransaction() => _callers!.Run(SingleCommandsPerInvoke, Send, LatencyLog.For(nameof(OneCommandPerTransaction), $"{Callers}"));

    [Benchmark(OperationsPerInvoke = GroupCommandsPerInvoke)]
    public Task GroupCommit() => _callers!.Run(GroupCommandsPerInvoke, Send, LatencyLog.For(nameof(GroupCommit), $"{Callers}"));

    private async Task<CommandResponse> Send(Inventory.Contracts.ICommandContract command, string key)
    {
        var reply = await _pipeline!.Submit(new SubmitCommand(command, key)).ConfigureAwait(false);
        return reply is Completed { Result: CommandOutcome outcome }
            ? outcome.Response
            : throw new InvalidOperationException($"The pipeline answered {reply} to {command.GetType().Name}.");
    }

    private void Start(int maxBatch)
    {
        _folder = Path.Combine(DiskFolder.Root, $"pipeline-mix-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        _store = new LmdbStore(new LmdbStoreOptions { Path = _folder, Durability = LmdbDurability.Durable, InitialMapSizeBytes = 4L << 30 });
        _pipeline = CommandPipeline.StartAsync(
            _store,
            SystemClock.Instance,
            new TimeOrderedIds(SystemClock.Instance, new SplitMix64(7)),
            new PipelineOptions { MaxBatch = maxBatch, QueueCapacity = Math.Max(4_096, Callers * 2) }).GetAwaiter().GetResult();
        SetUp(_pipeline);
        _callers = new MixedCallers(Callers);
    }

    /// <summary>Submits the set-up in order, a chunk at a time (the queue keeps submission order); every command must be accepted.</summary>
    public static void SetUp(CommandPipeline pipeline)
    {
        foreach (var chunk in MixedWorkload.SetUp().Chunk(1_000))
        {
            var replies = chunk.Select(command => pipeline.Submit(new SubmitCommand(command))).ToArray();
            foreach (var reply in Task.WhenAll(replies).GetAwaiter().GetResult())
            {
                if (reply is not Completed { Result: CommandOutcome { Response.Status: CommandStatus.Accepted } })
                {
                    throw new InvalidOperationException($"A set-up command was not accepted: {reply}.");
                }
            }
        }
    }
}
