using System.Reflection;
using Io.Cucumber.Messages.Types;
using Specs.Runner.Discovery;
using Specs.Runner.Execution;

namespace Specs.Runner.Reporting;

/// <summary>
/// Builds the canonical Cucumber Messages stream of a run. The order is canonical, not the order things
/// happened in: every parsed feature (source, gherkinDocument, pickles, selected or not) and parse error by
/// uri, step definitions and hooks once, then test cases in defined order with their attempts. Together
/// with derived ids and the fixed clock this makes the stream reproducible byte for byte.
/// </summary>
public static class MessageStreamBuilder
{
    public const string ProtocolVersion = "30.1.0";

    public static List<Envelope> Build(RunRecord run, Meta meta)
    {
        var envelopes = new List<Envelope> { Envelope.Create(meta) };
        var items = run.Discovered.Features.Select(feature => (feature.Uri, Feature: (ParsedFeature?)feature, Failure: (FeatureParseFailure?)null))
            .Concat(run.Discovered.ParseFailures.Select(failure => (failure.Uri, Feature: (ParsedFeature?)null, Failure: (FeatureParseFailure?)failure)))
            .OrderBy(item => item.Uri, StringComparer.Ordinal);
        string? lastFailedUri = null;
        foreach (var (_, feature, failure) in items)
        {
            if (feature is not null)
            {
                envelopes.Add(Envelope.Create(feature.Source));
                envelopes.Add(Envelope.Create(feature.Document));
                envelopes.AddRange(feature.Pickles.Select(Envelope.Create));
            }
            else if (failure is not null)
            {
                if (lastFailedUri != failure.Uri)
                {
                    envelopes.Add(Envelope.Create(failure.Source));
                    lastFailedUri = failure.Uri;
                }

                envelopes.Add(Envelope.Create(new ParseError(
                    new SourceReference(failure.Uri, null, null, new Location(failure.Line, failure.Column)),
                    failure.Message)));
            }
        }

        envelopes.AddRange(run.Bindings.ParameterTypes.Select(Envelope.Create));
        envelopes.AddRange(run.Bindings.UndefinedParameterTypes.Select(Envelope.Create));
        envelopes.AddRange(run.Bindings.StepDefinitions.Select(Envelope.Create));
        envelopes.AddRange(run.Bindings.Hooks.Select(Envelope.Create));

        var testRunStartedId = StableId.From("testRun");
        envelopes.Add(Envelope.Create(new TestRunStarted(run.Started, testRunStartedId)));
        AddRunHooks(envelopes, run, testRunStartedId, HookType.BEFORE_TEST_RUN);

        // Each test case's messages depend on that scenario alone: built on every core, then added in defined order.
        var ran = run.Scenarios.Where(scenario => scenario.Attempts.Count > 0).ToList();
        var testCases = new List<Envelope>[ran.Count];
        ParallelWork.For(ran.Count, i =>
        {
            testCases[i] = [];
            AddTestCase(testCases[i], ran[i], testRunStartedId);
        });
        foreach (var testCase in testCases)
        {
            envelopes.AddRange(testCase);
        }

        AddRunHooks(envelopes, run, testRunStartedId, HookType.AFTER_TEST_RUN);
        var success = run.RunError is null && !run.Interrupted && run.Discovered.ParseFailures.Count == 0
            && run.Scenarios.All(scenario => scenario.Attempts.Count > 0 && !StatusOrder.IsFailure(scenario.Attempts[^1].Status, run.Strict));
        envelopes.Add(Envelope.Create(new TestRunFinished(
            run.RunError ?? (run.Interrupted ? "interrupted (Ctrl+C)" : null),
            success,
            run.Finished ?? run.Started,
            run.RunError is null ? null : new Io.Cucumber.Messages.Types.Exception("RunError", run.RunError, null),
            testRunStartedId)));
        return envelopes;
    }

