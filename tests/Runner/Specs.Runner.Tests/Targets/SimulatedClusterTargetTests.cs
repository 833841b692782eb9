using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Scenarios;
using Specs.Runner.Targets;

namespace Specs.Runner.Tests.Targets;

public sealed class SimulatedClusterTargetTests
{
    private static readonly ScenarioIdentity Scenario = new("specs/catalog/products.feature", 12, "Renaming a product");

    private static readonly ScenarioSettings Settings = new() { FixedClock = DateTimeOffset.Parse("2026-03-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture) };

    [Fact]
    public void A_scenario_on_simulated_clusters_records_exactly_the_events_the_lmdb_target_records()
    {
        SimulatedClusterScenarioSystem? sim = null;
        var onCluster = Run(context => sim = new SimulatedClusterScenarioSystem(context, new SimulatedClusterSettings { Seeds = 4, SeedStart = 1, Nodes = 3 }));
        var onLmdb = Run(context => new LmdbScenarioSystem(context));

        Assert.Equal(4, sim!.SeedsRun);
        Assert.Equal(1, onCluster.NewEvents);
        Assert.Equal(onLmdb.Record, onCluster.Record);
    }

    [Fact]
    public void A_refused_command_is_refused_on_every_seed_and_records_nothing()
    {
        using var host = new ScenarioHost(Scenario, Settings, TargetCatalog.Sim,
            context => new SimulatedClusterScenarioSystem(context, new SimulatedClusterSettings { Seeds = 3, SeedStart = 7 }));
        host.Given("product-A", new ProductCreated { Sku = "A", Name = "Apple" });

        host.When(new CreateProduct { Sku = "A", Name = "Apple again" });

        Assert.Equal(CommandStatus.Refused, host.Response.Status);
        Assert.Empty(host.NewEvents);
    }

    [Fact]
    public void Each_seed_number_of_each_scenario_gets_its_own_cluster_seed_and_a_command_that_runs_it_alone()
    {
        var settings = new SimulatedClusterSettings { Seeds = 10, SeedStart = 1, Nodes = 5 };
        var other = Scenario with { Line = 13 };

        Assert.NotEqual(SimulatedClusterSettings.ClusterSeed(Scenario, 1), SimulatedClusterSettings.ClusterSeed(Scenario, 2));
        Assert.NotEqual(SimulatedClusterSettings.ClusterSeed(Scenario, 1), SimulatedClusterSettings.ClusterSeed(other, 1));
        Assert.Equal(SimulatedClusterSettings.ClusterSeed(Scenario, 4), SimulatedClusterSettings.ClusterSeed(Scenario with { }, 4));
        Assert.Equal("./specs.sh verify --target sim --seeds 1 --seed-start 4 --nodes 5 specs/catalog/products.feature:12", settings.Reproduction(Scenario, 4));
        // Installed as a .NET tool, verify gives the tool's own name (Launcher.From), as the rerun line has it.
        Assert.Equal("specs verify --target sim --seeds 1 --seed-start 4 --nodes 5 specs/catalog/products.feature:12", (settings with { Launcher = "specs" }).Reproduction(Scenario, 4));
    }

    private static (string Record, int NewEvents) Run(Func<ScenarioSystemContext, IScenarioSystem> createSystem)
    {
        using var host = new ScenarioHost(Scenario, Settings, "target", createSystem);
        host.Given("product-A", new ProductCreated { Sku = "A", Name = "Apple" });
        host.When(new UpdateProduct { Sku = "A", Name = "Apricot" });
        host.ThenAccepted();
        return (ScenarioRecordWriter.Serialize(host.Record), host.NewEvents.Count);
    }
}
