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

    public static TheoryData<SeededBugs> EveryBug => [.. NegativeSuite.Bugs];

    [Theory]
    [MemberData(nameof(EveryBug))]
    public void Shrinking_never_gives_any_client_more_commands_than_the_failing_run(SeededBugs bug)
    {
        var caught = NegativeSuite.Hunt(bug, 1, MaxSeeds);
        Assert.True(caught.Caught);
        var failing = ClusterSimulation.Run(caught.CaughtBySeed!.Value, new SimulationRunOptions { Bugs = bug });

        var outcome = ScheduleShrinker.Shrink(failing, bug, MaxRuns);

        Assert.True(outcome.MinimalResult.RequestsIssued <= failing.RequestsIssued,
            $"{bug}: {failing.RequestsIssued} commands before shrinking, {outcome.MinimalResult.RequestsIssued} after");
        var before = ScheduleShrinker.CommandsPerClient(failing);
        var after = ScheduleShrinker.CommandsPerClient(outcome.MinimalResult);
        Assert.All(after.Select((count, client) => (count, client)), pair => Assert.True(pair.count <= before[pair.client]));
        Assert.Equal(before, outcome.Minimal.ClientCommandLimits);
    }

    [Fact]
    public void A_schedule_capped_at_a_runs_own_command_counts_replays_that_run_exactly()
    {
        var seeded = ClusterSimulation.Run(7);
        var capped = seeded.Schedule with { ClientCommandLimits = ScheduleShrinker.CommandsPerClient(seeded) };

        var replayed = ClusterSimulation.Run(7, new SimulationRunOptions { Schedule = FaultSchedule.FromJson(capped.ToJson()) });

        Assert.Equal(seeded.TraceHash, replayed.TraceHash);
        Assert.Equal(seeded.RequestsIssued, replayed.RequestsIssued);
    }

    [Fact]
    public void Command_caps_bound_each_client_and_a_client_past_the_list_issues_nothing()
    {
        var seeded = ClusterSimulation.Run(7);
        Assert.True(seeded.Configuration.ClientCount >= 2);
        var schedule = seeded.Schedule with { ClientCommandLimits = [2] };

        var replayed = ClusterSimulation.Run(7, new SimulationRunOptions { Schedule = schedule });

        var counts = ScheduleShrinker.CommandsPerClient(replayed);
        Assert.Equal(2, counts[0]);
        Assert.All(counts.Skip(1), count => Assert.Equal(0, count));
    }

    [Fact]
    public void A_schedule_written_before_command_caps_existed_loads_uncapped()
    {
        var json = """{ "Seed": 7, "Faults": [], "ClientCount": 1 }""";

        var schedule = FaultSchedule.FromJson(json);

        Assert.Null(schedule.ClientCommandLimits);
        Assert.Null(schedule.CommandLimit(0));
    }
}