    public static Meta CreateMeta(bool deterministic)
    {
        var version = typeof(MessageStreamBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        version = plus >= 0 ? version[..plus] : version;
        // A reproducible stream must not depend on the machine it was produced on.
        return deterministic
            ? new Meta(ProtocolVersion, new Product("specs", version), new Product(".NET", ""), new Product("", ""), new Product("", ""), null)
            : new Meta(ProtocolVersion, new Product("specs", version),
                new Product(".NET", Environment.Version.ToString()),
                new Product(System.Runtime.InteropServices.RuntimeInformation.OSDescription, ""),
                new Product(System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant(), ""),
                null);
    }

    private static void AddRunHooks(List<Envelope> envelopes, RunRecord run, string testRunStartedId, HookType type)
    {
        var hookTypes = run.Bindings.Hooks.ToDictionary(hook => hook.Id, hook => hook.Type, StringComparer.Ordinal);
        var index = 0;
        foreach (var hook in run.RunHooks.Where(hook => hookTypes.GetValueOrDefault(hook.HookId) == type))
        {
            var id = StableId.From("testRunHook", hook.HookId, (index++).ToString(System.Globalization.CultureInfo.InvariantCulture));
            envelopes.Add(Envelope.Create(new TestRunHookStarted(id, testRunStartedId, hook.HookId, hook.WorkerId, hook.Started)));
            envelopes.Add(Envelope.Create(new TestRunHookFinished(id, Result(hook.Status, hook.Duration, hook.ErrorMessage, hook.ErrorType), hook.Finished)));
        }
    }

    private static void AddTestCase(List<Envelope> envelopes, ScenarioRecord scenario, string testRunStartedId)
    {
        var pickle = scenario.Scenario.Pickle;
        var testCaseId = StableId.From("testCase", pickle.Id);
        var first = scenario.Attempts[0];
        var stepIds = first.Steps.Select((step, i) => StableId.From("testStep", pickle.Id, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        envelopes.Add(Envelope.Create(new TestCase(
            testCaseId,
            pickle.Id,
            first.Steps.Select((step, i) => new TestStep(
                step.HookId,
                stepIds[i],
                step.PickleStep?.Id,
                step.PickleStep is null ? null : [.. step.StepDefinitionIds],
                step.PickleStep is null ? null : [.. step.StepMatchArgumentsLists])).ToList(),
            testRunStartedId)));

        foreach (var attempt in scenario.Attempts)
        {
            var startedId = StableId.From("testCaseStarted", pickle.Id, attempt.Attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
            envelopes.Add(Envelope.Create(new TestCaseStarted(attempt.Attempt, startedId, testCaseId, attempt.WorkerId, attempt.Started)));
            for (var i = 0; i < attempt.Steps.Count && i < stepIds.Count; i++)
            {
                var step = attempt.Steps[i];
                envelopes.Add(Envelope.Create(new TestStepStarted(startedId, stepIds[i], step.Started ?? attempt.Started)));
                foreach (var attachment in step.Attachments)
                {
                    envelopes.Add(Envelope.Create(new Attachment(
                        attachment.Body, attachment.ContentEncoding, attachment.FileName, attachment.MediaType,
                        null, startedId, stepIds[i], null, null, null, attachment.Timestamp)));
                }

                envelopes.Add(Envelope.Create(new TestStepFinished(
                    startedId, stepIds[i], Result(step.Status, step.Duration, step.ErrorMessage, step.ErrorType, step.ExceptionMessage), step.Finished ?? attempt.Finished ?? attempt.Started)));
            }

            envelopes.Add(Envelope.Create(new TestCaseFinished(startedId, attempt.Finished ?? attempt.Started, attempt.WillBeRetried)));
        }

        var undefined = scenario.Attempts[^1].Steps.Where(step => step is { Status: TestStepResultStatus.UNDEFINED, PickleStep: not null });
        foreach (var step in undefined)
        {
            envelopes.Add(Envelope.Create(new Suggestion(
                StableId.From("suggestion", step.PickleStep!.Id),
                step.PickleStep.Id,
                [new Snippet("csharp", SnippetGenerator.Snippet(step.PickleStep))])));
        }
    }

    private static TestStepResult Result(TestStepResultStatus status, TimeSpan duration, string? message, string? errorType, string? exceptionMessage = null) =>
        new(RunClock.ToDuration(duration), message, status,
            errorType is null ? null : new Io.Cucumber.Messages.Types.Exception(errorType, exceptionMessage ?? FirstLine(message), message));

    private static string? FirstLine(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? text : text[..end]).TrimEnd('\r');
    }
}
