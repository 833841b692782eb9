namespace Specs.Runner.Extensibility;

/// <summary>
/// Optional for a session: the moment after the attempt's last step, before its result is final, when a
/// target verifies the scenario it executed (the idempotency and replay checks) and attaches its record.
/// Called only when the attempt was not abandoned and not a dry run. Attachments added here belong to the
/// scenario's last step. A returned message fails the attempt (on its last step, when every step passed);
/// the scenario's own step failures come first.
/// </summary>
public interface IScenarioCompletion
{
    /// <summary>Returns null when every verification held, else the failure to report (mode, scenario, first difference).</summary>
    string? Complete();
}
