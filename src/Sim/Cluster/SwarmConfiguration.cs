using Specs.Inventory.Ports;
using Specs.Inventory.Replication;

namespace Specs.Sim.Cluster;

/// <summary>
/// What one seed runs: cluster size, workload, which fault kinds are on and at what rates, and the
/// replica knobs (shrunk and randomized, as FoundationDB randomizes its knobs). A swarm of seeds thus
/// covers many configurations, each reproducible from its seed.
/// </summary>
public sealed record SwarmConfiguration
{
    /// <summary>Every fault kind a nemesis (timed fault) may use.</summary>
    public static IReadOnlyList<FaultKind> NemesisKinds { get; } =
    [
        FaultKind.IsolateNode, FaultKind.IsolateLeader, FaultKind.SplitCluster, FaultKind.OneWayCut, FaultKind.ClogLink,
        FaultKind.Crash, FaultKind.PowerLoss, FaultKind.WipeData, FaultKind.BitFlip, FaultKind.CommitFailure,
        FaultKind.Pause, FaultKind.ClockStep,
    ];

    /// <summary>
    /// Percent of seeds whose nemeses include <see cref="FaultKind.ForeignData"/> (the other kinds are each on
    /// for half the seeds). A swapped data folder is an operator's mistake, rarer than a crash, and every
    /// ForeignData fault also costs the node its data; a quarter of the seeds still reaches the refusal path
    /// many times in any batch of a few dozen seeds.
    /// </summary>
    public const int ForeignDataPercent = 25;

    public required int NodeCount { get; init; }

    public required int ClientCount { get; init; }

    /// <summary>Commands per simulated second over all clients (each client has one request open at a time).</summary>
    public required double CommandsPerSecond { get; init; }

    /// <summary>How long faults are injected (ticks = virtual ms); then the cluster is healed.</summary>
    public required long ChaosTicks { get; init; }

    /// <summary>After healing, every pending request must be answered and replicas converge within this bound.</summary>
    public long LivenessBoundTicks { get; init; } = 30_000;

    public required double DropRate { get; init; }

    public required double DelayRate { get; init; }

    public required long DelayMaxTicks { get; init; }

    public required double DuplicateRate { get; init; }

    /// <summary>The timed fault kinds switched on for this seed.</summary>
    public required IReadOnlyList<FaultKind> Nemeses { get; init; }

    /// <summary>Mean ticks between timed faults.</summary>
    public required long NemesisIntervalTicks { get; init; }

    /// <summary>Whether fault points may fire; a site is active in a run with probability 1/4, then fires with <see cref="FaultPointRate"/>.</summary>
    public required bool FaultPointsOn { get; init; }

    public double FaultPointRate { get; init; } = 0.05;

    /// <summary>Each node's clock drift in parts per million.</summary>
    public required IReadOnlyList<int> ClockDriftPpm { get; init; }

    public required ReplicaOptions Replica { get; init; }

    /// <summary>The seed's configuration: every choice drawn from the seed's own "swarm" stream.</summary>
    public static SwarmConfiguration FromSeed(ulong seed, SeededBugs bugs = SeededBugs.None)
    {
        var random = new SplitMix64(seed).Split(1);
        double Rate(double max) => random.NextInt64(1000) * max / 1000.0;
        bool Coin(int percent) => random.NextInt64(100) < percent;
        var nodes = Coin(70) ? 3 : 5;
        var nemeses = NemesisKinds.Where(_ => Coin(50)).ToList();
        var heartbeat = 20 + random.NextInt64(40);
        var configuration = new SwarmConfiguration
        {
            NodeCount = nodes,
            ClientCount = 2 + (int)random.NextInt64(3),
            CommandsPerSecond = 10 + random.NextInt64(60),
            ChaosTicks = 4_000 + random.NextInt64(6_000),
            DropRate = Coin(50) ? Rate(0.1) : 0,
            DelayRate = Coin(50) ? Rate(0.3) : 0,
            DelayMaxTicks = 50 + random.NextInt64(500),
            DuplicateRate = Coin(50) ? Rate(0.05) : 0,
            Nemeses = nemeses,
            NemesisIntervalTicks = 300 + random.NextInt64(1500),
            FaultPointsOn = Coin(50),
            ClockDriftPpm = Enumerable.Range(0, nodes).Select(_ => (int)random.NextInt64(20_001) - 10_000).ToList(),
            Replica = new ReplicaOptions
            {
                HeartbeatIntervalMs = heartbeat,
                ElectionTimeoutMinMs = (3 * heartbeat) + random.NextInt64(300),
                MaxEntriesPerMessage = Coin(25) ? 1 + (int)random.NextInt64(4) : 64,
                StateSyncEveryEntries = 1 + (int)random.NextInt64(32),
                Bugs = bugs,
            },
        };

        // ForeignData joined the draw after the others: its coin is the last draw of the swarm stream, so every
        // earlier choice of every seed (and, with the coin off, the whole configuration) is what it was before.
        return Coin(ForeignDataPercent) ? configuration with { Nemeses = [.. nemeses, FaultKind.ForeignData] } : configuration;
    }

    /// <summary>A one-line summary for reports.</summary>
    public string Describe() =>
        $"{NodeCount} nodes, {ClientCount} {(ClientCount == 1 ? "client" : "clients")}, {CommandsPerSecond:0} cmd/s, chaos {ChaosTicks} ms, drop {DropRate:0.###}, delay {DelayRate:0.###}<={DelayMaxTicks}, dup {DuplicateRate:0.###}, "
        + $"nemeses [{string.Join(",", Nemeses)}] every ~{NemesisIntervalTicks} ms, fault points {(FaultPointsOn ? "on" : "off")}, heartbeat {Replica.HeartbeatIntervalMs} ms, election {Replica.ElectionTimeoutMinMs} ms"
        + (Replica.Bugs == SeededBugs.None ? string.Empty : $", BUG {Replica.Bugs}");
}
