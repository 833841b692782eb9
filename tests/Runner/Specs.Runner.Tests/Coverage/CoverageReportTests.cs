using System.Text.Json.Nodes;
using Specs.Inventory.Scenarios;
using Specs.Runner.LivingDocs;
using Specs.Runner.Reporting;
using Specs.Runner.Reporting.Coverage;
using Specs.Runner.Targets;
using Specs.Runner.Tests.Support;

namespace Specs.Runner.Tests.Coverage;

/// <summary>coverage.md/.json end to end: what each scenario's Then steps asserted, credited per rule, command, event and error.</summary>
[Collection(RunnerCollection.Name)]
public sealed class CoverageReportTests
{
    private const string Fixture = "Fixtures/coverage/coverage.feature";
    private const string Rules = "Fixtures/coverage/rules.md";
    private const string Asserted = "Fixtures/coverage/coverage.feature:5";
    private const string Refused = "Fixtures/coverage/coverage.feature:10";
    private const string Unasserted = "Fixtures/coverage/coverage.feature:17";

    [Fact]
    public async Task Each_item_lists_the_scenarios_whose_Then_steps_asserted_it()
    {
        var run = await FixtureRun.RunAsync(Fixture, "--rules", Rules);

        Assert.Equal(0, run.ExitCode);
        var coverage = Json(run);
        Assert.Equal([Asserted, Refused], Scenarios(coverage, "rules", "R-14.1"));
        Assert.Equal([Asserted, Refused, Unasserted], Scenarios(coverage, "commands", "CreateReason"));
        Assert.Equal([Asserted], Scenarios(coverage, "events", "ReasonCreated"));
        Assert.Equal([Refused], Scenarios(coverage, "errors", "NameAlreadyUsed"));
    }

    [Fact]
    public async Task A_rule_command_event_or_error_no_scenario_asserts_is_a_gap_listed_first()
    {
        // As a run of the whole corpus: selecting the fixture file alone is a partial run, which leaves the areas it did not
        // select out of the gaps (A_run_of_part_of_the_corpus_...).
        var run = await FixtureRun.RunAsync(options => options with { NarrowedTo = null }, Fixture, "--rules", Rules);

        var coverage = Json(run);
        var gaps = coverage["gapList"]!.AsArray().Select(gap => $"{gap!["kind"]} {gap["id"]}").ToList();
        Assert.Contains("rule R-14.2", gaps);
        Assert.Contains("command CreateProduct", gaps);
        Assert.Contains("event ProductCreated", gaps);
        Assert.Contains("error UnknownProduct", gaps);
        Assert.DoesNotContain("rule R-14.1", gaps);
        Assert.DoesNotContain("rule R-14.3", gaps.Concat(coverage["rules"]!.AsArray().Select(rule => $"rule {rule!["id"]}")));
        var total = 2 + SystemVocabulary.Commands.Count + SystemVocabulary.Events.Count + SystemVocabulary.Errors.Count;
        Assert.Equal(total, coverage["total"]!.GetValue<int>());
        Assert.Equal(4, coverage["exercised"]!.GetValue<int>()); // R-14.1, CreateReason, ReasonCreated, NameAlreadyUsed
        Assert.Equal(total - 4, gaps.Count);
        var markdown = run.OutputFile("coverage.md");
        Assert.True(markdown.IndexOf("## Gaps", StringComparison.Ordinal) < markdown.IndexOf("## Rules", StringComparison.Ordinal));
        Assert.Contains("| rule | R-14.2: A rule no fixture scenario is tagged with. | no scenario is tagged with it |", markdown);
    }

