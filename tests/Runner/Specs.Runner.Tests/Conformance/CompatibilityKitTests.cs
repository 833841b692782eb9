using System.Text;
using System.Text.RegularExpressions;
using Io.Cucumber.Messages.Types;
using Specs.Runner.Reporting;
using Specs.Runner.Tests.Support;

namespace Specs.Runner.Tests.Conformance;

/// <summary>
/// Our message stream against the Cucumber Compatibility Kit's (TestData/cck), compared as a model that
/// ignores ids, timestamps, durations, source references, error texts and envelope order: the pickles, and
/// per pickle the test steps (hook or step, how many step definitions matched, captured arguments), every
/// attempt's step statuses and attachments (media type, encoding, file name, body), suggestions, the
/// parameter types the sample's steps use, undefined parameter types, and the run's success.
/// Not covered here: samples the kit has but this list does not name (docs/runner.md, "Cucumber
/// conformance", says which and why), and the samples' global step-definition and hook lists (this assembly holds every sample's).
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class CompatibilityKitTests
{
    [Theory]
    [InlineData("minimal")]
    [InlineData("backgrounds")]
    [InlineData("data-tables")]
    [InlineData("doc-strings")]
    [InlineData("examples-tables")]
    [InlineData("rules")]
    [InlineData("undefined")]
    [InlineData("pending")]
    [InlineData("skipped")]
    [InlineData("hooks")]
    [InlineData("ambiguous")]
    [InlineData("parameter-types")]
    [InlineData("retry")]
    [InlineData("unknown-parameter-type")]
    [InlineData("attachments")]
    public async Task Our_stream_matches_the_compatibility_kit(string sample)
    {
        var folder = Path.Combine("TestData", "cck", sample);
        var expected = NdjsonReport.Read(File.ReadAllText(Path.Combine(FixtureRun.BaseDirectory, folder, sample + ".ndjson")));

        // A sample that needs command-line options names them in NAME.arguments.txt (retry: "--retry 2").
        var argumentsFile = Path.Combine(FixtureRun.BaseDirectory, folder, sample + ".arguments.txt");
        string[] arguments = File.Exists(argumentsFile)
            ? File.ReadAllText(argumentsFile).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            : [];

        var run = await FixtureRun.RunAsync([Path.Combine(folder, sample + ".feature"), .. arguments]);

        Assert.Equal(Model(expected), Model(run.Envelopes));
    }

    private static string Model(IReadOnlyList<Envelope> envelopes)
    {
        var text = new StringBuilder();
        // Only the parameter types the sample's own steps could use: this assembly holds every sample's.
        var expressions = envelopes.Where(envelope => envelope.Pickle is not null).SelectMany(envelope => envelope.Pickle.Steps).Select(step => step.Text).ToList();
        foreach (var parameterType in envelopes.Where(envelope => envelope.ParameterType is not null).Select(envelope => envelope.ParameterType)
                     .Where(parameterType => parameterType.RegularExpressions.Any(pattern => expressions.Any(stepText => Regex.IsMatch(stepText, pattern))))
                     .OrderBy(parameterType => parameterType.Name, StringComparer.Ordinal))
        {
            text.AppendLine($"parameter type {parameterType.Name} [{string.Join(", ", parameterType.RegularExpressions)}]");
        }

        foreach (var undefined in envelopes.Where(envelope => envelope.UndefinedParameterType is not null).Select(envelope => envelope.UndefinedParameterType)
                     .Where(undefined => expressions.Any(stepText => Regex.IsMatch(
                         stepText, Regex.Replace(Regex.Escape(undefined.Expression), @"\\\{[^}]*}", ".+"))))
                     .OrderBy(undefined => undefined.Expression, StringComparer.Ordinal))
        {
            text.AppendLine($"undefined parameter type {undefined.Name} in {undefined.Expression}");
        }

        var pickles = envelopes.Where(envelope => envelope.Pickle is not null).Select(envelope => envelope.Pickle).ToList();
        var testCases = envelopes.Where(envelope => envelope.TestCase is not null).Select(envelope => envelope.TestCase).ToDictionary(testCase => testCase.PickleId);
        var started = envelopes.Where(envelope => envelope.TestCaseStarted is not null).Select(envelope => envelope.TestCaseStarted).ToList();
        foreach (var pickle in pickles)
        {
            text.AppendLine($"pickle {pickle.Name} [{string.Join(", ", pickle.Tags.Select(tag => tag.Name))}]");
            var stepTexts = pickle.Steps.ToDictionary(step => step.Id, step => step.Text);
            foreach (var step in pickle.Steps)
            {
                text.AppendLine($"  step {step.Type} {step.Text}");
            }

            if (!testCases.TryGetValue(pickle.Id, out var testCase))
            {
                text.AppendLine("  not run");
                continue;
            }

            foreach (var testStep in testCase.TestSteps)
            {
                var arguments = string.Join(" | ", (testStep.StepMatchArgumentsLists ?? []).Select(list =>
                    string.Join(", ", list.StepMatchArguments.Select(argument => $"{argument.Group.Start}:{argument.Group.Value}:{argument.ParameterTypeName}"))));
                text.AppendLine(testStep.HookId is not null
                    ? "  test step: hook"
                    : $"  test step: {stepTexts[testStep.PickleStepId]} definitions={testStep.StepDefinitionIds?.Count} arguments=[{arguments}]");
            }

            var stepIds = testCase.TestSteps.Select(step => step.Id).ToList();
            foreach (var attempt in started.Where(start => start.TestCaseId == testCase.Id))
            {
                var results = envelopes.Where(envelope => envelope.TestStepFinished?.TestCaseStartedId == attempt.Id)
                    .Select(envelope => envelope.TestStepFinished).OrderBy(finished => stepIds.IndexOf(finished.TestStepId));
                var finished = envelopes.Single(envelope => envelope.TestCaseFinished?.TestCaseStartedId == attempt.Id).TestCaseFinished;
                text.AppendLine($"  attempt {attempt.Attempt}: {string.Join(" ", results.Select(result => result.TestStepResult.Status))} retried={finished.WillBeRetried}");
                foreach (var attachment in envelopes.Where(envelope => envelope.Attachment?.TestCaseStartedId == attempt.Id).Select(envelope => envelope.Attachment))
                {
                    text.AppendLine($"    attachment at step {stepIds.IndexOf(attachment.TestStepId)}: {attachment.MediaType} {attachment.ContentEncoding} "
                        + $"file={attachment.FileName} body={attachment.Body}");
                }
            }

            var suggestions = envelopes.Count(envelope => envelope.Suggestion is { } suggestion && stepTexts.ContainsKey(suggestion.PickleStepId));
            text.AppendLine($"  suggestions {suggestions}");
        }

        var runFinished = envelopes.Single(envelope => envelope.TestRunFinished is not null).TestRunFinished;
        text.AppendLine($"success {runFinished.Success}");
        return text.ToString();
    }
}
