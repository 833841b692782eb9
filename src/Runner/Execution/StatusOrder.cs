using Io.Cucumber.Messages.Types;

namespace Specs.Runner.Execution;

/// <summary>How bad a step status is, to find the status of a test case (the worst of its steps).</summary>
public static class StatusOrder
{
    public static int Severity(TestStepResultStatus status) => status switch
    {
        TestStepResultStatus.PASSED => 0,
        TestStepResultStatus.SKIPPED => 1,
        TestStepResultStatus.PENDING => 2,
        TestStepResultStatus.UNDEFINED => 3,
        TestStepResultStatus.AMBIGUOUS => 4,
        TestStepResultStatus.FAILED => 5,
        _ => 6,
    };

    /// <summary>Whether a test case with this status counts as failed; strict mode fails undefined, pending and ambiguous.</summary>
    public static bool IsFailure(TestStepResultStatus status, bool strict) => status switch
    {
        TestStepResultStatus.PASSED or TestStepResultStatus.SKIPPED => false,
        TestStepResultStatus.PENDING or TestStepResultStatus.UNDEFINED => strict,
        _ => true,
    };
}
