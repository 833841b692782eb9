using Specs.Inventory.Replication;
using Specs.Sim.Cluster;
using Specs.Sim.Shrinking;

namespace Specs.Sim.Tests;

/// <summary>Shrinking real failing runs of seeded bugs: the minimal schedule must still fail the same invariant, and replay as it is.</summary>
public sealed class ScheduleShrinkerTests
{
    private const int MaxSeeds = 16;
    private const int MaxRuns = 120;

    [Theory]
    [InlineData(SeededBugs.RetryNotDeduplicated)]
    [InlineData(SeededBugs.LeaderAcksBeforeReplication)]
    public void A_shrunk_schedule_is_no_larger_and_still_breaks_the_same_invariant(SeededBugs bug)
    {
        var caught = NegativeSuite.Hunt(bug, 1, MaxSeeds);
        Assert.True(caught.Caught);
        var failing = ClusterSimulation.Run(caught.CaughtBySeed!.Value, new SimulationRunOptions { Bugs = bug });

        var outcome = ScheduleShrinker.Shrink(failing, bug, MaxRuns);

        Assert.True(outcome.Runs <= MaxRuns);
        Assert.True(outcome.Minimal.Faults.Count <= outcome.Original.Faults.Count);
        Assert.Equal(failing.Violations[0].Invariant, outcome.Invariant);
        var replayed = ClusterSimulation.Run(outcome.Minimal.Seed, new SimulationRunOptions { Bugs = bug, Schedule = FaultSchedule.FromJson(outcome.Minimal.ToJson()) });
        Assert.Contains(replayed.Violations, violation => violation.Invariant == outcome.Invariant);
        Assert.Equal(outcome.MinimalResult.TraceHash, replayed.TraceHash);
    }

    [Fact]
    public void Workload_overrides_of_a_schedule_change_the_run_and_survive_json()
    {
        var seeded = ClusterSimulation.Run(7);
        var schedule = seeded.Schedule with { ClientCount = 1, ChaosTicks = 1_000, NodeCount = 3 };

        var replayed = ClusterSimulation.Run(7, new SimulationRunOptions { Schedule = FaultSchedule.FromJson(schedule.ToJson()) });

        Assert.Equal(1, replayed.Configuration.ClientCount);
        Assert.Equal(1_000, replayed.Configuration.ChaosTicks);
        Assert.Equal(3, replayed.Configuration.NodeCount);
        Assert.Equal(1_000, replayed.Schedule.ChaosTicks);
    }
}
