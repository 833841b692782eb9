using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Specs.Inventory.Contracts;
using Specs.Inventory.Host;
using Specs.Inventory.Node;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Storage.Lmdb;

namespace Specs.Bench;

/// <summary>
/// Commands through the HTTP API over loopback, durable (fsync on every commit), beside the same commands
/// submitted to a pipeline in process. One operation is one command of the realistic mix
/// (<see cref="MixedWorkload"/>: receipts, sales imported, allocated, picked, checked and shipped, holds,
/// damages, counts over 2,000 SKUs) with an Idempotency-Key, sent by <see cref="Clients"/> clerks, each
/// waiting for its answer (sent after the commit) before it sends the next. <see cref="RoundTripWithoutCommit"/>
/// sends each mixed command with a field the API rejects (400) before the pipeline: HTTP, JSON and the
/// client, without the store, which is the share of the cost the commit does not explain.
/// </summary>
[MemoryDiagnoser]
[LatencyColumns]
[InvocationCount(1, 1)]
public class ApiThroughputBenchmarks
{
    public const int CommandsPerInvoke = 8_192;

    private string _folder = string.Empty;
    private InventoryServer? _server;
    private HttpClient? _client;
    private LmdbStore? _pipelineStore;
    private CommandPipeline? _pipeline;
    private MixedCallers? _inProcess;
    private MixedCallers? _overHttp;
    private MixedCallers? _rejected;

    /// <summary>Concurrent callers: each has one request in flight, as a connection pool would.</summary>
    [Params(64, 512)]
    public int Clients { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(DiskFolder.Root, $"api-{Environment.ProcessId}-{Guid.NewGuid():N}");
        _server = InventoryServer.StartAsync(new ServerOptions { DataFolder = Path.Combine(_folder, "http"), Urls = "http://127.0.0.1:0" }).GetAwaiter().GetResult();
        _client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 }) { BaseAddress = _server.Addresses[0] };
        foreach (var phase in MixedWorkload.SetUpPhases())
        {
            foreach (var chunk in phase.Chunk(256))
            {
                var answers = Task.WhenAll(chunk.Select(command => Send(command, null, accepted: 200))).GetAwaiter().GetResult();
                if (answers.FirstOrDefault(answer => answer.Status != CommandStatus.Accepted) is { } refused)
                {
                    throw new InvalidOperationException($"A set-up command was not accepted over HTTP: {refused}.");
                }
            }
        }

        var pipelineFolder = Directory.CreateDirectory(Path.Combine(_folder, "pipeline")).FullName;
        _pipelineStore = new LmdbStore(new LmdbStoreOptions { Path = pipelineFolder, Durability = LmdbDurability.Durable });
        _pipeline = CommandPipeline.StartAsync(_pipelineStore, SystemClock.Instance, new TimeOrderedIds(SystemClock.Instance, new SplitMix64(7))).GetAwaiter().GetResult();
        PipelineMixBenchmarks.SetUp(_pipeline);
        _inProcess = new MixedCallers(Clients);
        _overHttp = new MixedCallers(Clients);
        _rejected = new MixedCallers(Clients);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client?.Dispose();
        _server?.StopAsync().GetAwaiter().GetResult();
        _pipeline?.StopAsync().GetAwaiter().GetResult();
        _pipelineStore?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = CommandsPerInvoke)]
    public Task InProcessPipeline() => _inProcess!.Run(CommandsPerInvoke, async (command, key) =>
    {
        var reply = await _pipeline!.Submit(new SubmitCommand(command, key)).ConfigureAwait(false);
        return reply is Completed { Result: CommandOutcome outcome }
            ? outcome.Response
            : throw new InvalidOperationException($"The pipeline answered {reply} to {command.GetType().Name}.");
    }, LatencyLog.For(nameof(InProcessPipeline), $"{Clients}"));

    [Benchmark(OperationsPerInvoke = CommandsPerInvoke)]
    public Task CommandsOverHttp() => _overHttp!.Run(CommandsPerInvoke, (command, key) => Send(command, key, accepted: 200), LatencyLog.For(nameof(CommandsOverHttp), $"{Clients}"));

    /// <summary>Each clerk's commands with one unknown field added: 400 from the API, and the clerk's script moves on as if accepted.</summary>
    [Benchmark(OperationsPerInvoke = CommandsPerInvoke)]
    public Task RoundTripWithoutCommit() => _rejected!.Run(CommandsPerInvoke, (command, key) => Send(command, key, accepted: 400), LatencyLog.For(nameof(RoundTripWithoutCommit), $"{Clients}"));

    /// <summary>Posts one command; the answer with status <paramref name="accepted"/> counts as accepted, a 422 as refused.</summary>
    private async Task<CommandResponse> Send(ICommandContract command, string? key, int accepted)
    {
        var body = ContractJson.Fields(command);
        if (accepted == 400)
        {
            body["benchmarkUnknownField"] = 1;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/commands/{command.GetType().Name}")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        using var response = await _client!.SendAsync(request).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (status == accepted)
        {
            if (accepted != 200)
            {
                return CommandResponse.Accepted(string.Empty, 0, 0, 0, 0);
            }

            using var answer = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync().ConfigureAwait(false)).ConfigureAwait(false);
            return CommandResponse.Accepted(answer.RootElement.GetProperty("stream").GetString() ?? string.Empty, 0, 0, 0, 0);
        }

        return status == 422
            ? new CommandResponse(CommandStatus.Refused, string.Empty, 0, 0, 0, 0)
            : throw new InvalidOperationException($"{command.GetType().Name} answered {status}: {await response.Content.ReadAsStringAsync().ConfigureAwait(false)}");
    }
}
