using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Host;
using Specs.Inventory.Node;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Storage.Lmdb;

namespace Specs.Bench;

/// <summary>
/// Commands through the HTTP API over loopback, durable (fsync on every commit), beside the same
/// commands submitted to a pipeline in process. One operation is one command: a CreateChannel with a
/// fresh name and an Idempotency-Key, sent by <see cref="Clients"/> concurrent callers, each waiting for
/// its answer (sent after the commit) before it sends the next. <see cref="RoundTripWithoutCommit"/>
/// sends a body the API rejects (400) before the pipeline: HTTP, JSON and the client, without the store,
/// which is the share of the cost the commit does not explain.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1, 1)]
public class ApiThroughputBenchmarks
{
    public const int CommandsPerInvoke = 4_096;

    private string _folder = string.Empty;
    private InventoryServer? _server;
    private HttpClient? _client;
    private LmdbStore? _pipelineStore;
    private CommandPipeline? _pipeline;
    private long _next;

    /// <summary>Concurrent callers: each has one request in flight, as a connection pool would.</summary>
    [Params(64, 512)]
    public int Clients { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(DiskFolder.Root, $"api-{Environment.ProcessId}-{Guid.NewGuid():N}");
        _server = InventoryServer.StartAsync(new ServerOptions { DataFolder = Path.Combine(_folder, "http"), Urls = "http://127.0.0.1:0" }).GetAwaiter().GetResult();
        _client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = _server.Addresses[0] };
        var pipelineFolder = Directory.CreateDirectory(Path.Combine(_folder, "pipeline")).FullName;
        _pipelineStore = new LmdbStore(new LmdbStoreOptions { Path = pipelineFolder, Durability = LmdbDurability.Durable });
        _pipeline = CommandPipeline.StartAsync(_pipelineStore, SystemClock.Instance, new TimeOrderedIds(SystemClock.Instance, new SplitMix64(7))).GetAwaiter().GetResult();
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
    public Task InProcessPipeline() => Callers(async number =>
    {
        var reply = await _pipeline!.Submit(new SubmitCommand(new CreateChannel { Name = $"Channel {number}" }, $"key-{number}"));
        return reply is Completed;
    });

    [Benchmark(OperationsPerInvoke = CommandsPerInvoke)]
    public Task CommandsOverHttp() => Callers(async number =>
    {
        using var response = await Post($"{{\"name\":\"Channel {number}\"}}", number);
        return response.IsSuccessStatusCode;
    });

    [Benchmark(OperationsPerInvoke = CommandsPerInvoke)]
    public Task RoundTripWithoutCommit() => Callers(async number =>
    {
        using var response = await Post($"{{\"title\":\"Channel {number}\"}}", number);
        return (int)response.StatusCode == 400;
    });

    private Task<HttpResponseMessage> Post(string json, long number)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/commands/CreateChannel")
        {
            Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", $"key-{number}");
        return _client!.SendAsync(request);
    }

    private async Task Callers(Func<long, Task<bool>> call)
    {
        var perCaller = CommandsPerInvoke / Clients;
        var callers = new Task[Clients];
        for (var caller = 0; caller < Clients; caller++)
        {
            callers[caller] = Task.Run(async () =>
            {
                for (var i = 0; i < perCaller; i++)
                {
                    if (!await call(Interlocked.Increment(ref _next)).ConfigureAwait(false))
                    {
                        throw new InvalidOperationException("A benchmark command was not answered as expected.");
                    }
                }
            });
        }

        await Task.WhenAll(callers).ConfigureAwait(false);
    }
}
