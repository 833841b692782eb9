namespace Specs.Inventory.Scenarios;

/// <summary>A Then step's expectation did not hold: the message says what was expected and what happened.</summary>
public sealed class ScenarioExpectationException(string expectation, string actual)
    : Exception($"Expected {expectation}, but {actual}.")
{
    public string Expectation { get; } = expectation;

    public string Actual { get; } = actual;
}

/// <summary>
/// The steps used the host in a way a scenario cannot mean: a second When, a Given after the When, a Then
/// before any When. The message says which rule of the scenario shape was broken.
/// </summary>
public sealed class ScenarioShapeException(string message) : Exception(message);

/// <summary>A verification mode found that the system broke its promise on this scenario; the finding says which and where.</summary>
public sealed class VerificationFailedException(VerificationFinding finding) : Exception(finding.FailureMessage)
{
    public VerificationFinding Finding { get; } = finding;
}
