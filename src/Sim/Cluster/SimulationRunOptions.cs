using Specs.Inventory.Replication;

namespace Specs.Sim.Cluster;

/// <summary>How to run one seed.</summary>
public sealed record SimulationRunOptions
{
    /// <summary>Deliberate bugs to switch on (negative suite).</summary>
    public SeededBugs Bugs { get; init; } = SeededBugs.None;

    /// <summary>When given, every fault comes from this schedule instead of the seed's fault stream.</summary>
    public FaultSchedule? Schedule { get; init; }

    /// <summary>Keep every event's description (determinism check; costs memory).</summary>
    public bool RecordTrace { get; init; }

    /// <summary>Adjusts the seed's swarm configuration (benchmarks fix the cluster size and rate).</summary>
    public Func<SwarmConfiguration, SwarmConfiguration>? Adjust { get; init; }

    /// <summary>
    /// When given, the workload is this list instead of random commands: client 0 sends each request in
    /// order (the next only once the previous had a definite answer), the other clients send nothing.
    /// </summary>
    public IReadOnlyList<ScriptedRequest>? Script { get; init; }

    /// <summary>The time and ids committed entries are decided with (default: the entry's own).</summary>
    public IEntryDecisions? Decisions { get; init; }
}
