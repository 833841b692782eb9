using Specs.Sim.Cluster;

namespace Specs.Sim.Tests;

/// <summary>The swarm on the real protocol: fixed seeds, fixed counts; any failure names its seed.</summary>
public sealed class SwarmTests
{
    private const int SwarmSeeds = 16;

    [Fact]
    public void Every_seed_of_the_swarm_passes_every_invariant_and_the_batch_reaches_every_coverage_probe()
    {
        var probes = CoverageProbe.None;
        var failures = new List<string>();
        for (ulong seed = 1; seed <= SwarmSeeds; seed++)
        {
            var result = ClusterSimulation.Run(seed);
            probes |= result.Probes;
            if (!result.Passed)
            {
                failures.Add($"seed {seed} ({result.Configuration.Describe()}): {result.Violations[0]} -- reproduce: ./specs.sh replay --seed {seed}");
            }

            Assert.True(result.RequestsIssued > 0, $"seed {seed} issued no request");
        }

        Assert.Empty(failures);
        Assert.Equal(CoverageProbe.All, probes);
    }

    [Fact]
    public void Every_acknowledged_request_is_answered_and_the_cluster_elects_a_leader_without_faults()
    {
        var result = ClusterSimulation.Run(7, new SimulationRunOptions
        {
            Adjust = configuration => configuration with { Nemeses = [], FaultPointsOn = false, DropRate = 0, DelayRate = 0, DuplicateRate = 0 },
        });

        Assert.True(result.Passed, string.Join("; ", result.Violations));
        Assert.Equal(result.RequestsIssued, result.RequestsAnswered);
        Assert.Equal(1, result.LeadersElected);
        Assert.Empty(result.Schedule.Faults);
    }
}
