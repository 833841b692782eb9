using Specs.Sim.Cluster;

namespace Specs.Sim.Tests;

public sealed class FaultScheduleTests
{
    [Fact]
    public void A_schedule_survives_a_round_trip_through_json()
    {
        var schedule = new FaultSchedule
        {
            Seed = 9,
            Faults =
            [
                new FaultEntry { Kind = FaultKind.MessageDrop, Node = 1, Peer = 2, Sequence = 17 },
                new FaultEntry { Kind = FaultKind.FaultPoint, Node = 0, Site = "leader.crash-after-append", Hit = 3 },
                new FaultEntry { Kind = FaultKind.SplitCluster, At = 1200, Mask = 0b101, Duration = 800 },
            ],
        };

        var read = FaultSchedule.FromJson(schedule.ToJson());

        Assert.Equal(schedule.Seed, read.Seed);
        Assert.Equal(schedule.Faults, read.Faults);
        Assert.Contains("\"MessageDrop\"", schedule.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_schedule_is_refused_with_a_clear_message()
    {
        var problem = Assert.Throws<FormatException>(() => FaultSchedule.FromJson("{ \"Seed\": \"x\" }"));

        Assert.StartsWith("not a fault schedule", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schedule_recorded_for_another_seed_is_refused()
    {
        var schedule = new FaultSchedule { Seed = 5, Faults = [] };

        Assert.Throws<ArgumentException>(() => ClusterSimulation.Run(6, new SimulationRunOptions { Schedule = schedule }));
    }
}
