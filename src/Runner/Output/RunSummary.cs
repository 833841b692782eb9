using System.Globalization;
using Io.Cucumber.Messages.Types;
using Specs.Runner.Reporting;

namespace Specs.Runner.Output;

/// <summary>
/// The summary after a run, read from the message stream: parse errors, failures with file:line and error,
/// undefined steps with snippets, flaky scenarios, the ten slowest, unused step definitions, counts, times,
/// the notes (the coverage line), and as the very last line `N passed, N failed` (", N skipped" when some
/// were skipped or never ran).
/// </summary>
public static class RunSummary
{
    public const int SlowestShown = 10;

    /// <summary>Lines of an error shown per failure; the full text is in the reports.</summary>
    public const int ErrorLinesShown = 12;

    /// <param name="output">Where the summary goes.</param>
    /// <param name="digest">The run's outcomes, read from the stream.</param>
    /// <param name="envelopes">The stream (for undefined steps' snippets).</param>
    /// <param name="selectedCount">Scenarios selected; those that never ran count as skipped.</param>
    /// <param name="wallTime">The run's wall time, shown against the summed scenario time.</param>
    /// <param name="workers">Workers that ran scenarios.</param>
    /// <param name="reportPaths">Every report written, listed for the reader.</param>
    /// <param name="notes">Lines printed before the counts (the coverage line).</param>
    /// <param name="rerunCommand">
    /// The line that tells the command running the failures again ("Rerun the failures: ./specs.sh verify @reports/rerun.txt", with the options that
    /// shaped the run), printed when something failed or did not run; null when the run wrote no rerun report.
    /// </param>
    /// <param name="partialSelection">
    /// Why the run covers part of the corpus, completing "this run …" ("selects paths specs/holds", "was interrupted"): then unused step
    /// definitions are only counted; null for the whole corpus.
    /// </param>
    /// <param name="dryRun">A dry run: its scenarios only matched their steps, so their times are no measure of anything and the slowest are not listed.</param>
    /// <param name="runFailures">Failures of the run as a whole (a coverage gap under --require-coverage), named by a note and counted on the last line.</param>
    public static void Print(
        TextWriter output, RunDigest digest, IReadOnlyList<Envelope> envelopes, int selectedCount, TimeSpan wallTime, int workers, IReadOnlyList<string> reportPaths,
        IReadOnlyList<string>? notes = null, string? rerunCommand = null, string? partialSelection = null, bool dryRun = false, int runFailures = 0)
    {
        var outcomes = digest.TestCases;
        foreach (var error in digest.ParseErrors)
        {
            var column = error.Source.Location?.Column is { } at ? $":{at}" : string.Empty;
            output.WriteLine($"Parse error: {error.Source.Uri}:{error.Source.Location?.Line}{column}: {GherkinParseErrorText.Describe(error.Message)}");
        }

        var failures = outcomes.Where(outcome => outcome.Failed).ToList();
        if (failures.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Failures:");
            var number = 0;
            foreach (var outcome in failures)
            {
                PrintFailure(output, ++number, outcome, digest);
            }
        }

        var suggestions = envelopes.Where(envelope => envelope.Suggestion is not null).Select(envelope => envelope.Suggestion).ToList();
        if (suggestions.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Undefined steps: paste these into a [Binding] class and fill them in:");
            foreach (var snippet in suggestions.SelectMany(suggestion => suggestion.Snippets).Select(snippet => snippet.Code).Distinct(StringComparer.Ordinal))
            {
                output.WriteLine();
                output.Write(Indent(snippet, "    "));
            }
        }

        var flaky = outcomes.Where(outcome => outcome.Flaky).ToList();
        if (flaky.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Flaky (passed only on a retry):");
            foreach (var outcome in flaky)
            {
                output.WriteLine($"  {outcome.Location}  {outcome.Last.Pickle.Name}  (passed on attempt {outcome.Attempts.Count})");
            }
        }

        var slowest = outcomes.OrderByDescending(outcome => outcome.Last.Duration).ThenBy(outcome => outcome.Location, StringComparer.Ordinal).Take(SlowestShown).ToList();
        if (!dryRun && slowest.Count > 0 && slowest[0].Last.Duration > TimeSpan.Zero)
        {
            output.WriteLine();
            output.WriteLine("Slowest scenarios:");
            foreach (var outcome in slowest)
            {
                output.WriteLine($"  {Seconds(outcome.Last.Duration),9}  {outcome.Location}  {outcome.Last.Pickle.Name}");
            }
        }

        var unused = digest.UnusedStepDefinitions.ToList();
        if (unused.Count > 0 && outcomes.Count > 0 && partialSelection is not null)
        {
            output.WriteLine();
            output.WriteLine($"{Counted.Of(unused.Count, "step definition", "step definitions")} unused by these scenarios (listed when the whole corpus runs; this run {partialSelection})");
        }
        else if (unused.Count > 0 && outcomes.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Step definitions no scenario used:");
            foreach (var definition in unused)
            {
                var method = definition.SourceReference.JavaMethod;
                output.WriteLine($"  \"{definition.Pattern.Source}\"  {method?.ClassName}.{method?.MethodName}");
            }
        }

        output.WriteLine();
        var byStatus = outcomes.GroupBy(outcome => outcome.Status).OrderBy(group => Execution.StatusOrder.Severity(group.Key))
            .Select(group => $"{group.Count()} {group.Key.ToString().ToLowerInvariant()}");
        var statuses = string.Join(", ", byStatus.Concat(flaky.Count > 0 ? [$"{flaky.Count} flaky"] : []));
        // A feature file that did not parse counts as one failure on the last line; this line says where that failure is.
        var unparsed = digest.ParseErrors.Select(error => error.Source.Uri).Distinct(StringComparer.Ordinal).Count();
        output.WriteLine($"{outcomes.Count} scenario{(outcomes.Count == 1 ? "" : "s")} run of {selectedCount} selected, {digest.PickleCount} parsed{(statuses.Length > 0 ? $" ({statuses})" : "")}"
            + (unparsed > 0 ? $"; {Counted.Of(unparsed, "feature file", "feature files")} did not parse" : string.Empty));
        var summed = TimeSpan.FromTicks(outcomes.Sum(outcome => outcome.Attempts.Sum(attempt => attempt.Duration.Ticks)));
        output.WriteLine($"Wall time {Seconds(wallTime)}, summed scenario time {Seconds(summed)} on {workers} worker{(workers == 1 ? "" : "s")}");
        if (digest.RunFinished?.Message is { } message)
        {
            output.WriteLine($"Run: {message}");
        }

        foreach (var path in reportPaths)
        {
            output.WriteLine($"Report: {path}");
        }

        if ((failures.Count > 0 || digest.ParseErrors.Count > 0 || outcomes.Count < selectedCount) && rerunCommand is not null)
        {
            output.WriteLine(rerunCommand);
        }

        foreach (var note in notes ?? [])
        {
            output.WriteLine(note);
        }

        // Only a pass is a pass: with --no-strict an undefined or pending scenario does not fail the run, and is counted
        // with the skipped ones, as the line above names it.
        var passed = outcomes.Count(outcome => outcome.Passed);
        var failed = failures.Count + unparsed + runFailures;
        var skipped = outcomes.Count(outcome => outcome.Skipped) + (selectedCount - outcomes.Count);
        output.WriteLine(skipped > 0 ? $"{passed} passed, {failed} failed, {skipped} skipped" : $"{passed} passed, {failed} failed");
    }

