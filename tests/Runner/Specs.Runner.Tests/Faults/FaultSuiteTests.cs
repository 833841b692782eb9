using Specs.Runner.Simulation;
using Specs.Sim.Cluster;

namespace Specs.Runner.Tests.Faults;

/// <summary>`specs faults` end to end on one seeded bug (shard 1/5 of the negative suite) and on the real code.</summary>
public sealed class FaultSuiteTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "specs-faults-" + Path.GetRandomFileName());

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void A_seeded_bug_is_caught_shrunk_reported_and_its_minimal_schedule_becomes_a_regression_case_that_holds()
    {
        var options = new FaultSuiteOptions { Seeds = 0, Negative = true, Shard = (1, 5), ShrinkRuns = 80, OutputFolder = _folder, Commit = "0123456789abcdef" };

        var report = new FaultSuite(options, TextWriter.Null).Run();
        FaultReportWriter.Write(report, _folder);

        var bug = Assert.Single(report.Negative);
        Assert.True(bug.Caught && bug.Shrunk);
        var failure = bug.Failure!;
        Assert.True(failure.MinimalFaults <= failure.OriginalFaults);
        Assert.Contains("--schedule", failure.ReproduceMinimal, StringComparison.Ordinal);
        // Run by code, the suite writes commands as the repository's documents do.
        Assert.StartsWith("./specs.sh replay --seed ", failure.ReproduceMinimal, StringComparison.Ordinal);
        Assert.Equal(TimelineRowKind.Violation, failure.Timeline.Rows[^1].Kind);
        Assert.Contains(failure.Timeline.Rows, row => row.Kind == TimelineRowKind.Message && row.From != row.To);
        var regression = RegressionCase.Read(failure.MinimalSchedule);
        Assert.True(regression.Holds(ClusterSimulation.Run(regression.Schedule.Seed, new SimulationRunOptions { Bugs = regression.Bug, Schedule = regression.Schedule })));
        Assert.Equal(1, report.Passed);
        Assert.Equal(0, report.Failed);
        foreach (var file in new[] { "faults.md", "faults.json", "faults.html" })
        {
            Assert.True(File.Exists(Path.Combine(_folder, file)), file);
        }

        // The report's first line tells the hunt, not "0 runs, 0 ms simulated".
        Assert.Contains($"1 passed, 0 failed. 1 seeded bug hunted over {(bug.SeedsRun == 1 ? "1 seed" : $"{bug.SeedsRun} seeds")}, in ", File.ReadAllText(Path.Combine(_folder, "faults.md")), StringComparison.Ordinal);

        var corpus = Path.Combine(_folder, "schedules");
        var replayed = new FaultSuite(new FaultSuiteOptions { Seeds = 0, Regressions = corpus, OutputFolder = _folder }, TextWriter.Null).Run();
        Assert.All(replayed.Runs, run => Assert.True(run.Passed, run.Kind));
        Assert.Contains(replayed.Runs, run => run.Kind.StartsWith("regression", StringComparison.Ordinal));
    }

    // Printed unquoted, a report folder with a space made the minimal reproduction fail when pasted. Installed as a
    // .NET tool (`specs faults` gives its launcher), the reproductions said ./specs.sh, a file the user does not have.
    [Fact]
    public void The_minimal_reproduction_quotes_a_schedule_path_with_a_space_and_starts_as_the_tool_was_launched()
    {
        var folder = Path.Combine(_folder, "with space");
        var options = new FaultSuiteOptions { Seeds = 0, Negative = true, Shard = (2, 5), ShrinkRuns = 40, OutputFolder = folder, Launcher = "specs" };

        var failure = Assert.Single(new FaultSuite(options, TextWriter.Null).Run().Negative).Failure!;

        Assert.EndsWith($" --schedule '{failure.MinimalSchedule}'", failure.ReproduceMinimal, StringComparison.Ordinal);
        Assert.StartsWith("specs replay --seed ", failure.ReproduceMinimal, StringComparison.Ordinal);
        Assert.StartsWith("specs replay --seed ", failure.Reproduce, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_case_in_the_regression_corpus_fails_as_itself_and_the_others_still_run()
    {
        var corpus = Path.Combine(_folder, "corpus");
        Directory.CreateDirectory(corpus);
        File.WriteAllText(Path.Combine(corpus, "a-damaged.schedule.json"), "{ \"Seed\": 1, \"Faults\": [{ \"Kind\": \"Crash\", \"At\": -100, \"Node\": 0 }] }");
        File.WriteAllText(Path.Combine(corpus, "b-fine.schedule.json"), new FaultSchedule { Seed = 3, Faults = [] }.ToJson());
        var output = new StringWriter();

        var report = new FaultSuite(new FaultSuiteOptions { Seeds = 0, Regressions = corpus, OutputFolder = _folder }, output).Run();

        Assert.Equal(["regression a-damaged.schedule.json", "regression b-fine"], report.Runs.Select(run => run.Kind));
        Assert.Equal([false, true], report.Runs.Select(run => run.Passed));
        Assert.Contains("a-damaged.schedule.json: FAILED (unreadable: ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("fault 1 (Crash at -100", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Fresh_seeds_on_the_real_code_pass_and_shards_split_them_without_overlap()
    {
        var first = new FaultSuite(new FaultSuiteOptions { Seeds = 4, SeedStart = 11, Shard = (1, 2), OutputFolder = _folder }, TextWriter.Null).Run();
        var second = new FaultSuite(new FaultSuiteOptions { Seeds = 4, SeedStart = 11, Shard = (2, 2), OutputFolder = _folder }, TextWriter.Null).Run();

        var merged = FaultReportMerge.Merge([first, second]);

        Assert.Equal(new ulong[] { 11, 12, 13, 14 }, merged.Runs.Select(run => run.Seed).Order().ToArray());
        Assert.Equal(4, merged.Passed);
        Assert.Equal(0, merged.Failed);
        Assert.Equal(["1/2", "2/2"], merged.Shards);
        var roundTripped = FaultReport.FromJson(merged.ToJson(), "merged");
        Assert.Equal(merged.Runs.Count, roundTripped.Runs.Count);
    }
}
