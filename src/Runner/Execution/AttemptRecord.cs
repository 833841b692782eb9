using Io.Cucumber.Messages.Types;

namespace Specs.Runner.Execution;

/// <summary>One attempt at a scenario (a retry is another attempt), with its steps in test-case order.</summary>
public sealed class AttemptRecord
{
    public required int Attempt { get; init; }

    public required string WorkerId { get; init; }

    public required Timestamp Started { get; init; }

    public Timestamp? Finished { get; set; }

    public TimeSpan Duration { get; set; }

    public List<StepRecord> Steps { get; } = [];

    public bool WillBeRetried { get; set; }

    /// <summary>Worst step status under Cucumber's ordering (FAILED beats AMBIGUOUS beats UNDEFINED ...).</summary>
    public TestStepResultStatus Status => Steps.Count == 0
        ? TestStepResultStatus.PASSED
        : Steps.Select(step => step.Status).MaxBy(StatusOrder.Severity);
}
