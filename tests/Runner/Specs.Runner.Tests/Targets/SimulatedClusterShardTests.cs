using Specs.Inventory.Scenarios;
using Specs.Runner.Discovery;
using Specs.Runner.Discovery.TagExpressions;
using Specs.Runner.Targets;

namespace Specs.Runner.Tests.Targets;

/// <summary>`verify --target sim --seeds K --shard i/n`: shards split by scenario, and together run exactly the unsharded (scenario, seed) runs.</summary>
public sealed class SimulatedClusterShardTests
{
    private const string Feature = """
        Feature: Shards
          Scenario Outline: Row <n>
            Given step <n>
            Examples:
              | n |
              | 1 |
              | 2 |
              | 3 |
              | 4 |
          Scenario: Plain one
            Given step 5
          Scenario: Plain two
            Given step 6
          Scenario: Plain three
            Given step 7
        """;

    private static readonly SimulatedClusterSettings Settings = new() { Seeds = 5, SeedStart = 11 };

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(9)]
    public void The_shards_of_a_sim_run_are_disjoint_and_together_run_every_scenario_seed_exactly_once(int shards)
    {
        var whole = Runs(Shard.Whole);

        var parts = Enumerable.Range(1, shards).Select(index => Runs(new Shard(index, shards))).ToList();

        Assert.Equal(7 * Settings.Seeds, whole.Count);
        Assert.Equal(whole.Count, parts.Sum(part => part.Count));
        Assert.Equal(whole.ToHashSet(), parts.SelectMany(part => part).ToHashSet());
    }

    [Fact]
    public void A_shard_runs_every_seed_of_each_scenario_it_takes()
    {
        var runs = Runs(new Shard(2, 3));

        Assert.All(runs.GroupBy(run => run.Location), scenario => Assert.Equal(Settings.Seeds, scenario.Count()));
        Assert.Equal(["ids.feature:7", "ids.feature:10"], runs.Select(run => run.Location).Distinct());
    }

    private static List<(string Location, ulong Number, ulong ClusterSeed)> Runs(Shard shard)
    {
        var feature = FeatureParser.Parse("ids.feature", Feature).Feature!;
        var selector = new ScenarioSelector([new SelectionArgument("ids.feature", [])], new TagExpression.True(), [], shard, ScenarioOrder.Parse("defined"));
        return selector.Select([feature], Directory.GetCurrentDirectory())
            .SelectMany(scenario => Settings.Runs(new ScenarioIdentity(scenario.Feature.Uri, scenario.Line, scenario.Pickle.Name))
                .Select(run => (scenario.Location, run.Number, run.ClusterSeed)))
            .ToList();
    }
}
