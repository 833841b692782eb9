using Specs.Runner.Discovery;

namespace Specs.Runner.Execution;

/// <summary>Every attempt made at one selected scenario; no attempts means it never started (fail-fast, Ctrl+C).</summary>
public sealed class ScenarioRecord(SelectedScenario scenario)
{
    public SelectedScenario Scenario { get; } = scenario;

    public List<AttemptRecord> Attempts { get; } = [];
}
