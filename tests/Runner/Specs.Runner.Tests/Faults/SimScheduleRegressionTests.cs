using System.Text.Json.Nodes;
using Specs.Inventory.Replication;
using Specs.Runner.Simulation;
using Specs.Runner.Tests.Support;

namespace Specs.Runner.Tests.Faults;

/// <summary>
/// A failing seed of `verify --target sim` is written as a schedule naming its scenario, and `specs faults
/// --regressions` replays that scenario with that schedule: with the seeded replica bug it still breaks the
/// invariant, without it the same schedule is green.
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class SimScheduleRegressionTests : IDisposable
{
    private const SeededBugs Bug = SeededBugs.AcksUnsyncedJournal;

    private const string Scenario = "Fixtures/host/host.feature:8";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "specs-simsched-" + Path.GetRandomFileName());

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_seed_failing_under_a_seeded_bug_is_stored_as_its_schedule_which_replays_red_with_the_bug_and_green_without()
    {
        var run = await FixtureRun.RunAsync(
            options => options with { Cluster = options.Cluster with { Bugs = Bug } },
            Scenario, "--target", "sim", "--seeds", "1", "--seed-start", "2", "--nodes", "3", "--parallel", "1", "--fixed-clock", "2026-01-01T00:00:00Z");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        var schedules = Path.Combine(run.OutputDirectory, "schedules");
        var recorded = Directory.GetFiles(schedules);
        Assert.Equal(Path.Combine(schedules, "host-L8-seed-2.schedule.json"), Assert.Single(recorded));
        Assert.Contains($"--schedule {recorded[0]}", run.Ndjson.Replace("\\\\", "\\", StringComparison.Ordinal), StringComparison.Ordinal);
        var regression = RegressionCase.Read(recorded[0]);
        Assert.Equal(Scenario, regression.Scenario);
        Assert.Equal(Bug, regression.Bug);
        Assert.NotNull(regression.ExpectInvariant);

        var withBug = Path.Combine(_folder, "with-bug");
        Directory.CreateDirectory(withBug);
        File.Copy(recorded[0], Path.Combine(withBug, Path.GetFileName(recorded[0])));
        var red = Regressions(withBug);
        var replayed = Assert.Single(red.Runs);
        Assert.True(replayed.Passed, replayed.Invariant);
        Assert.Equal(1, red.Passed);

        // The same schedule with the bug off: the fixed code must pass the scenario under exactly these faults.
        var withoutBug = Path.Combine(_folder, "without-bug");
        Directory.CreateDirectory(withoutBug);
        var node = JsonNode.Parse(File.ReadAllText(recorded[0]))!.AsObject();
        node.Remove(nameof(RegressionCase.Bug));
        node.Remove(nameof(RegressionCase.ExpectInvariant));
        File.WriteAllText(Path.Combine(withoutBug, Path.GetFileName(recorded[0])), node.ToJsonString());
        var green = Regressions(withoutBug);
        var greenRun = Assert.Single(green.Runs);
        Assert.True(greenRun.Passed);
        // The report tells what the replay simulated, as it does for a fresh seed: the scenario's command was sent and answered.
        Assert.True(greenRun.SimulatedMs > 0, $"simulated {greenRun.SimulatedMs} ms");
        Assert.True(greenRun.Commands > 0 && greenRun.CommandsAnswered == greenRun.Commands, $"{greenRun.CommandsAnswered}/{greenRun.Commands} commands answered");

        // And a case with the bug expected but no longer breaking the invariant fails: the replay can go red.
        node[nameof(RegressionCase.Bug)] = Bug.ToString();
        node[nameof(RegressionCase.ExpectInvariant)] = "no-such-invariant";
        var weakened = Path.Combine(_folder, "weakened");
        Directory.CreateDirectory(weakened);
        File.WriteAllText(Path.Combine(weakened, Path.GetFileName(recorded[0])), node.ToJsonString());
        Assert.False(Assert.Single(Regressions(weakened).Runs).Passed);
    }

    [Fact]
    public async Task A_schedule_replayed_on_another_seed_number_is_a_usage_error_that_names_both_cluster_seeds_and_the_command_that_replays_it()
    {
        var file = await RecordedScheduleAsync();
        var number = RegressionCase.Read(file).SeedNumber!.Value;

        var replay = await FixtureRun.RunAsync(Scenario, "--target", "sim", "--schedule", file, "--seed-start", (number + 100).ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Found before the run: a mistake in the command, told in one line, not a failed scenario with a stack trace.
        Assert.Equal(ExitCodes.Usage, replay.ExitCode);
        var message = Assert.Single(replay.Error.TrimEnd('\n').Split('\n'));
        var seed = RegressionCase.Read(file).Schedule.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"was recorded on {Scenario} (cluster seed {seed}), not on seed number {number + 100} of {Scenario} (cluster seed ", message, StringComparison.Ordinal);
        Assert.EndsWith($"{Specs.Runner.Output.Launcher.From(FixtureRun.BaseDirectory)} verify --target sim --schedule {file} {Scenario}", message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(replay.OutputDirectory, "cucumber.ndjson")));
    }

    [Fact]
    public async Task A_schedule_replayed_on_several_scenarios_is_a_usage_error()
    {
        var file = await RecordedScheduleAsync();

        var replay = await FixtureRun.RunAsync(Scenario.Split(':')[0], "--target", "sim", "--schedule", file);

        Assert.Equal(ExitCodes.Usage, replay.ExitCode);
        Assert.Contains("replays one seed of one scenario, and ", replay.Error, StringComparison.Ordinal);
    }

    /// <summary>The first schedule a run of the scenario with the seeded bug on records (seed number 2, 3 nodes).</summary>
    private static async Task<string> RecordedScheduleAsync()
    {
        var recorded = await FixtureRun.RunAsync(
            options => options with { Cluster = options.Cluster with { Bugs = Bug } },
            Scenario, "--target", "sim", "--seeds", "1", "--seed-start", "2", "--nodes", "3", "--parallel", "1");
        return Directory.GetFiles(Path.Combine(recorded.OutputDirectory, "schedules")).Order(StringComparer.Ordinal).First();
    }

    private FaultReport Regressions(string corpus) => new FaultSuite(
        new FaultSuiteOptions
        {
            Seeds = 0,
            Regressions = corpus,
            OutputFolder = Path.Combine(_folder, "reports", Path.GetFileName(corpus)),
            AdjustScenarioRuns = options => options with { BaseDirectory = FixtureRun.BaseDirectory, StepAssemblies = [typeof(FixtureRun).Assembly.Location], Interactive = false },
        },
        TextWriter.Null).Run();
}
