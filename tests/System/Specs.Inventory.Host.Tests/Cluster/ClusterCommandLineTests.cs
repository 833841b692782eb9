using System.Net;

namespace Specs.Inventory.Host.Tests;

/// <summary><c>serve --node-id N --peers ...</c>: what makes a cluster node, and the one-line answers to mistakes.</summary>
public sealed class ClusterCommandLineTests
{
    [Fact]
    public void Node_id_and_peers_make_the_server_a_member_listening_on_its_own_entry()
    {
        var command = Assert.IsType<ServeCommand>(CommandLine.Parse(["serve", "--data", "d", "--node-id", "2", "--peers", "1=127.0.0.1:7001, 2=127.0.0.1:7002,3=127.0.0.1:7003"], _ => null));

        var cluster = Assert.IsType<ClusterOptions>(command.Options.Cluster);
        Assert.Equal(2, cluster.NodeId);
        Assert.Equal([1, 2, 3], cluster.Peers.Keys);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 7002), cluster.Listen);
        Assert.False(cluster.Rejoin);
    }

    [Theory]
    [InlineData("serve", "--help")]
    [InlineData("backup", "-h")]
    [InlineData("serve", "--data", "d", "--help")]
    public void Help_after_a_command_is_help_not_an_option_without_its_value(params string[] args)
    {
        Assert.IsType<HelpCommand>(CommandLine.Parse(args, _ => null));
    }

    [Fact]
    public void Serve_without_cluster_options_stays_a_single_node()
    {
        var command = Assert.IsType<ServeCommand>(CommandLine.Parse(["serve", "--data", "d"], _ => null));

        Assert.Null(command.Options.Cluster);
    }

    [Theory]
    [InlineData("--node-id", "1", null, null, "needs both --node-id and --peers")]
    [InlineData("--node-id", "4", "--peers", "1=127.0.0.1:7001,2=127.0.0.1:7002", "does not list this node (4)")]
    [InlineData("--node-id", "0", "--peers", "1=127.0.0.1:7001", "--node-id must be a whole number of 1 or more")]
    [InlineData("--node-id", "1", "--peers", "1=127.0.0.1:7001,1=127.0.0.1:7002", "node 1 is listed twice")]
    [InlineData("--node-id", "1", "--peers", "1=localhost:7001", "'localhost:7001' (node 1) is not an IP address with a port")]
    [InlineData("--node-id", "1", "--peers", "1=127.0.0.1", "'127.0.0.1' (node 1) is not an IP address with a port")]
    [InlineData("--node-id", "1", "--peers", "one=127.0.0.1:7001", "'one=127.0.0.1:7001' is not ID=ADDRESS:PORT")]
    public void A_malformed_cluster_option_is_a_one_line_mistake_naming_the_part_at_fault(string first, string firstValue, string? second, string? secondValue, string expected)
    {
        List<string> args = ["serve", "--data", "d", first, firstValue];
        if (second is not null)
        {
            args.AddRange([second, secondValue!]);
        }

        var problem = Assert.Throws<CommandLineException>(() => CommandLine.Parse(args, _ => null));

        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clock_advance_is_refused_on_a_cluster_node()
    {
        var problem = Assert.Throws<CommandLineException>(() => CommandLine.Parse(
            ["serve", "--data", "d", "--node-id", "1", "--peers", "1=127.0.0.1:7001", "--allow-clock-advance", "true"], _ => null));

        Assert.Contains("single node", problem.Message, StringComparison.Ordinal);
    }
}
