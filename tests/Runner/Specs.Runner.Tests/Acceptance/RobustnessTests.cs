using Io.Cucumber.Messages.Types;
using Specs.Runner.Tests.Bindings;
using Specs.Runner.Tests.Support;

namespace Specs.Runner.Tests.Acceptance;

/// <summary>Bad input and misbehaving steps: each fails only what it should, with a clear message.</summary>
[Collection(RunnerCollection.Name)]
public sealed class RobustnessTests
{
    [Fact]
    public async Task A_feature_that_does_not_parse_is_reported_and_the_others_still_run()
    {
        var run = await FixtureRun.RunAsync("Fixtures/parse");

        var parseError = Assert.Single(run.Envelopes, envelope => envelope.ParseError is not null).ParseError;
        Assert.Equal("Fixtures/parse/broken.feature", parseError.Source.Uri);
        Assert.Equal(5, parseError.Source.Location!.Line);
        Assert.Contains("expected:", parseError.Message);
        Assert.Contains(run.Envelopes, envelope => envelope.Source?.Uri == "Fixtures/parse/broken.feature");
        Assert.Equal(TestStepResultStatus.PASSED, run.StatusOf("Healthy"));
        Assert.Contains("Parse error: Fixtures/parse/broken.feature:5:", run.Output);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("1 passed, 1 failed", run.LastLine);
    }

    [Fact]
    public async Task A_scenario_that_passes_on_a_retry_is_flaky_not_plainly_passed()
    {
        TimingSteps.ResetFlaky();

        var run = await FixtureRun.RunAsync("Fixtures/flaky", "--retry", "2");

        var started = run.Envelopes.Where(envelope => envelope.TestCaseStarted is not null).Select(envelope => envelope.TestCaseStarted).ToList();
        var finished = run.Envelopes.Where(envelope => envelope.TestCaseFinished is not null).Select(envelope => envelope.TestCaseFinished).ToList();
        Assert.Equal([0L, 1L], started.Select(start => start.Attempt));
        Assert.Equal([true, false], finished.Select(finish => finish.WillBeRetried));
        Assert.True(run.Digest.TestCases.Single().Flaky);
        Assert.Contains("Flaky (passed only on a retry):", run.Output);
        Assert.Contains("1 flaky", run.Output);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Without_retries_the_flaky_scenario_fails()
    {
        TimingSteps.ResetFlaky();

        var run = await FixtureRun.RunAsync("Fixtures/flaky");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("0 passed, 1 failed", run.LastLine);
    }

    [Fact]
    public async Task A_hung_step_fails_only_its_scenario_after_the_timeout()
    {
        var run = await FixtureRun.RunAsync("Fixtures/hang", "--timeout", "1", "--parallel", "1");

        var hung = run.Digest.TestCases.Single(outcome => outcome.Last.Pickle.Name == "A step that never returns in time");
        Assert.Equal(TestStepResultStatus.FAILED, hung.Status);
        Assert.Contains("timed out", hung.Last.FirstProblem!.Message);
        Assert.Equal(TestStepResultStatus.PASSED, run.StatusOf("A healthy scenario after the hang"));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("1 passed, 1 failed", run.LastLine);
    }

    [Fact]
    public async Task Stopping_the_run_still_writes_the_reports_for_what_ran()
    {
        using var stop = new CancellationTokenSource();

        // The hang fixture's first scenario blocks for seconds; stopping meanwhile must not wait for it. The stop
        // comes once the hang has begun (not after a guessed delay, which a slow start-up would outlast); a run that
        // ends without reaching the hang fails the checks below.
        TimingSteps.ResetHang();
        var running = FixtureRun.RunAsync(stop.Token, "Fixtures/hang", "--parallel", "1", "--timeout", "30");
        await Task.WhenAny(TimingSteps.HangStarted, running);
        await stop.CancelAsync();
        var run = await running;

        Assert.Equal(1, run.ExitCode);
        var hung = run.Digest.TestCases.Single();
        Assert.Contains("interrupted", hung.Last.FirstProblem!.Message);
        Assert.Contains("interrupted (Ctrl+C)", run.Ndjson);
        // What the run did not reach is no verdict: no coverage gaps, no step definitions called unused.
        Assert.Contains("\ncoverage: not judged, the run was interrupted before every selected scenario ran\n", run.Output);
        Assert.False(run.HasOutputFile("coverage.md"));
        Assert.DoesNotContain("Step definitions no scenario used", run.Output);
        Assert.Matches(@"\n\d+ step definitions unused by these scenarios \(listed when the whole corpus runs; this run was interrupted\)\n", run.Output);
        Assert.Equal("0 passed, 1 failed, 1 skipped", run.LastLine);
        // The rerun file finishes the run: the interrupted scenario and the one that never started.
        Assert.Equal(2, run.Rerun.Split('\n', StringSplitOptions.RemoveEmptyEntries).Distinct().Count());
        Assert.Contains("\nRun what failed or did not start: ", run.Output);
    }
}