    [Fact]
    public async Task An_event_that_happened_but_no_Then_step_asserted_is_a_gap()
    {
        var run = await FixtureRun.RunAsync(Fixture, "--rules", Rules, "--tags", "@unasserted");

        var coverage = Json(run);
        var reasonCreated = Item(coverage, "events", "ReasonCreated");
        Assert.Empty(reasonCreated["scenarios"]!.AsArray());
        Assert.Equal([Unasserted], reasonCreated["unasserted"]!.AsArray().Select(scenario => scenario!["scenario"]!.GetValue<string>()));
        Assert.Contains("event ReasonCreated", coverage["gapList"]!.AsArray().Select(gap => $"{gap!["kind"]} {gap["id"]}"));
        Assert.Equal([Unasserted], Scenarios(coverage, "commands", "CreateReason"));
        Assert.Contains($"| event | ReasonCreated | happened in 1 scenario whose Then steps did not assert it: {Unasserted} |", run.OutputFile("coverage.md"));
    }

    [Fact]
    public async Task Asserting_that_nothing_was_recorded_is_recorded_as_no_events_and_a_refusal_by_its_error()
    {
        var run = await FixtureRun.RunAsync(Fixture, "--rules", Rules, "--name", "refused");

        var record = run.Envelopes.Select(envelope => envelope.Attachment).Single(attachment => attachment?.FileName == ScenarioHostTarget.RecordFileName)!;
        var then = JsonNode.Parse(record.Body)!["then"]!.AsArray();
        Assert.Equal("NameAlreadyUsed", then[0]!["error"]!.GetValue<string>());
        Assert.Null(then[0]!["events"]);
        Assert.Empty(then[1]!["events"]!.AsArray());
        Assert.Null(then[1]!["error"]);
        Assert.Equal(["R-14.1"], JsonNode.Parse(record.Body)!["rules"]!.AsArray().Select(rule => rule!.GetValue<string>()));
    }

    [Fact]
    public async Task A_rule_tag_the_rules_file_does_not_list_is_named_but_is_not_a_gap()
    {
        var run = await FixtureRun.RunAsync(Fixture, "--rules", Rules);

        var unknown = Assert.Single(Json(run)["unknownRuleTags"]!.AsArray())!;
        Assert.Equal("R-99.1", unknown["rule"]!.GetValue<string>());
        Assert.Contains("| @R-99.1 | " + Unasserted + " |", run.OutputFile("coverage.md"));
    }

    [Fact]
    public async Task The_console_prints_one_coverage_line_before_the_last_line()
    {
        var run = await FixtureRun.RunAsync(options => options with { NarrowedTo = null }, Fixture, "--rules", Rules);

        var lines = run.Output.TrimEnd('\n').Split('\n');
        var coverage = Json(run);
        var markdownPath = Path.Combine(run.OutputDirectory, "coverage.md");
        Assert.Equal($"coverage: {coverage["exercised"]} of {coverage["total"]} rules, commands, events and errors exercised ({coverage["gaps"]} gaps: see {markdownPath})", lines[^2]);
        Assert.Equal("3 passed, 0 failed", lines[^1]);
    }

    [Fact]
    public async Task A_run_of_part_of_the_corpus_says_what_it_covers_and_counts_other_areas_not_in_this_run_rather_than_gaps()
    {
        var run = await FixtureRun.RunAsync(Fixture, "--rules", Rules);

        var coverage = Json(run);
        var gaps = coverage["gapList"]!.AsArray().Select(gap => $"{gap!["kind"]} {gap["id"]}").ToList();
        var markdown = run.OutputFile("coverage.md");
        var (total, exercised, gapCount, notInRun) = (coverage["total"]!.GetValue<int>(), coverage["exercised"]!.GetValue<int>(), coverage["gaps"]!.GetValue<int>(), coverage["notInRun"]!.GetValue<int>());
        Assert.Equal($"This run covers part of Coverage only (it selects paths {Fixture}).", coverage["scope"]!.GetValue<string>());
        // The fixture's folder is no area of the system: what its scenarios did not touch is not in this run, what they did is in it.
        Assert.DoesNotContain("rule R-14.2", gaps);
        Assert.DoesNotContain("command CreateProduct", gaps);
        Assert.True(Item(coverage, "commands", "CreateProduct")["notInRun"]!.GetValue<bool>());
        Assert.Null(Item(coverage, "rules", "R-14.1")["notInRun"]);
        Assert.Equal(total, exercised + gapCount + notInRun);
        Assert.Contains($"**This run covers part of Coverage only (it selects paths {Fixture}).**", markdown);
        Assert.Contains("| R-14.2 | Area 14 — Reference data | not in this run |", markdown);
        Assert.Equal($"coverage: {exercised} of {total - notInRun} rules, commands, events and errors of the areas this run covers exercised "
            + $"({gapCount} gaps, {notInRun} not in this run: see {Path.Combine(run.OutputDirectory, "coverage.md")})", run.Output.TrimEnd('\n').Split('\n')[^2]);
    }

