namespace Specs.Inventory.Scenarios;

/// <summary>How the runner asks a host to execute its scenario.</summary>
public sealed record ScenarioSettings
{
    /// <summary>
    /// The instant the scenario's clock reads before any "the clock reads" step (`--fixed-clock`). Without it
    /// the clock starts at the wall-clock time the scenario starts, to the millisecond.
    /// </summary>
    public DateTimeOffset? FixedClock { get; init; }

    /// <summary>`--idempotency`: deliver every Given event twice and the When a second time with the same key.</summary>
    public bool Idempotency { get; init; }

    /// <summary>`--replay-check`: after the scenario, rebuild every view from the log and compare byte for byte.</summary>
    public bool ReplayCheck { get; init; }
}
