using Io.Cucumber.Messages.Types;
using Specs.Runner.Discovery;

namespace Specs.Runner.Execution;

/// <summary>Everything a run produced, from which the canonical message stream is built.</summary>
public sealed class RunRecord
{
    public required DiscoveredFeatures Discovered { get; init; }

    public required IReadOnlyList<ScenarioRecord> Scenarios { get; init; }

    public required BindingCatalog Bindings { get; init; }

    public required Timestamp Started { get; init; }

    public Timestamp? Finished { get; set; }

    public List<RunHookRecord> RunHooks { get; } = [];

    public bool Strict { get; init; } = true;

    public bool Interrupted { get; set; }

    /// <summary>A failure of the run itself (a BeforeTestRun hook, a binding assembly that does not load).</summary>
    public string? RunError { get; set; }
}

/// <summary>A BeforeTestRun/AfterTestRun hook execution.</summary>
public sealed record RunHookRecord(string HookId, string WorkerId, Timestamp Started, Timestamp Finished, TestStepResultStatus Status, TimeSpan Duration, string? ErrorMessage, string? ErrorType);
