using System.Net;

namespace Specs.Inventory.Host.Tests;

/// <summary>A node started on another node's data folder refuses to start, with one line naming both nodes.</summary>
public sealed class ForeignDataFolderTests
{
    [Fact]
    public async Task Serving_node_1_on_node_2s_data_folder_exits_with_code_2_and_one_line_naming_both_nodes()
    {
        using var folder = new TestFolder();
        var data = folder.Combine("data");
        var peers = new Dictionary<int, IPEndPoint> { [1] = TcpPeerNetworkTests.FreeLoopback(), [2] = TcpPeerNetworkTests.FreeLoopback(), [3] = TcpPeerNetworkTests.FreeLoopback() };
        await using (await InventoryServer.StartAsync(new ServerOptions
        {
            DataFolder = data,
            Urls = "http://127.0.0.1:0",
            Cluster = new ClusterOptions { NodeId = 2, Peers = peers },
        }, TestContext.Current.CancellationToken))
        {
        }

        var error = new StringWriter();
        var peerList = string.Join(",", peers.Select(peer => $"{peer.Key}={peer.Value}"));
        var exitCode = await Program.RunAsync(["serve", "--data", data, "--node-id", "1", "--peers", peerList, "--urls", "http://127.0.0.1:0"], TextWriter.Null, error, _ => null);

        Assert.Equal(Program.BadArguments, exitCode);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("node 1 refuses to start: its data folder belongs to node 2", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
    }
}