    private static void PrintFailure(TextWriter output, int number, TestCaseOutcome outcome, RunDigest digest)
    {
        var attempt = outcome.Last;
        output.WriteLine();
        output.WriteLine($"{number}) {outcome.Location}  {attempt.Pickle.Name}{(outcome.Attempts.Count > 1 ? $"  (after {outcome.Attempts.Count} attempts)" : "")}");
        var pickleSteps = attempt.Pickle.Steps.ToDictionary(step => step.Id, StringComparer.Ordinal);
        foreach (var testStep in attempt.TestCase.TestSteps)
        {
            var result = attempt.StepResults.GetValueOrDefault(testStep.Id);
            if (result is null || result.Status is TestStepResultStatus.PASSED or TestStepResultStatus.SKIPPED)
            {
                continue;
            }

            string what;
            if (testStep.PickleStepId is { } stepId && pickleSteps.TryGetValue(stepId, out var pickleStep))
            {
                var line = attempt.Document.Step(pickleStep)?.Location.Line;
                what = $"{attempt.Document.Step(pickleStep)?.Keyword.Trim()} {pickleStep.Text}  ({attempt.Pickle.Uri}:{line})";
            }
            else
            {
                var hook = testStep.HookId is { } hookId ? digest.Hooks.GetValueOrDefault(hookId) : null;
                var kind = hook?.Type == HookType.AFTER_TEST_CASE ? "After hook" : "Before hook";
                what = $"{kind} {hook?.SourceReference.JavaMethod?.ClassName}.{hook?.Name}";
            }

            output.WriteLine($"   {result.Status.ToString().ToLowerInvariant()}: {what}");
            if (result.Message is { } message)
            {
                // Frames of Reqnroll and reflection say nothing about the scenario; the reports keep them.
                var lines = message.Split('\n').Where(line => !IsMachineryFrame(line)).ToArray();
                output.Write(Indent(string.Join('\n', lines.Take(ErrorLinesShown)), "     "));
                if (lines.Length > ErrorLinesShown)
                {
                    output.WriteLine($"     ... ({lines.Length - ErrorLinesShown} more lines in the reports)");
                }
            }
        }
    }

    private static bool IsMachineryFrame(string line)
    {
        var trimmed = line.TrimStart();
        // The runner's own call into a step definition (Execution.Glue) stands where Reqnroll's binding invoker would.
        return trimmed.StartsWith("at Reqnroll.", StringComparison.Ordinal) || trimmed.StartsWith("at Specs.Runner.Execution.", StringComparison.Ordinal)
            || trimmed.StartsWith("at System.Reflection.", StringComparison.Ordinal)
            || trimmed.StartsWith("at InvokeStub_", StringComparison.Ordinal) || trimmed.StartsWith("--- End of stack trace", StringComparison.Ordinal)
            || trimmed.StartsWith("at System.Runtime.", StringComparison.Ordinal) || trimmed.StartsWith("at System.Threading.", StringComparison.Ordinal);
    }

    private static string Indent(string text, string prefix) =>
        string.Concat(text.TrimEnd('\n').Split('\n').Select(line => prefix + line.TrimEnd('\r') + "\n"));

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";
}
