using Specs.LivingDocs.Tests.Support;
using Specs.Runner.LivingDocs;
using Specs.Runner.Reporting;

namespace Specs.LivingDocs.Tests.Model;

/// <summary>Several shards make one site; a previous stream marks what changed; bad input is a one-line usage error.</summary>
public sealed class ShardsAndComparisonTests(FixtureSite site)
{
    [Fact]
    public async Task Two_shards_merge_into_the_site_of_the_whole_suite()
    {
        var folder = Path.Combine(site.OutputDirectory, "shards");
        var first = await FixtureSite.RunAsync("verify", "Fixtures/specs", "--shard", "1/2", "--out", Path.Combine(folder, "1"));
        var second = await FixtureSite.RunAsync("verify", "Fixtures/specs", "--shard", "2/2", "--out", Path.Combine(folder, "2"));
        var alone = DocsModelBuilder.Build([NdjsonReport.Read(File.ReadAllText(Path.Combine(folder, "1", "cucumber.ndjson")))]);

        var docs = await FixtureSite.RunAsync("docs", "--from", Path.Combine(folder, "1", "cucumber.ndjson"), "--from", Path.Combine(folder, "2", "cucumber.ndjson"), "--out", Path.Combine(folder, "site"));

        Assert.Equal((1, 0), (first.ExitCode + second.ExitCode, docs.ExitCode));
        Assert.Contains(alone.Scenarios, scenario => scenario.Status == ScenarioStatus.NotRun);
        Assert.Contains("5 scenarios: 4 passed, 1 failed, 0 flaky, 0 not run", docs.Output);
        Assert.True(File.Exists(Path.Combine(folder, "site", "index.html")));
    }

    [Fact]
    public void Comparing_with_a_previous_run_marks_new_removed_newly_failing_and_newly_fixed()
    {
        var current = DocsModelBuilder.Build([NdjsonReport.Read(File.ReadAllText(site.Ndjson))]);
        var failing = current.Scenarios.Single(scenario => scenario.Status == ScenarioStatus.Failed);
        var passing = current.Scenarios.First(scenario => scenario.Status == ScenarioStatus.Passed);
        var unchanged = current.Scenarios.Last(scenario => scenario.Status == ScenarioStatus.Passed);
        var gone = unchanged with { CompareKey = "specs/old.feature|An old rule|1", Name = "An old rule" };
        var previous = current with
        {
            Scenarios =
            [
                failing with { Status = ScenarioStatus.Passed },
                passing with { Status = ScenarioStatus.Failed },
                unchanged,
                gone,
            ],
        };

        var compared = RunComparison.Compare(current, previous, "previous.ndjson");

        var changes = compared.Scenarios.ToDictionary(scenario => scenario.Id, scenario => scenario.Change);
        Assert.Equal(ScenarioChange.NewlyFailing, changes[failing.Id]);
        Assert.Equal(ScenarioChange.NewlyFixed, changes[passing.Id]);
        Assert.Equal(ScenarioChange.None, changes[unchanged.Id]);
        Assert.Equal(current.Scenarios.Count - 3, changes.Values.Count(change => change == ScenarioChange.New));
        Assert.Equal(["An old rule"], compared.Removed.Select(removed => removed.Name));
    }

    [Fact]
    public async Task Docs_compares_two_streams_from_the_command_line()
    {
        var previousFolder = Path.Combine(site.OutputDirectory, "previous");
        var previous = await FixtureSite.RunAsync("verify", "Fixtures/specs/reference-data", "--out", previousFolder);

        var docs = await FixtureSite.RunAsync("docs", "--from", site.Ndjson, "--compare", Path.Combine(previousFolder, "cucumber.ndjson"), "--out", Path.Combine(site.OutputDirectory, "compared"));

        Assert.Equal((0, 0), (previous.ExitCode, docs.ExitCode));
        Assert.Contains(": 3 new, 0 removed, 0 newly failing, 0 newly fixed", docs.Output);
    }

    [Fact]
    public async Task A_stream_cut_short_at_a_line_is_published_with_a_note_saying_so()
    {
        var cut = Path.Combine(site.OutputDirectory, "cut.ndjson");
        await File.WriteAllLinesAsync(cut, File.ReadLines(site.Ndjson).Take(5), TestContext.Current.CancellationToken);

        var docs = await FixtureSite.RunAsync("docs", "--from", cut, "--out", Path.Combine(site.OutputDirectory, "cut-site"));

        Assert.Equal(0, docs.ExitCode);
        Assert.Contains($"Note: {cut} ends before testRunFinished: the run or the copy of the stream was cut short", docs.Output);
        Assert.DoesNotContain("ends before testRunFinished", (await FixtureSite.RunAsync("docs", "--from", site.Ndjson, "--out", Path.Combine(site.OutputDirectory, "whole-site"))).Output);
    }

    [Fact]
    public async Task A_missing_stream_is_a_usage_error_in_one_line()
    {
        var docs = await FixtureSite.RunAsync("docs", "--from", "no/such/cucumber.ndjson");

        Assert.Equal(2, docs.ExitCode);
        Assert.Equal($"specs: no message stream at no/such/cucumber.ndjson (run `{Runner.Output.Launcher.From(FixtureSite.BaseDirectory)} verify` first; it writes reports/cucumber.ndjson)", docs.Error.Trim());
    }

    [Fact]
    public async Task A_file_that_is_not_a_message_stream_is_named_with_its_line()
    {
        var path = Path.Combine(site.OutputDirectory, "not-a-stream.ndjson");
        var firstLine = File.ReadLines(site.Ndjson).First();
        await File.WriteAllTextAsync(path, firstLine + "\nnot json\n", TestContext.Current.CancellationToken);

        var docs = await FixtureSite.RunAsync("docs", "--from", path);

        Assert.Equal(2, docs.ExitCode);
        Assert.StartsWith($"specs: {path}:2 is not a Cucumber message", docs.Error.Trim());
    }
}
