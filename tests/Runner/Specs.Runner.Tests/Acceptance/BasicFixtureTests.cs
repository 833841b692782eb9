using Io.Cucumber.Messages.Types;
using Specs.Runner.Output;
using Specs.Runner.Tests.Support;

namespace Specs.Runner.Tests.Acceptance;

/// <summary>The runner on the basic fixture set, judged by the canonical message stream it writes.</summary>
[Collection(RunnerCollection.Name)]
public sealed class BasicFixtureTests
{
    [Fact]
    public async Task Passing_scenarios_of_every_gherkin_construct_pass()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic/passing.feature");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("6 passed, 0 failed", run.LastLine);
        Assert.All(run.Digest.TestCases, outcome => Assert.Equal(TestStepResultStatus.PASSED, outcome.Status));
    }

    [Fact]
    public async Task Background_steps_run_before_every_scenario_and_outline_rows_become_pickles()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic/passing.feature");

        var names = run.Digest.TestCases.Select(outcome => outcome.Last.Pickle.Name).ToList();
        Assert.Equal(["Adding once", "Adding 1", "Adding 2", "Adding 10", "Summing a table", "Reading a doc string"], names);
        Assert.All(run.Digest.TestCases, outcome => Assert.Equal("the counter starts at 1", outcome.Last.Pickle.Steps[0].Text));
    }

    [Fact]
    public async Task Each_step_status_is_reported_as_cucumber_names_it()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic/statuses.feature");

        Assert.Equal(TestStepResultStatus.FAILED, run.StatusOf("A failing step"));
        Assert.Equal(TestStepResultStatus.UNDEFINED, run.StatusOf("An undefined step"));
        Assert.Equal(TestStepResultStatus.PENDING, run.StatusOf("A pending step"));
        Assert.Equal(TestStepResultStatus.AMBIGUOUS, run.StatusOf("An ambiguous step"));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("0 passed, 4 failed", run.LastLine);
    }

    [Fact]
    public async Task Steps_after_a_failure_are_skipped_and_the_failure_carries_the_error()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic/statuses.feature");

        var attempt = run.Digest.TestCases.Single(outcome => outcome.Last.Pickle.Name == "A failing step").Last;
        var statuses = attempt.TestCase.TestSteps.Select(step => attempt.StepResults[step.Id].Status).ToList();
        Assert.Equal([TestStepResultStatus.PASSED, TestStepResultStatus.FAILED, TestStepResultStatus.SKIPPED], statuses);
        Assert.Contains("expected the counter to read 5 but it reads 1", attempt.FirstProblem!.Message);
        Assert.Equal("System.InvalidOperationException", attempt.FirstProblem.Exception!.Type);
        Assert.Contains("Fixtures/basic/statuses.feature:3  A failing step", run.Output);
        // The console shows the step's own frame and not the runner's call into it (the reports keep both).
        Assert.Contains("at Specs.Runner.Tests.Bindings.CounterSteps.CounterReads(Int32 expected)", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("at Specs.Runner.Execution.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ambiguous_step_lists_every_matching_step_definition()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic/statuses.feature");

        var attempt = run.Digest.TestCases.Single(outcome => outcome.Last.Pickle.Name == "An ambiguous step").Last;
        Assert.Equal(2, attempt.TestCase.TestSteps[0].StepDefinitionIds.Count);
    }

    [Fact]
    public async Task An_undefined_step_gets_a_csharp_snippet_in_the_stream_and_the_console()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic/statuses.feature");

        var suggestion = Assert.Single(run.Envelopes, envelope => envelope.Suggestion is not null).Suggestion;
        Assert.Contains("[When(\"nobody defined {string} step with {int} words\")]", suggestion.Snippets[0].Code);
        Assert.Contains("public void WhenNobodyDefinedStepWithWords(string p0, int p1)", run.Output);
    }

    [Fact]
    public async Task Without_strict_mode_undefined_and_pending_steps_do_not_fail_the_run()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic/statuses.feature", "--name", "undefined|pending", "--no-strict");

        Assert.Equal(0, run.ExitCode);
        // Not failed, but not passed either: the last line counts them with the skipped, as the line above it names them.
        Assert.Equal("0 passed, 0 failed, 2 skipped", run.LastLine);
    }

    [Fact]
    public async Task Scenario_hooks_are_test_steps_and_a_failing_after_hook_fails_its_scenario()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic/hooks.feature");

        var hooks = run.Envelopes.Where(envelope => envelope.Hook is not null).Select(envelope => envelope.Hook).ToList();
        var around = run.Digest.TestCases.Single(outcome => outcome.Last.Pickle.Name == "Hooks run around a scenario").Last;
        var beforeHook = hooks.Single(hook => hook.Name == "RecordBefore");
        Assert.Equal(HookType.BEFORE_TEST_CASE, beforeHook.Type);
        Assert.Equal("@hooked", beforeHook.TagExpression);
        Assert.Equal(beforeHook.Id, around.TestCase.TestSteps[0].HookId);
        Assert.Equal(TestStepResultStatus.PASSED, around.Status);

        var failing = run.Digest.TestCases.Single(outcome => outcome.Last.Pickle.Name == "A failing after hook fails the scenario").Last;
        var afterStep = failing.TestCase.TestSteps[^1];
        Assert.Equal(hooks.Single(hook => hook.Name == "FailAfter").Id, afterStep.HookId);
        Assert.Equal(TestStepResultStatus.FAILED, failing.StepResults[afterStep.Id].Status);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task A_step_adds_a_json_attachment_through_the_scenario_attachments_seam()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic/hooks.feature", "--name", "JSON");

        // The step's own attachment, apart from the run-level ones (the rules, what the run selected).
        var attachment = Assert.Single(run.Envelopes, envelope => envelope.Attachment is { TestCaseStartedId: not null }).Attachment;
        Assert.Equal("application/json", attachment.MediaType);
        Assert.Equal("{\"given\":[],\"when\":\"nothing\"}", attachment.Body);
        var started = Assert.Single(run.Envelopes, envelope => envelope.TestCaseStarted is not null).TestCaseStarted;
        Assert.Equal(started.Id, attachment.TestCaseStartedId);
        Assert.NotNull(attachment.TestStepId);
    }

    [Fact]
    public async Task Every_parsed_pickle_is_in_the_stream_even_when_not_selected()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic", "--tags", "@outline and not @large");

        Assert.Equal(13, run.Envelopes.Count(envelope => envelope.Pickle is not null));
        Assert.Equal(["Adding 1", "Adding 2"], run.Digest.TestCases.Select(outcome => outcome.Last.Pickle.Name));
        Assert.Equal(3, run.Envelopes.Count(envelope => envelope.GherkinDocument is not null));
    }

    [Fact]
    public async Task A_path_with_a_line_selects_the_scenario_or_example_row_at_that_line()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic/passing.feature:8", "Fixtures/basic/passing.feature:20");

        Assert.Equal(["Adding once", "Adding 2"], run.Digest.TestCases.Select(outcome => outcome.Last.Pickle.Name));
    }

    [Fact]
    public async Task The_rerun_file_lists_failures_and_selects_exactly_them_again()
    {
        var first = await FixtureRun.RunAsync("Fixtures/basic");
        Assert.Equal(
            "Fixtures/basic/hooks.feature:9\nFixtures/basic/statuses.feature:3\nFixtures/basic/statuses.feature:8\nFixtures/basic/statuses.feature:13\nFixtures/basic/statuses.feature:16\n",
            first.Rerun);

        var second = await FixtureRun.RunAsync("@" + Path.Combine(first.OutputDirectory, "rerun.txt"));

        Assert.Equal(5, second.Digest.TestCases.Count);
        Assert.Equal("0 passed, 5 failed", second.LastLine);
    }

    [Fact]
    public async Task The_summary_names_step_definitions_that_no_scenario_used()
    {
        // As a run of the whole corpus (what specs.json configures), where an unused definition is worth a line.
        var run = await FixtureRun.RunAsync(options => options with { PartialSelection = null }, "Fixtures/basic");

        Assert.Contains("\"nothing ever calls this step\"  Specs.Runner.Tests.Bindings.CounterSteps.NeverCalled", run.Output);
        Assert.DoesNotContain("\"the counter reads {int}\"", run.Output);
    }

    [Fact]
    public async Task A_run_of_part_of_the_corpus_only_counts_the_step_definitions_it_did_not_use()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic");

        Assert.DoesNotContain("NeverCalled", run.Output);
        Assert.Matches(@"\n\d+ step definitions unused by these scenarios \(listed when the whole corpus runs; this run selects paths Fixtures/basic\)\n", run.Output);
    }

    [Fact]
    public async Task A_rerun_file_keeps_a_path_with_a_space_and_the_summary_quotes_it()
    {
        var folder = Directory.CreateTempSubdirectory("specs rerun ").FullName;
        try
        {
            var feature = Path.Combine(folder, "with space.feature");
            File.Copy(Path.Combine(FixtureRun.BaseDirectory, "Fixtures/basic/statuses.feature"), feature);
            var first = await FixtureRun.RunAsync(options => options with { Formats = new Dictionary<string, string> { ["rerun"] = Path.Combine(folder, "failed scenarios.txt") } }, feature);
            var rerun = Path.Combine(folder, "failed scenarios.txt");

            // The launcher as seen from where the run was (the fixtures' folder, below the repository root) and the
            // options that shaped the run: the pasted command runs the failures the way they failed.
            Assert.Contains($"Rerun the failures: {Launcher.From(FixtureRun.BaseDirectory)} verify --steps {typeof(FixtureRun).Assembly.Location} '@{rerun}'\n", first.Output);
            var second = await FixtureRun.RunAsync("@" + rerun);
            Assert.Equal(first.Digest.TestCases.Count(outcome => outcome.Failed), second.Digest.TestCases.Count);
            Assert.Equal(1, second.ExitCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_rerun_command_carries_the_options_that_shaped_the_run_and_not_the_selection()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic/statuses.feature", "--timeout", "30", "--fixed-clock", "2026-01-01", "--retry", "1", "--tags", "not @nothing", "--name", ".", "--parallel", "1");

        var line = Assert.Single(run.Output.Split('\n'), line => line.StartsWith("Rerun the failures: ", StringComparison.Ordinal));
        Assert.Equal(
            $"Rerun the failures: {Launcher.From(FixtureRun.BaseDirectory)} verify --steps {typeof(FixtureRun).Assembly.Location} --timeout 30 --fixed-clock 2026-01-01 --retry 1 @{Path.Combine(run.OutputDirectory, "rerun.txt")}",
            line);
    }

    [Fact]
    public async Task A_feature_file_that_did_not_parse_is_listed_for_the_rerun()
    {
        var run = await FixtureRun.RunAsync("Fixtures/parse");

        Assert.Contains("Fixtures/parse/broken.feature\n", run.Rerun);
    }

    [Fact]
    public async Task A_shard_that_takes_no_scenario_passes_and_still_writes_its_reports()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic/passing.feature:8", "--shard", "2/2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Shard 2/2 takes none of the 1 selected scenario\n", run.Output);
        Assert.Equal("0 passed, 0 failed", run.LastLine);
        Assert.True(run.HasOutputFile("cucumber.ndjson"));
    }

    [Fact]
    public async Task Fail_fast_stops_starting_scenarios_after_the_first_failure()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic/statuses.feature", "--fail-fast", "--parallel", "1");

        Assert.Single(run.Digest.TestCases);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("0 passed, 1 failed, 3 skipped", run.LastLine);
    }

    [Fact]
    public async Task A_dry_run_matches_steps_without_running_them_and_reports_undefined_ones()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic/statuses.feature", "--dry-run");

        Assert.Equal(TestStepResultStatus.SKIPPED, run.StatusOf("A failing step"));
        Assert.Equal(TestStepResultStatus.UNDEFINED, run.StatusOf("An undefined step"));
        Assert.Equal(TestStepResultStatus.AMBIGUOUS, run.StatusOf("An ambiguous step"));
        Assert.Contains("[When(\"nobody defined {string} step with {int} words\")]", run.Output);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Shards_split_the_selection_without_overlap()
    {
        var first = await FixtureRun.RunAsync("Fixtures/basic", "--shard", "1/2");
        var second = await FixtureRun.RunAsync("Fixtures/basic", "--shard", "2/2");

        var all = first.Digest.TestCases.Concat(second.Digest.TestCases).Select(outcome => outcome.Last.Pickle.Id).ToList();
        Assert.Equal(13, all.Count);
        Assert.Equal(13, all.Distinct().Count());
        Assert.Equal(7, first.Digest.TestCases.Count);
    }

    [Fact]
    public async Task A_random_order_with_a_seed_is_reproducible_and_printed()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic/passing.feature", "--order", "random:42", "--parallel", "1");

        Assert.Contains("Order: random:42 (pass --order random:42 to repeat it)", run.Output);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task A_before_test_run_hook_runs_once_and_is_in_the_stream()
    {
        var before = Bindings.RunHooks.BeforeRunCount;

        var run = await FixtureRun.RunAsync("Fixtures/basic/passing.feature");

        Assert.Equal(before + 1, Bindings.RunHooks.BeforeRunCount);
        var hook = Assert.Single(run.Envelopes, envelope => envelope.Hook?.Name == "CountRuns").Hook;
        Assert.Equal(HookType.BEFORE_TEST_RUN, hook.Type);
        var started = Assert.Single(run.Envelopes, envelope => envelope.TestRunHookStarted is not null).TestRunHookStarted;
        Assert.Equal(hook.Id, started.HookId);
        var finished = Assert.Single(run.Envelopes, envelope => envelope.TestRunHookFinished is not null).TestRunHookFinished;
        Assert.Equal(TestStepResultStatus.PASSED, finished.Result.Status);
    }
}
