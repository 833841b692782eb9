using System.Text.Json.Nodes;
using Specs.Inventory.Domain;
using Specs.Runner.Hunting;

namespace Specs.Runner.Tests.Hunting;

/// <summary>`specs hunt --target sim`: the same histories on a simulated 3-node cluster, checked by the same oracles plus the cluster's.</summary>
[Collection(HuntCollection.Name)]
public sealed class SimHuntTests
{
    [Fact]
    public void A_hunt_on_the_simulated_cluster_holds_every_invariant_and_runs_the_same_histories_as_on_lmdb()
    {
        var onSim = HuntFixture.TemporaryFolder();
        var onLmdb = HuntFixture.TemporaryFolder();

        var simExit = HuntRun.Run(new HuntOptions(Histories: 8, TimeBudget: null, Seed: 7, "sim", onSim, []), new StringWriter(), TestContext.Current.CancellationToken);
        HuntRun.Run(new HuntOptions(Histories: 8, TimeBudget: null, Seed: 7, "lmdb", onLmdb, []), new StringWriter(), TestContext.Current.CancellationToken);

        var sim = JsonNode.Parse(File.ReadAllText(Path.Combine(onSim, "hunt.json")))!;
        var lmdb = JsonNode.Parse(File.ReadAllText(Path.Combine(onLmdb, "hunt.json")))!;
        Assert.True(simExit == 0, sim.ToJsonString());
        Assert.Equal("sim", (string?)sim["target"]);
        Assert.Equal((long)lmdb["commands"]!, (long)sim["commands"]!);
        Assert.Equal(lmdb["commandsReached"]!.ToJsonString(), sim["commandsReached"]!.ToJsonString());
    }

    [Fact]
    public void A_planted_bug_is_found_on_the_simulated_cluster_too()
    {
        var outDirectory = HuntFixture.TemporaryFolder();

        var exitCode = HuntRun.Run(new HuntOptions(Histories: null, TimeBudget: null, Seed: 1, "sim", outDirectory, [PlantedBug.HoldNeverExpires]), new StringWriter(), TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode); // with a bug planted, finding it is the negative check passing
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(outDirectory, "hunt.json")))!;
        Assert.Equal("holds-expire-on-time", (string?)report["failure"]!["invariant"]);
        Assert.Single(Directory.GetFiles(outDirectory, "found-*.feature"));
    }
}
