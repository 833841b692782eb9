using Reqnroll;
using Reqnroll.UnitTestProvider;

namespace Specs.Runner.Execution.Glue;

/// <summary>
/// Reqnroll core ships no unit-test runtime provider (only its xUnit/NUnit/MSTest plugins do). Ours turns the
/// runtime's "this scenario is pending / inconclusive / ignored" calls into exceptions the worker catches;
/// the per-step statuses have already been recorded from the execution events by then.
/// </summary>
public sealed class SpecsUnitTestRuntimeProvider : IUnitTestRuntimeProvider
{
    public const string Name = "specs";

    public void TestPending(string message) => throw new ScenarioOutcomeException("pending", message);

    public void TestInconclusive(string message) => throw new ScenarioOutcomeException("inconclusive", message);

    public void TestIgnore(string message) => throw new ScenarioOutcomeException("ignored", message);

    /// <summary>
    /// A step skips its scenario by throwing an exception whose type name ends in SkipException,
    /// SkippedException or IgnoreException (xUnit's, NUnit's, or a project's own): matching by name keeps
    /// step assemblies free of a reference to the runner.
    /// </summary>
    public ScenarioExecutionStatus? DetectExecutionStatus(Exception exception)
    {
        var name = exception.GetType().Name;
        return name.EndsWith("SkipException", StringComparison.Ordinal) || name.EndsWith("SkippedException", StringComparison.Ordinal)
            || name.EndsWith("IgnoreException", StringComparison.Ordinal)
            ? ScenarioExecutionStatus.Skipped
            : null;
    }
}

/// <summary>The outcome Reqnroll reports at the end of a scenario that did not pass.</summary>
public sealed class ScenarioOutcomeException(string outcome, string message) : Exception($"{outcome}: {message}")
{
    public string Outcome { get; } = outcome;
}
