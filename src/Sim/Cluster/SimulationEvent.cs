using Specs.Inventory.Replication;

namespace Specs.Sim.Cluster;

/// <summary>Something due at a tick in the simulated world; the queue orders by (due tick, sequence).</summary>
internal abstract record SimulationEvent;

/// <summary>A message arrives.</summary>
internal sealed record Delivery(int From, int To, ReplicationMessage Message) : SimulationEvent;

/// <summary>A node's timer fires (ignored if the incarnation that set it died).</summary>
internal sealed record NodeTimerFired(int Node, long Incarnation, ReplicaTimer Timer) : SimulationEvent;

/// <summary>A client's timer fires.</summary>
internal sealed record ClientTimerFired(int Client, long Generation, ClientTimerKind Kind) : SimulationEvent;

/// <summary>A timed fault starts.</summary>
internal sealed record FaultStarts(FaultEntry Fault) : SimulationEvent;

/// <summary>A timed fault ends (a partition heals, a clog clears).</summary>
internal sealed record FaultEnds(FaultEntry Fault, int[] Nodes) : SimulationEvent;

/// <summary>A crashed process restarts (if it is still that incarnation's corpse).</summary>
internal sealed record ProcessRestarts(int Node, long Incarnation) : SimulationEvent;

/// <summary>Chaos is over: heal everything, stop injecting faults, stop new requests.</summary>
internal sealed record HealCluster : SimulationEvent;

/// <summary>Looks for quiescence during the liveness phase.</summary>
internal sealed record QuiescenceCheck : SimulationEvent;
