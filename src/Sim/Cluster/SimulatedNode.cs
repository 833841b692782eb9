using Specs.Inventory.Ports;
using Specs.Inventory.Replication;
using Specs.Sim.Storage;

namespace Specs.Sim.Cluster;

// Fault model of a simulated process (what the design claims to survive):
// - crash at any event boundary (between two handled messages or timers, or at a fault point inside a
//   handler): memory is lost, both stores keep every commit (the store outlives the process);
// - power loss: a crash that also drops every unsynced commit of both stores;
// - wiped data folder: both stores replaced by empty ones while the process is down;
// - bit flip: one bit of one journal record flips while the process is down (the checksum catches it);
// - commit failure: the next commit of one store fails (the node fail-stops and restarts later);
// - pause: the process stops handling anything for a while, then carries on believing what it believed;
// - clock: each node's clock drifts by a fixed rate and may step (also backwards).

/// <summary>One simulated process hosting a <see cref="ReplicaNode"/> over simulated ports.</summary>
public sealed class SimulatedNode : IReplicationTransport, IReplicaTimers, IClock, IFaultPoints
{
    /// <summary>Unix ms at virtual tick 0 (2026-01-01T00:00:00Z).</summary>
    public const long EpochUnixMs = 1_767_225_600_000;

    private readonly ClusterSimulation _world;
    private readonly IReadOnlyList<int> _members;
    private readonly TracedRandom _random;

    internal SimulatedNode(ClusterSimulation world, int id, IReadOnlyList<int> members, int driftPpm, TracedRandom random)
    {
        _world = world;
        Id = id;
        _members = members;
        DriftPpm = driftPpm;
        _random = random;
        NewDisk();
    }

    public int Id { get; }

    public SimulatedStore Journal { get; private set; } = null!;

    public SimulatedStore State { get; private set; } = null!;

    public ReplicaNode? Replica { get; private set; }

    public bool IsUp => Replica is not null;

    /// <summary>Bumped at each crash: timers of a dead incarnation never fire.</summary>
    public long Incarnation { get; private set; }

    public long PausedUntil { get; set; }

    public long ClockOffsetMs { get; set; }

    public int DriftPpm { get; }

    /// <summary>Whose data folder the node's disk holds (another node's after a ForeignData fault).</summary>
    public int DiskOwner { get; private set; }

    /// <summary>Data was wiped or corrupted and the node has not yet rejoined as a voting member.</summary>
    public bool LostData { get; set; }

    public long NowUnixMs => EpochUnixMs + ClockOffsetMs + _world.Now + (_world.Now * DriftPpm / 1_000_000);

    /// <summary>Starts a new incarnation of the process over the current disk.</summary>
    internal void Start(bool bootstrap)
    {
        var ports = new ReplicaPorts(this, this, this, _random, Journal, State)
        {
            Faults = this,
            Observer = _world.History,
            Decisions = _world.Decisions ?? EntryDecisions.FromEntry,
        };
        Replica = new ReplicaNode(Id, _members, ports, _world.Configuration.Replica);
        Replica.Start(bootstrap);
    }

    /// <summary>The process dies: memory gone, disk kept.</summary>
    internal void Crash()
    {
        Replica = null;
        Incarnation++;
        PausedUntil = 0;
    }

    /// <summary>A fresh, empty disk (wiped data folder).</summary>
    internal void NewDisk()
    {
        Journal = new SimulatedStore(SimulatedDurability.Deferred, name: $"node {Id} journal");
        State = new SimulatedStore(SimulatedDurability.Deferred, name: $"node {Id} state");
        DiskOwner = Id;
    }

    /// <summary>A copy of <paramref name="other"/>'s disk, as synced, in place of this node's (a foreign data folder).</summary>
    internal void TakeDiskOf(SimulatedNode other)
    {
        Journal = Copy(other.Journal, $"node {Id} journal (node {other.Id}'s)");
        State = Copy(other.State, $"node {Id} state (node {other.Id}'s)");
        DiskOwner = other.Id;
    }

    private static SimulatedStore Copy(SimulatedStore source, string name)
    {
        var copy = new SimulatedStore(SimulatedDurability.Deferred, name: name);
        using var read = source.BeginRead();
        using var cursor = read.Range([], [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);
        var records = new List<(byte[] Key, byte[] Value)>();
        while (cursor.MoveNext())
        {
            records.Add((cursor.Key.ToArray(), cursor.Value.ToArray()));
        }

        copy.Write(transaction =>
        {
            foreach (var (key, value) in records)
            {
                transaction.Put(key, value);
            }

            return 0;
        });
        copy.Sync();
        return copy;
    }

    public void Send(int to, ReplicationMessage message) => _world.Send(Id, to, message);

    public void Schedule(ReplicaTimer timer, long delayMs)
    {
        var ticks = Math.Max(1, delayMs * 1_000_000 / (1_000_000 + DriftPpm));
        _world.ScheduleNodeTimer(Id, Incarnation, timer, ticks);
    }

    public bool Fires(int node, string site) => _world.Plan.FaultPointFires(node, site, _world.Now);
}
