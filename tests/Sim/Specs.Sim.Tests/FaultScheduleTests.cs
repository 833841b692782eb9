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

    [Theory]
    [InlineData("{ \"Seed\": \"x\" }", "not a fault schedule: at $.Seed, line 1, column 14: expected a whole number")]
    [InlineData("[1, 2]", "not a fault schedule: line 1, column 2: expected a JSON object")]
    [InlineData("{ \"Faults\": [] }", "not a fault schedule: line 1, column 17: the required \"Seed\" is missing")]
    [InlineData("{ \"Seed\": 1,\n \"Faults\": [{ \"Kind\": \"Nope\" }] }", "not a fault schedule: at $.Faults[0].Kind, line 2, column 29: expected the name of a fault kind, a string, one of MessageDrop, ")]
    [InlineData("{ \"Seed\": 1,\n \"Faults\": [{ \"Kind\": 5 }] }", "not a fault schedule: at $.Faults[0].Kind, line 2, column 24: expected the name of a fault kind, a string, one of MessageDrop, ")]
    [InlineData("", "not a fault schedule: line 1, column 1: there is no JSON in it (an empty file?)")]
    [InlineData("{ \"Seed\": 1, \"Faults\": [", "the JSON ends before every object and list in it is closed")]
    public void A_malformed_schedule_is_refused_saying_where_and_what_in_words_not_dotnet_types(string json, string expected)
    {
        var problem = Assert.Throws<FormatException>(() => FaultSchedule.FromJson(json));

        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Specs.Sim", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"Seed\": 1, \"Faults\": null }", "\"Faults\" must be a list")]
    [InlineData("{ \"Seed\": 1, \"Faults\": [null] }", "fault 1 is null")]
    [InlineData("{ \"Seed\": 1, \"Faults\": [{ \"Kind\": \"Crash\", \"At\": -100, \"Node\": 0 }] }", "fault 1 (Crash at -100")]
    [InlineData("{ \"Seed\": 1, \"Faults\": [{ \"Kind\": \"Pause\", \"At\": 5, \"Node\": 0, \"Duration\": -1 }] }", "fault 1 (Pause at 5")]
    [InlineData("{ \"Seed\": 1, \"Faults\": [], \"NodeCount\": 0 }", "\"NodeCount\" must be between 3 and 9, as --nodes, not 0")]
    [InlineData("{ \"Seed\": 1, \"Faults\": [], \"NodeCount\": 99 }", "\"NodeCount\" must be between 3 and 9, as --nodes, not 99")]
    [InlineData("{ \"Seed\": 1, \"Faults\": [], \"NodeCount\": 2 }", "\"NodeCount\" must be between 3 and 9, as --nodes, not 2")]
    [InlineData("{ \"Seed\": 1, \"Faults\": [], \"ClientCount\": -1 }", "\"ClientCount\", \"ChaosTicks\" and \"ClientCommandLimits\" must be 0 or more")]
    public void A_schedule_no_run_could_have_written_is_refused_naming_what_is_wrong(string json, string expected)
    {
        // These crashed the replay from inside the event loop (time going back) instead of naming the entry.
        var problem = Assert.Throws<FormatException>(() => FaultSchedule.FromJson(json));

        Assert.StartsWith("not a fault schedule", problem.Message, StringComparison.Ordinal);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schedule_recorded_for_another_seed_is_refused()
    {
        var schedule = new FaultSchedule { Seed = 5, Faults = [] };

        Assert.Throws<ArgumentException>(() => ClusterSimulation.Run(6, new SimulationRunOptions { Schedule = schedule }));
    }
}
