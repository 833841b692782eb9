using Specs.Sim.Storage;

namespace Specs.Sim.Cluster;

/// <summary>Everything a run reports: its configuration, violations, probes, counts and schedule.</summary>
public sealed record SimulationResult
{
    public required ulong Seed { get; init; }

    public required SwarmConfiguration Configuration { get; init; }

    public required IReadOnlyList<InvariantViolation> Violations { get; init; }

    public required CoverageProbe Probes { get; init; }

    /// <summary>Virtual ms simulated.</summary>
    public required long SimulatedTicks { get; init; }

    public required long Events { get; init; }

    public required ulong TraceHash { get; init; }

    public required IReadOnlyList<TraceEvent> Trace { get; init; }

    public required FaultSchedule Schedule { get; init; }

    public required int RequestsIssued { get; init; }

    public required int RequestsAnswered { get; init; }

    public required int LeadersElected { get; init; }

    public required long MessagesSent { get; init; }

    public required long MessagesDropped { get; init; }

    public required int Crashes { get; init; }

    /// <summary>Leader lost (crash, power loss, pause or isolation) to the first command acknowledged by another leader, in virtual ms.</summary>
    public required IReadOnlyList<long> FailoverTicks { get; init; }

    /// <summary>The state store (event log and views) of the up node that applied the most at the end: the cluster's canonical history.</summary>
    public SimulatedStore? CanonicalState { get; init; }

    /// <summary>Every client request by idempotency key, with its answers.</summary>
    public IReadOnlyDictionary<string, ClientOperation> Operations { get; init; } = new Dictionary<string, ClientOperation>();

    public bool Passed => Violations.Count == 0;

    /// <summary>Counts of injected faults by kind.</summary>
    public IReadOnlyDictionary<FaultKind, int> FaultCounts =>
        Schedule.Faults.GroupBy(fault => fault.Kind).OrderBy(group => group.Key).ToDictionary(group => group.Key, group => group.Count());
}
