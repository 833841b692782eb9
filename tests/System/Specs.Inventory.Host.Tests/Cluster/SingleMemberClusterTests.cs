using System.Net;
using System.Text;
using System.Text.Json;

namespace Specs.Inventory.Host.Tests;

/// <summary>A cluster node in process: a one-member cluster leads itself; a member whose peers are down never leads and says so.</summary>
public sealed class SingleMemberClusterTests
{
    [Fact]
    public async Task A_one_member_cluster_elects_itself_decides_commands_once_and_answers_a_retry_as_a_repeat()
    {
        using var folder = new TestFolder();
        var peers = new Dictionary<int, IPEndPoint> { [1] = TcpPeerNetworkTests.FreeLoopback() };
        await using var server = await InventoryServer.StartAsync(new ServerOptions
        {
            DataFolder = folder.Combine("data"),
            Urls = "http://127.0.0.1:0",
            Cluster = new ClusterOptions { NodeId = 1, Peers = peers },
        }, TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = server.Addresses[0] };
        // Its first election timeout (1-2 s) has to pass before it leads.
        for (var poll = 0; poll < 600 && server.Cluster!.Status.Role != Replication.ReplicaRole.Leader; poll++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        using var first = await PostAsync(http, "mug-1");
        using var retry = await PostAsync(http, "mug-1");
        using var missingKey = await PostAsync(http, null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(HttpStatusCode.BadRequest, missingKey.StatusCode);
        using var events = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/events", UriKind.Relative), TestContext.Current.CancellationToken));
        var record = Assert.Single(events.RootElement.GetProperty("events").EnumerateArray());
        Assert.Equal("mug-1", record.GetProperty("idempotencyKey").GetString());
        using var health = JsonDocument.Parse(await http.GetStringAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.Equal("leader", health.RootElement.GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_member_whose_peers_are_down_writes_nothing_and_answers_without_a_decision()
    {
        using var folder = new TestFolder();
        var peers = new Dictionary<int, IPEndPoint> { [1] = TcpPeerNetworkTests.FreeLoopback(), [2] = TcpPeerNetworkTests.FreeLoopback(), [3] = TcpPeerNetworkTests.FreeLoopback() };
        await using var server = await InventoryServer.StartAsync(new ServerOptions
        {
            DataFolder = folder.Combine("data"),
            Urls = "http://127.0.0.1:0",
            Cluster = new ClusterOptions { NodeId = 1, Peers = peers, CommitWait = TimeSpan.FromSeconds(2) },
        }, TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = server.Addresses[0] };

        using var answer = await PostAsync(http, "mug-1");

        // Alone it can at most campaign: the answer is "no leader" or "not the leader", never a decision.
        Assert.True(answer.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.MisdirectedRequest, $"{answer.StatusCode}");
        using var events = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/events", UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.Empty(events.RootElement.GetProperty("events").EnumerateArray());
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/commands/CreateProduct", UriKind.Relative))
        {
            Content = new StringContent("""{"sku":"MUG","name":"Blue mug"}""", Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
