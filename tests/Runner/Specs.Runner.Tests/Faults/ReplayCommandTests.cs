using Specs.Inventory.Replication;
using Specs.Runner.Simulation;
using Specs.Sim.Cluster;

namespace Specs.Runner.Tests.Faults;

/// <summary>`specs replay` end to end: what it prints and how it ends for a seed.</summary>
public sealed class ReplayCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("specs-replay-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // FollowerSkipsEvent breaks exactly-once on seed 1 with no fault at all (its minimal schedule in the corpus is empty).
    private string SeededBugSchedule()
    {
        var file = Path.Combine(_folder, "FollowerSkipsEvent-seed-1.minimal.schedule.json");
        RegressionCase.Write(file, new FaultSchedule { Seed = 1, Faults = [] }, SeededBugs.FollowerSkipsEvent, "exactly-once");
        return file;
    }

    [Fact]
    public async Task A_schedule_that_records_a_seeded_bug_replays_with_that_bug_on_without_being_told()
    {
        var output = new StringWriter();

        var exit = await SpecsCommand.RunAsync(["replay", "--seed", "1", "--schedule", SeededBugSchedule()], output, new StringWriter(), stop: TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.StartsWith("seeded bug FollowerSkipsEvent on, as the schedule records (\"Bug\")", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("[exactly-once]", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_bug_than_the_one_the_schedule_records_is_a_usage_error()
    {
        var error = new StringWriter();
        var file = SeededBugSchedule();

        var exit = await SpecsCommand.RunAsync(["replay", "--seed", "1", "--bug", "AcksUnsyncedJournal", "--schedule", file], TextWriter.Null, error, stop: TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal($"specs: --bug AcksUnsyncedJournal: the schedule {file} was recorded with the seeded bug FollowerSkipsEvent; give --bug FollowerSkipsEvent or leave --bug out", error.ToString().TrimEnd());
    }

    // A number where a name belongs threw out of JsonNode as an internal error with a stack trace.
    [Theory]
    [InlineData("\"Bug\": 5", "\"Bug\" must be the name of a seeded bug, a string such as \"FollowerSkipsEvent\", not 5")]
    [InlineData("\"Scenario\": \"a.feature:3\", \"SeedNumber\": -1", "\"SeedNumber\" must be a whole number of 0 or more, not -1")]
    [InlineData("\"ExpectInvariant\": true", "\"ExpectInvariant\" must be an invariant's name, a string such as \"exactly-once\", not true")]
    public async Task A_schedule_whose_case_fields_have_the_wrong_type_is_a_usage_error_naming_the_field(string fields, string problem)
    {
        var file = Path.Combine(_folder, "odd.schedule.json");
        File.WriteAllText(file, $"{{ \"Seed\": 1, \"Faults\": [], {fields} }}");
        var error = new StringWriter();

        var exit = await SpecsCommand.RunAsync(["replay", "--seed", "1", "--schedule", file], TextWriter.Null, error, stop: TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal($"specs: --schedule {file}: {problem}", error.ToString().TrimEnd());
    }

    // The command line stopped at --nodes 9 while a file's "NodeCount": 99 ran 99 nodes (and 0 or -1 was refused in other words).
    [Theory]
    [InlineData("99")]
    [InlineData("10")]
    [InlineData("2")]
    [InlineData("0")]
    [InlineData("-1")]
    public async Task A_schedule_whose_node_count_is_outside_the_range_of_nodes_is_a_usage_error_naming_file_field_and_range(string nodes)
    {
        var file = Path.Combine(_folder, "hand-edited.schedule.json");
        File.WriteAllText(file, $"{{ \"Seed\": 1, \"Faults\": [], \"NodeCount\": {nodes} }}");
        var error = new StringWriter();

        var exit = await SpecsCommand.RunAsync(["replay", "--seed", "1", "--schedule", file], TextWriter.Null, error, stop: TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal($"specs: --schedule {file}: not a fault schedule: \"NodeCount\" must be between 3 and 9, as --nodes, not {nodes} (a cluster needs three nodes to keep a majority through a fault)", error.ToString().TrimEnd());
    }

    [Theory]
    [InlineData(3)]
    [InlineData(9)]
    public async Task A_schedule_whose_node_count_is_at_either_end_of_the_range_replays_that_cluster(int nodes)
    {
        var file = Path.Combine(_folder, "sized.schedule.json");
        File.WriteAllText(file, $"{{ \"Seed\": 2, \"Faults\": [], \"NodeCount\": {nodes}, \"ChaosTicks\": 500 }}");
        var output = new StringWriter();

        var exit = await SpecsCommand.RunAsync(["replay", "--seed", "2", "--schedule", file], output, new StringWriter(), stop: TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Passed, exit);
        Assert.StartsWith($"seed 2: {nodes} nodes,", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_determinism_check_of_a_seed_that_breaks_an_invariant_fails_and_names_the_invariant()
    {
        var output = new StringWriter();

        var exit = await SpecsCommand.RunAsync(["replay", "--seed", "9", "--bug", "FollowerSkipsEvent", "--check-determinism"], output, new StringWriter(), stop: TestContext.Current.CancellationToken);

        var lines = output.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(1, exit);
        Assert.StartsWith("seed 9: deterministic,", lines[0]);
        Assert.StartsWith("  ", lines[1]);
        Assert.Equal("0 passed, 1 failed", lines[^1]);
    }

    [Fact]
    public async Task A_determinism_check_of_a_seed_that_holds_passes()
    {
        var output = new StringWriter();

        var exit = await SpecsCommand.RunAsync(["replay", "--seed", "2", "--check-determinism"], output, new StringWriter(), stop: TestContext.Current.CancellationToken);

        var lines = output.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(0, exit);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("seed 2: deterministic,", lines[0]);
        Assert.Equal("1 passed, 0 failed", lines[1]);
    }
}
