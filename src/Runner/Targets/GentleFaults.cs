using Specs.Sim.Cluster;

namespace Specs.Runner.Targets;

/// <summary>
/// The fault profile of scenarios on the simulated cluster: the seed's own swarm configuration (its fault
/// kinds, drift, knobs), made gentle enough that every seed of a corpus run finishes in milliseconds: one
/// client, a short chaos phase, lower message-fault rates and faults further apart. Faults stay on.
/// </summary>
public static class GentleFaults
{
    /// <summary>Chaos lasts at least this long (virtual ms): long enough for elections and a fail-over or two.</summary>
    public const long ChaosTicksMin = 1_500;

    /// <summary>Timed faults come at most this often (virtual ms, mean).</summary>
    public const long NemesisIntervalTicksMin = 600;

    public static SwarmConfiguration Apply(SwarmConfiguration configuration, int? nodes)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var nodeCount = nodes ?? configuration.NodeCount;
        return configuration with
        {
            NodeCount = nodeCount,
            ClientCount = 1,
            CommandsPerSecond = 100,
            ChaosTicks = ChaosTicksMin + (configuration.ChaosTicks % ChaosTicksMin),
            DropRate = configuration.DropRate / 5,
            DelayRate = configuration.DelayRate / 3,
            DuplicateRate = configuration.DuplicateRate,
            NemesisIntervalTicks = Math.Max(configuration.NemesisIntervalTicks, NemesisIntervalTicksMin),
            ClockDriftPpm = Enumerable.Range(0, nodeCount).Select(node => configuration.ClockDriftPpm[node % configuration.ClockDriftPpm.Count]).ToList(),
        };
    }
}
