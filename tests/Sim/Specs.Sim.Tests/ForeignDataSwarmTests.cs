using Specs.Sim.Cluster;

namespace Specs.Sim.Tests;

/// <summary>
/// The swarm draws ForeignData: on for about a quarter of the seeds, drawn so that every other choice of a seed
/// stays what it was before ForeignData joined the draw, and counted in the run's faults by kind.
/// </summary>
public sealed class ForeignDataSwarmTests
{
    private const int Seeds = 400;

    [Fact]
    public void About_a_quarter_of_the_seeds_switch_ForeignData_on_and_the_rest_of_their_configuration_is_the_seeds_own()
    {
        var on = 0;
        for (ulong seed = 1; seed <= Seeds; seed++)
        {
            var configuration = SwarmConfiguration.FromSeed(seed);
            var others = configuration.Nemeses.Where(kind => kind != FaultKind.ForeignData).ToList();
            if (configuration.Nemeses.Contains(FaultKind.ForeignData))
            {
                on++;
                Assert.Equal(FaultKind.ForeignData, configuration.Nemeses[^1]);
            }

            // The other kinds are drawn before the ForeignData coin, in NemesisKinds order, none twice.
            Assert.Equal(others, SwarmConfiguration.NemesisKinds.Where(others.Contains).ToList());
        }

        Assert.InRange(on, Seeds * 15 / 100, Seeds * 35 / 100);
    }

    [Fact]
    public void A_seed_with_ForeignData_draws_the_same_timed_faults_as_without_it_with_some_slots_swapped_for_ForeignData()
    {
        var swapped = 0;
        var seedsWithForeignData = 0;
        for (ulong seed = 1; seed <= Seeds; seed++)
        {
            var configuration = SwarmConfiguration.FromSeed(seed);
            if (!configuration.Nemeses.Contains(FaultKind.ForeignData))
            {
                continue;
            }

            seedsWithForeignData++;
            var with = new FaultPlan(seed, configuration, schedule: null).TimedFaults;
            var without = new FaultPlan(seed, configuration with { Nemeses = configuration.Nemeses.Where(kind => kind != FaultKind.ForeignData).ToList() }, schedule: null).TimedFaults;

            Assert.Equal(without.Count, with.Count);
            for (var index = 0; index < with.Count; index++)
            {
                if (with[index].Kind != FaultKind.ForeignData || without[index].Kind == FaultKind.ForeignData)
                {
                    Assert.Equal(without[index], with[index]);
                    continue;
                }

                swapped++;
                Assert.Equal((without[index].At, without[index].Duration), (with[index].At, with[index].Duration));
                var node = with[index].Node;
                Assert.InRange(node, 0, configuration.NodeCount - 1);
                Assert.NotEqual(node, with[index].Peer);
                Assert.InRange(with[index].Peer, 0, configuration.NodeCount - 1);
            }
        }

        Assert.True(seedsWithForeignData > 0);
        Assert.True(swapped >= seedsWithForeignData, $"{swapped} ForeignData faults over {seedsWithForeignData} seeds");
    }

    [Fact]
    public void A_fresh_seed_that_draws_ForeignData_counts_it_by_kind_reaches_the_refusal_and_passes()
    {
        var seed = Enumerable.Range(1, Seeds).Select(value => (ulong)value)
            .First(candidate => new FaultPlan(candidate, SwarmConfiguration.FromSeed(candidate), schedule: null).TimedFaults.Any(fault => fault.Kind == FaultKind.ForeignData));

        var run = ClusterSimulation.Run(seed);

        Assert.True(run.Passed, $"seed {seed}: {string.Join("; ", run.Violations)}");
        Assert.True(run.FaultCounts.GetValueOrDefault(FaultKind.ForeignData) > 0);
        Assert.True(run.Probes.HasFlag(CoverageProbe.ForeignDataRefused), $"seed {seed} drew ForeignData but no node refused a foreign folder");
    }
}
