using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Specs.Inventory.Replication;

namespace Specs.Inventory.Host.Tests;

/// <summary>
/// Three real node processes (the built executable, <c>serve --node-id --peers</c>) talking TCP on loopback:
/// the leader is killed under load, a follower takes over, and no acknowledged command is lost or doubled.
/// </summary>
public sealed partial class ClusterProcessTests
{
    private const int Commands = 60;
    private const int Workers = 4;
    private const int KillAfterAcknowledged = 20;
    private static readonly TimeSpan Overall = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task Killing_the_leader_under_load_loses_no_acknowledged_command_and_decides_each_exactly_once()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Overall);
        var token = timeout.Token;
        using var folder = new TestFolder();
        var peers = Enumerable.Range(1, 3).ToDictionary(id => id, _ => TcpPeerNetworkTests.FreeLoopback());
        var peerList = string.Join(",", peers.Select(peer => $"{peer.Key}={peer.Value}"));
        var nodes = peers.Keys.Select(id => NodeProcess.Start(id, folder.Combine($"node{id}"), peerList)).ToList();
        try
        {
            foreach (var node in nodes)
            {
                await node.WaitForAddressAsync(token);
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var first = await WaitForLeaderAsync(http, nodes, exclude: null, token);

            var acknowledged = new ConcurrentBag<string>();
            var next = -1;
            var killed = 0;
            async Task WorkAsync(int worker)
            {
                var router = new LeaderRouter([1, 2, 3], start: first.Id - 1);
                int index;
                while ((index = Interlocked.Increment(ref next)) < Commands)
                {
                    var key = $"load-{index}";
                    var body = $$"""{"sku":"SKU-{{index}}","name":"Product {{index}}"}""";
                    await SendUntilDefiniteAsync(http, nodes, router, key, body, token);
                    acknowledged.Add(key);
                    if (acknowledged.Count >= KillAfterAcknowledged && Interlocked.Exchange(ref killed, 1) == 0)
                    {
                        first.Kill();
                    }
                }
            }

            await Task.WhenAll(Enumerable.Range(0, Workers).Select(WorkAsync));

            Assert.Equal(1, killed);
            Assert.Equal(Commands, acknowledged.Count);
            var second = await WaitForLeaderAsync(http, nodes, exclude: first, token);
            Assert.NotEqual(first.Id, second.Id);

            // The new leader answered the last commands, so it holds every entry; its state may still be applying them.
            var keys = await EventKeysAsync(http, second, token);
            for (var poll = 0; poll < 150 && acknowledged.Any(key => !keys.Contains(key)); poll++)
            {
                await Task.Delay(200, token);
                keys = await EventKeysAsync(http, second, token);
            }

            var log = string.Join(", ", keys);
            foreach (var key in acknowledged)
            {
                Assert.True(keys.Count(logged => logged == key) == 1, $"{key} is in node {second.Id}'s log {keys.Count(logged => logged == key)} times: {log}");
            }

            Assert.Equal(Commands, keys.Count);
        }
        finally
        {
            foreach (var node in nodes)
            {
                node.Dispose();
            }
        }
    }

    /// <summary>
    /// The client library's retry loop: send to the node the router names, follow a 421's leader, move on
    /// after a 503 or a dead connection, always with the same key, until a definite answer (200 here).
    /// </summary>
    private static async Task SendUntilDefiniteAsync(HttpClient http, List<NodeProcess> nodes, LeaderRouter router, string key, string body, CancellationToken token)
    {
        var attempts = new List<string>();
        while (true)
        {
            token.ThrowIfCancellationRequested();
            var node = nodes[router.Current - 1];
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(node.Address!, "/api/commands/CreateProduct"))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Idempotency-Key", key);
            try
            {
                using var response = await http.SendAsync(request, token);
                var text = await response.Content.ReadAsStringAsync(token);
                attempts.Add($"node {node.Id}: {(int)response.StatusCode}");
                switch (response.StatusCode)
                {
                    case HttpStatusCode.OK:
                        return;
                    case HttpStatusCode.MisdirectedRequest:
                        router.Follow(JsonDocument.Parse(text).RootElement.GetProperty("leader").GetInt32());
                        continue;
                    case HttpStatusCode.ServiceUnavailable:
                        router.MoveOn();
                        break;
                    default:
                        Assert.Fail($"{key}: node {node.Id} answered {(int)response.StatusCode} {text}; attempts: {string.Join("; ", attempts)}");
                        break;
                }
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !token.IsCancellationRequested)
            {
                // The node is dead or did not answer: the outcome is unknown, so retry with the same key.
                attempts.Add($"node {node.Id}: {error.GetType().Name}");
                router.MoveOn();
            }

            await Task.Delay(100, token);
        }
    }

    private static async Task<NodeProcess> WaitForLeaderAsync(HttpClient http, List<NodeProcess> nodes, NodeProcess? exclude, CancellationToken token)
    {
        while (true)
        {
            foreach (var node in nodes.Where(node => node != exclude))
            {
                try
                {
                    using var health = JsonDocument.Parse(await http.GetStringAsync(new Uri(node.Address!, "/health"), token));
                    if (health.RootElement.GetProperty("role").GetString() == "leader")
                    {
                        return node;
                    }
                }
                catch (HttpRequestException)
                {
                    // not answering yet
                }
            }

            await Task.Delay(200, token);
        }
    }

    /// <summary>The idempotency key of every event in the node's log, in log order (paged).</summary>
    private static async Task<List<string>> EventKeysAsync(HttpClient http, NodeProcess node, CancellationToken token)
    {
        var keys = new List<string>();
        string? from = "1";
        while (from is not null)
        {
            using var page = JsonDocument.Parse(await http.GetStringAsync(new Uri(node.Address!, $"/api/events?from={from}&limit=1000"), token));
            foreach (var record in page.RootElement.GetProperty("events").EnumerateArray())
            {
                keys.Add(record.TryGetProperty("idempotencyKey", out var key) ? key.GetString()! : "(none)");
            }

            from = page.RootElement.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }

        return keys;
    }

    [GeneratedRegex(@"Serving .* on (?<address>http://[0-9.]+:[0-9]+/?)")]
    private static partial Regex ServingLine();

    /// <summary>One node process and its output.</summary>
    private sealed class NodeProcess : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();
        private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private NodeProcess(int id, Process process)
        {
            Id = id;
            _process = process;
        }

        public int Id { get; }

        public Uri? Address { get; private set; }

        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public static NodeProcess Start(int id, string data, string peers)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "specs-inventory.dll"), "serve", "--data", data, "--urls", "http://127.0.0.1:0", "--node-id", id.ToString(CultureInfo.InvariantCulture), "--peers", peers })
            {
                start.ArgumentList.Add(arg);
            }

            var node = new NodeProcess(id, Process.Start(start)!);
            node._process.OutputDataReceived += (_, line) => node.Note(line.Data, isOutput: true);
            node._process.ErrorDataReceived += (_, line) => node.Note(line.Data, isOutput: false);
            node._process.BeginOutputReadLine();
            node._process.BeginErrorReadLine();
            return node;
        }

        public async Task WaitForAddressAsync(CancellationToken token)
        {
            try
            {
                Address = await _address.Task.WaitAsync(TimeSpan.FromSeconds(90), token);
            }
            catch (TimeoutException)
            {
                Assert.Fail($"node {Id} did not start: {Output}");
            }
        }

        public void Kill() => _process.Kill(entireProcessTree: true);

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }

            _process.Dispose();
        }

        private void Note(string? line, bool isOutput)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }

            if (isOutput && line is not null && ServingLine().Match(line) is { Success: true } match)
            {
                _address.TrySetResult(new Uri(match.Groups["address"].Value));
            }
        }
    }
}
