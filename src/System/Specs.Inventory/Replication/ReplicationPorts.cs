namespace Specs.Inventory.Replication;

/// <summary>Sends messages to other nodes and to clients by address. Fire and forget: the network may lose, delay, reorder or duplicate them.</summary>
public interface IReplicationTransport
{
    void Send(int to, ReplicationMessage message);
}

/// <summary>The kinds of timer a node sets.</summary>
public enum ReplicaTimerKind
{
    /// <summary>No word from a leader for a randomized while: campaign.</summary>
    Election = 1,

    /// <summary>The leader's beat: stream entries and heartbeats, retry what was lost.</summary>
    Heartbeat = 2,
}

/// <summary>A timer; a node ignores any firing whose generation is not its latest of that kind.</summary>
public sealed record ReplicaTimer(ReplicaTimerKind Kind, long Generation);

/// <summary>Timers in the node's own time (milliseconds); the simulator fires them in virtual time, a host with a real timer.</summary>
public interface IReplicaTimers
{
    void Schedule(ReplicaTimer timer, long delayMs);
}

/// <summary>
/// Fault points in the style of FoundationDB's BUGGIFY: named places in the node where the simulator
/// may make a rare path happen (crash here, send less, skip a beat). Production passes
/// <see cref="NoFaultPoints"/>, which never fires.
/// </summary>
public interface IFaultPoints
{
    /// <summary>Whether the fault at <paramref name="site"/> fires on this node now.</summary>
    bool Fires(int node, string site);
}

/// <summary>The production fault points: inert.</summary>
public sealed class NoFaultPoints : IFaultPoints
{
    /// <summary>The one instance.</summary>
    public static NoFaultPoints Instance { get; } = new();

    public bool Fires(int node, string site) => false;
}

/// <summary>
/// Thrown by a node when a fault point asks it to stop right there (a crash at an event boundary), or
/// when its disk refuses a commit (fail-stop: the node never continues on a state it could not persist).
/// The host treats it as the process dying.
/// </summary>
public sealed class ReplicaHaltedException(int node, string reason) : Exception($"Node {node} halted: {reason}")
{
    public int Node { get; } = node;

    public string Reason { get; } = reason;
}
