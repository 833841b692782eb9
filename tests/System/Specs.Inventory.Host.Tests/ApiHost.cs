using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Specs.Inventory.EventStore;
using Specs.Inventory.Node;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Lmdb;

namespace Specs.Inventory.Host.Tests;

/// <summary>
/// A real server for one test: Kestrel on 127.0.0.1 with an ephemeral port over an LMDB data folder
/// of its own, and an HttpClient pointed at it. Restart stops the server (draining the pipeline)
/// and starts a new one on the same folder.
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    private readonly TestFolder _folder = new();
    private readonly Func<ServerOptions, ServerOptions> _configure;
    private InventoryServer? _server;

    private ApiHost(Func<ServerOptions, ServerOptions> configure)
    {
        _configure = configure;
    }

    public string DataFolder => _folder.Combine("data");

    public TestFolder Folder => _folder;

    public InventoryServer Server => _server ?? throw new InvalidOperationException("The server is stopped.");

    public HttpClient Client { get; private set; } = new();

    public static async Task<ApiHost> StartAsync(Func<ServerOptions, ServerOptions>? configure = null)
    {
        var host = new ApiHost(configure ?? (options => options));
        await host.StartServerAsync();
        return host;
    }

    /// <summary>The options every test server starts with: loopback, port 0, no idle ticks (so the log holds only what tests write).</summary>
    public ServerOptions Options() => _configure(new ServerOptions
    {
        DataFolder = DataFolder,
        Urls = "http://127.0.0.1:0",
        Pipeline = new PipelineOptions { IdleTimerInterval = null },
        OpenStore = folder => new LmdbStore(new LmdbStoreOptions { Path = folder, Durability = LmdbDurability.NoSync }),
    });

    public async Task StartServerAsync()
    {
        _server = await InventoryServer.StartAsync(Options(), TestContext.Current.CancellationToken);
        Client.Dispose();
        Client = new HttpClient { BaseAddress = _server.Addresses[0], Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task StopServerAsync()
    {
        if (_server is { } server)
        {
            _server = null;
            await server.StopAsync();
        }
    }

    public async Task RestartAsync()
    {
        await StopServerAsync();
        await StartServerAsync();
    }

    public Task<HttpResponseMessage> PostAsync(string command, string json, string? idempotencyKey = null, string? ifMatch = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/commands/{command}")
        {
            Content = new StringContent(json, Encoding.UTF8, contentType),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await ReadJsonAsync(response);
    }

    /// <summary>Every event id of the log, read through the API page by page.</summary>
    public async Task<List<Guid>> EventIdsAsync()
    {
        var ids = new List<Guid>();
        string? next = "1";
        while (next is not null)
        {
            var page = await GetJsonAsync($"/api/events?from={next}&limit=1000");
            ids.AddRange(page.GetProperty("events").EnumerateArray().Select(item => item.GetProperty("eventId").GetGuid()));
            next = page.GetProperty("next").GetString();
        }

        return ids;
    }

    /// <summary>The log's head as the API reports it.</summary>
    public async Task<ulong> HeadAsync() => (await GetJsonAsync("/health")).GetProperty("head").GetUInt64();

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts an application/problem+json answer with the status and returns its body.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>Opens the stopped server's folder and reads the log's head directly.</summary>
    public ulong StoredHead()
    {
        using var store = new LmdbStore(new LmdbStoreOptions { Path = DataFolder, Durability = LmdbDurability.NoSync });
        using var transaction = store.BeginRead();
        return EventLog.Head(transaction);
    }

    public void SetBearer(string? token) =>
        Client.DefaultRequestHeaders.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);

    public static IKeyValueStore OpenFolder(string folder) =>
        new LmdbStore(new LmdbStoreOptions { Path = folder, Durability = LmdbDurability.NoSync });

    public async ValueTask DisposeAsync()
    {
        await StopServerAsync();
        Client.Dispose();
        _folder.Dispose();
    }
}
