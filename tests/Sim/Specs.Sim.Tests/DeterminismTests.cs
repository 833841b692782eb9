using Specs.Sim.Cluster;

namespace Specs.Sim.Tests;

public sealed class DeterminismTests
{
    [Theory]
    [InlineData(2UL)]
    [InlineData(7UL)]
    public void A_seed_run_twice_is_the_same_run_event_for_event(ulong seed)
    {
        var report = DeterminismCheck.Run(seed);

        Assert.True(report.IsDeterministic, report.ToString());
        Assert.True(report.Events > 100);
        Assert.Empty(report.Violations);
    }

    [Fact]
    public void A_deterministic_seed_that_breaks_an_invariant_says_which()
    {
        // Seed 9 with a follower that skips events: the same run twice, and a broken invariant both times.
        var report = DeterminismCheck.Run(9, new SimulationRunOptions { Bugs = Specs.Inventory.Replication.SeededBugs.FollowerSkipsEvent });

        Assert.True(report.IsDeterministic, report.ToString());
        Assert.NotEmpty(report.Violations);
    }

    [Fact]
    public void Different_seeds_give_different_runs()
    {
        Assert.NotEqual(ClusterSimulation.Run(3).TraceHash, ClusterSimulation.Run(4).TraceHash);
    }

    [Fact]
    public void The_determinism_check_names_the_first_divergent_event()
    {
        var run = ClusterSimulation.Run(3, new SimulationRunOptions { RecordTrace = true });
        var altered = run.Trace.ToList();
        altered[40] = altered[40] with { Description = altered[40].Description + " (changed)", HashAfter = altered[40].HashAfter ^ 1 };

        var report = DeterminismCheck.Compare(3, run.Trace, altered, run.TraceHash, run.TraceHash ^ 1);

        Assert.False(report.IsDeterministic);
        Assert.Equal(41, report.FirstDivergence!.Value.First!.Number);
        Assert.Contains("event 41", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_driven_by_its_recorded_schedule_is_the_same_run()
    {
        var seeded = ClusterSimulation.Run(2);
        var schedule = FaultSchedule.FromJson(seeded.Schedule.ToJson());

        var replayed = ClusterSimulation.Run(2, new SimulationRunOptions { Schedule = schedule });

        Assert.NotEmpty(schedule.Faults);
        Assert.Equal(seeded.TraceHash, replayed.TraceHash);
        Assert.Equal(seeded.Events, replayed.Events);
    }

    [Fact]
    public void A_schedule_without_its_faults_runs_a_calmer_run_of_the_same_seed()
    {
        var seeded = ClusterSimulation.Run(2);
        var empty = new FaultSchedule { Seed = 2, Faults = [] };

        var calm = ClusterSimulation.Run(2, new SimulationRunOptions { Schedule = empty });

        Assert.True(calm.Passed, string.Join("; ", calm.Violations));
        Assert.Empty(calm.Schedule.Faults);
        Assert.Equal(0, calm.Crashes);
        Assert.NotEqual(seeded.TraceHash, calm.TraceHash);
    }
}
