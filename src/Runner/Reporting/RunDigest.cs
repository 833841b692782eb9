using Io.Cucumber.Messages.Types;
using Specs.Runner.Discovery;
using Specs.Runner.Execution;

namespace Specs.Runner.Reporting;

/// <summary>
/// A query model over the canonical message stream: every report except the stream itself (JUnit, rerun,
/// console summary) reads the run from here, so they cannot disagree with the stream.
/// </summary>
public sealed class RunDigest
{
    public RunDigest(IReadOnlyList<Envelope> envelopes, bool strict)
    {
        Strict = strict;
        var documents = new Dictionary<string, GherkinDocumentIndex>(StringComparer.Ordinal);
        var pickles = new Dictionary<string, Pickle>(StringComparer.Ordinal);
        var testCases = new Dictionary<string, TestCase>(StringComparer.Ordinal);
        var attempts = new Dictionary<string, TestCaseAttempt>(StringComparer.Ordinal);
        var byTestCase = new Dictionary<string, List<TestCaseAttempt>>(StringComparer.Ordinal);
        foreach (var envelope in envelopes)
        {
            if (envelope.GherkinDocument is { } document)
            {
                documents[document.Uri] = new GherkinDocumentIndex(document);
            }
            else if (envelope.Pickle is { } newPickle)
            {
                pickles[newPickle.Id] = newPickle;
                PickleCount++;
            }
            else if (envelope.ParseError is { } parseError)
            {
                ParseErrors.Add(parseError);
            }
            else if (envelope.Hook is { } hook)
            {
                Hooks[hook.Id] = hook;
            }
            else if (envelope.StepDefinition is { } stepDefinition)
            {
                StepDefinitions.Add(stepDefinition);
            }
            else if (envelope.TestRunStarted is { } started)
            {
                RunStarted = started;
            }
            else if (envelope.TestRunFinished is { } finished)
            {
                RunFinished = finished;
            }
            else if (envelope.TestRunHookFinished is { Result.Status: not TestStepResultStatus.PASSED } runHook)
            {
                RunHookFailures.Add(runHook.Result);
            }
            else if (envelope.TestCase is { } newTestCase)
            {
                testCases[newTestCase.Id] = newTestCase;
                foreach (var id in newTestCase.TestSteps.SelectMany(step => step.StepDefinitionIds ?? []))
                {
                    UsedStepDefinitionIds.Add(id);
                }
            }
            else if (envelope.TestCaseStarted is { } caseStarted)
            {
                var testCase = testCases[caseStarted.TestCaseId];
                var pickle = pickles[testCase.PickleId];
                var attempt = new TestCaseAttempt(caseStarted, testCase, pickle, documents[pickle.Uri]);
                attempts[caseStarted.Id] = attempt;
                if (!byTestCase.TryGetValue(testCase.Id, out var list))
                {
                    byTestCase[testCase.Id] = list = [];
                    TestCaseOrder.Add(testCase.Id);
                }

                list.Add(attempt);
            }
            else if (envelope.TestStepFinished is { } stepFinished)
            {
                attempts[stepFinished.TestCaseStartedId].StepResults[stepFinished.TestStepId] = stepFinished.TestStepResult;
            }
            else if (envelope.TestCaseFinished is { } caseFinished)
            {
                attempts[caseFinished.TestCaseStartedId].Finished = caseFinished;
            }
        }

        TestCases = TestCaseOrder.Select(id => new TestCaseOutcome(byTestCase[id], strict)).ToList();
    }

    public bool Strict { get; }

    public int PickleCount { get; }

    public List<ParseError> ParseErrors { get; } = [];

    public List<StepDefinition> StepDefinitions { get; } = [];

    public Dictionary<string, Hook> Hooks { get; } = new(StringComparer.Ordinal);

    public HashSet<string> UsedStepDefinitionIds { get; } = new(StringComparer.Ordinal);

    public TestRunStarted? RunStarted { get; private set; }

    public TestRunFinished? RunFinished { get; private set; }

    public List<TestStepResult> RunHookFailures { get; } = [];

    private List<string> TestCaseOrder { get; } = [];

    /// <summary>One entry per test case (pickle that ran), in stream order, with every attempt.</summary>
    public IReadOnlyList<TestCaseOutcome> TestCases { get; }

    public IEnumerable<StepDefinition> UnusedStepDefinitions => StepDefinitions.Where(definition => !UsedStepDefinitionIds.Contains(definition.Id));
}

/// <summary>One attempt at a test case as the stream tells it.</summary>
public sealed class TestCaseAttempt(TestCaseStarted started, TestCase testCase, Pickle pickle, GherkinDocumentIndex document)
{
    public TestCaseStarted Started { get; } = started;

    public TestCase TestCase { get; } = testCase;

    public Pickle Pickle { get; } = pickle;

    public GherkinDocumentIndex Document { get; } = document;

    public Dictionary<string, TestStepResult> StepResults { get; } = new(StringComparer.Ordinal);

    public TestCaseFinished? Finished { get; set; }

    public TestStepResultStatus Status => StepResults.Count == 0
        ? TestStepResultStatus.PASSED
        : StepResults.Values.Select(result => result.Status).MaxBy(StatusOrder.Severity);

    public TimeSpan Duration => Finished is null
        ? TimeSpan.Zero
        : TimeSpan.FromTicks(Math.Max(0, Ticks(Finished.Timestamp) - Ticks(Started.Timestamp)));

    /// <summary>Summed step durations: what the scenario cost, independent of clock mode.</summary>
    public TimeSpan StepTime => TimeSpan.FromTicks(StepResults.Values.Sum(result => result.Duration.Seconds * TimeSpan.TicksPerSecond + result.Duration.Nanos / 100));

    public TestStepResult? FirstProblem => TestCase.TestSteps
        .Select(step => StepResults.GetValueOrDefault(step.Id))
        .FirstOrDefault(result => result is not null && result.Status is not (TestStepResultStatus.PASSED or TestStepResultStatus.SKIPPED));

    private static long Ticks(Timestamp timestamp) => timestamp.Seconds * TimeSpan.TicksPerSecond + timestamp.Nanos / 100;
}

/// <summary>A test case's final verdict: its last attempt decides; passing after a failed attempt is flaky.</summary>
public sealed class TestCaseOutcome(IReadOnlyList<TestCaseAttempt> attempts, bool strict)
{
    public IReadOnlyList<TestCaseAttempt> Attempts { get; } = attempts;

    public TestCaseAttempt Last => Attempts[^1];

    public TestStepResultStatus Status => Last.Status;

    public bool Failed => StatusOrder.IsFailure(Status, strict);

    public bool Flaky => !Failed && Attempts.Count > 1;

    /// <summary>The last attempt passed (a flaky scenario too). Only this counts as passed, in every report and summary.</summary>
    public bool Passed => !Failed && Status == TestStepResultStatus.PASSED;

    /// <summary>Neither failed nor passed: skipped, or undefined or pending when the run is not strict.</summary>
    public bool Skipped => !Failed && !Passed;

    public string Location => $"{Last.Pickle.Uri}:{Last.Document.Line(Last.Pickle)}";
}