    [Fact]
    public async Task Require_coverage_fails_a_run_whose_scenarios_all_passed_when_a_gap_exists()
    {
        var run = await FixtureRun.RunAsync(Fixture, "--rules", Rules, "--require-coverage");

        // The gap is a failure of the run, counted on the last line, which a CI log is read by.
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("3 passed, 1 failed", run.LastLine);
        Assert.EndsWith("; --require-coverage fails the run", run.Output.TrimEnd('\n').Split('\n')[^2]);
        // Asked of a partial run, it still wants everything covered: the report is not scoped to the selected areas.
        Assert.Null(Json(run)["scope"]);
    }

    [Fact]
    public async Task The_report_is_rebuilt_from_the_ndjson_alone()
    {
        var run = await FixtureRun.RunAsync(Fixture, "--rules", Rules, "--retry", "1");

        var envelopes = NdjsonReport.Read(File.ReadAllText(Path.Combine(run.OutputDirectory, "cucumber.ndjson")));
        var digest = new RunDigest(envelopes, strict: true);
        var universe = new CoverageUniverse(
            RuleCatalog.Load(Path.Combine(FixtureRun.BaseDirectory, Rules), Rules), SystemVocabulary.Commands, SystemVocabulary.Events, SystemVocabulary.Errors);

        // The stream says the run selected part of the corpus: the rebuilt report is scoped the same way.
        var rebuilt = CoverageReport.Build(CoverageReport.Evidence(envelopes, digest), universe, RunScope.ForCoverage(envelopes, universe.Rules));
        Assert.NotNull(rebuilt.Scope);

        Assert.Equal(run.OutputFile("coverage.json"), CoverageReport.RenderJson(rebuilt));
        Assert.Equal(run.OutputFile("coverage.md"), CoverageReport.RenderMarkdown(rebuilt));
    }

    [Fact]
    public async Task A_dry_run_asserts_nothing_and_writes_no_coverage_report()
    {
        var run = await FixtureRun.RunAsync(Fixture, "--rules", Rules, "--dry-run", "--require-coverage");

        Assert.Equal(0, run.ExitCode);
        Assert.False(run.HasOutputFile("coverage.md"));
        Assert.Contains("\ncoverage: not judged in a dry run (no scenario ran), so --require-coverage does not apply\n", run.Output);
    }

    [Fact]
    public async Task A_missing_rules_file_is_a_usage_error_naming_it()
    {
        var run = await FixtureRun.RunAsync(Fixture, "--rules", "Fixtures/coverage/nowhere.md");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("specs: the rules file Fixtures/coverage/nowhere.md does not exist", line);
    }

    [Fact]
    public async Task A_rules_file_without_a_rule_table_is_a_usage_error()
    {
        var run = await FixtureRun.RunAsync(Fixture, "--rules", "Fixtures/coverage/coverage.feature");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("specs: Fixtures/coverage/coverage.feature: no rule table found", run.Error);
    }

    private static JsonObject Json(FixtureRun run) => JsonNode.Parse(run.OutputFile("coverage.json"))!.AsObject();

    private static JsonObject Item(JsonObject coverage, string kind, string id) =>
        coverage[kind]!.AsArray().Single(item => item!["id"]!.GetValue<string>() == id)!.AsObject();

    private static List<string> Scenarios(JsonObject coverage, string kind, string id) =>
        Item(coverage, kind, id)["scenarios"]!.AsArray().Select(scenario => scenario!["scenario"]!.GetValue<string>()).ToList();
}
