namespace Specs.Sim.Cluster;

/// <summary>The outcome of running one seed twice.</summary>
/// <param name="Seed">The seed.</param>
/// <param name="Events">Events in the first run.</param>
/// <param name="Hash">The first run's trace hash.</param>
/// <param name="FirstDivergence">Null when both runs were the same event for event; else the first event that differs, as seen in each run.</param>
public sealed record DeterminismReport(ulong Seed, long Events, ulong Hash, (TraceEvent? First, TraceEvent? Second)? FirstDivergence)
{
    public bool IsDeterministic => FirstDivergence is null;

    /// <summary>
    /// The invariants the first run broke: a seed that is deterministic can still fail, and a check of determinism
    /// that said "passed" for it would hide the failure from whoever reruns the seed to look at it.
    /// </summary>
    public IReadOnlyList<InvariantViolation> Violations { get; init; } = [];

    public override string ToString() => FirstDivergence is not { } divergence
        ? $"seed {Seed}: deterministic, {Events} events, hash {Hash:x16}"
        : $"seed {Seed}: runs diverge at event {divergence.First?.Number ?? divergence.Second?.Number}: first run '{divergence.First?.Description ?? "(ended)"}' at {divergence.First?.Tick} ms, second run '{divergence.Second?.Description ?? "(ended)"}' at {divergence.Second?.Tick} ms";
}

/// <summary>
/// Runs a seed twice with every event recorded and names the first event whose running hash differs
/// (madsim's and TigerBeetle's check): a divergence means something outside the seed reached the run.
/// </summary>
public static class DeterminismCheck
{
    public static DeterminismReport Run(ulong seed, SimulationRunOptions? options = null)
    {
        options = (options ?? new SimulationRunOptions()) with { RecordTrace = true };
        var first = ClusterSimulation.Run(seed, options);
        var second = ClusterSimulation.Run(seed, options);
        return Compare(seed, first.Trace, second.Trace, first.TraceHash, second.TraceHash) with { Violations = first.Violations };
    }

    /// <summary>Compares two recorded traces event by event.</summary>
    public static DeterminismReport Compare(ulong seed, IReadOnlyList<TraceEvent> first, IReadOnlyList<TraceEvent> second, ulong firstHash, ulong secondHash)
    {
        var count = Math.Max(first.Count, second.Count);
        for (var i = 0; i < count; i++)
        {
            var a = i < first.Count ? first[i] : null;
            var b = i < second.Count ? second[i] : null;
            if (a is null || b is null || a.HashAfter != b.HashAfter || a.Description != b.Description)
            {
                return new DeterminismReport(seed, first.Count, firstHash, (a, b));
            }
        }

        return firstHash == secondHash
            ? new DeterminismReport(seed, first.Count, firstHash, null)
            : new DeterminismReport(seed, first.Count, firstHash, (first.Count > 0 ? first[^1] : null, second.Count > 0 ? second[^1] : null));
    }
}
