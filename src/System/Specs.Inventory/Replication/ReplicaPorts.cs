using Specs.Inventory.Ports;
using Specs.Inventory.Storage;
using Specs.Inventory.Views;

namespace Specs.Inventory.Replication;

/// <summary>
/// Everything a node touches outside its own memory. The simulator passes fakes for all of them; a host
/// passes TCP, the system clock, seeded randomness and LMDB. The node is the same code either way.
/// </summary>
/// <param name="Transport">Messages to nodes and clients.</param>
/// <param name="Timers">Election and heartbeat timers.</param>
/// <param name="Clock">The node's clock (drifts and steps in the simulator); stamps new entries.</param>
/// <param name="Random">Election timeout jitter.</param>
/// <param name="Journal">The store of the replication log and hard state.</param>
/// <param name="State">The store of the event log and views (rebuildable from the journal).</param>
public sealed record ReplicaPorts(
    IReplicationTransport Transport,
    IReplicaTimers Timers,
    IClock Clock,
    IRandomSource Random,
    IKeyValueStore Journal,
    IKeyValueStore State)
{
    /// <summary>Fault points; inert unless the simulator passes its own.</summary>
    public IFaultPoints Faults { get; init; } = NoFaultPoints.Instance;

    /// <summary>The checkers' view of the node; records nothing unless the simulator passes its own.</summary>
    public IReplicaObserver Observer { get; init; } = NullReplicaObserver.Instance;

    /// <summary>Decodes journaled commands.</summary>
    public CommandCodec Commands { get; init; } = CommandCodec.Default;

    /// <summary>The views the state machine maintains (null: all of the inventory's).</summary>
    public IReadOnlyList<IView>? Views { get; init; }

    /// <summary>The time and ids committed entries are decided with (default: the entry's timestamp and position).</summary>
    public IEntryDecisions Decisions { get; init; } = EntryDecisions.FromEntry;
}
