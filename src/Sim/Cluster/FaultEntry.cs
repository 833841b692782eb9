namespace Specs.Sim.Cluster;

/// <summary>Every kind of fault the simulator injects.</summary>
public enum FaultKind
{
    /// <summary>A message is dropped (keyed by its link and sequence number on that link).</summary>
    MessageDrop,

    /// <summary>A message is held <see cref="FaultEntry.Duration"/> ticks longer than usual (reorders it).</summary>
    MessageDelay,

    /// <summary>A message is delivered twice.</summary>
    MessageDuplicate,

    /// <summary>A fault point (BUGGIFY site) fires at its <see cref="FaultEntry.Hit"/>-th reach on a node.</summary>
    FaultPoint,

    /// <summary>The node is isolated from every other node for the duration.</summary>
    IsolateNode,

    /// <summary>Whoever leads when the fault starts is isolated for the duration.</summary>
    IsolateLeader,

    /// <summary>The nodes in <see cref="FaultEntry.Mask"/> are cut from the rest (a majority/minority split).</summary>
    SplitCluster,

    /// <summary>Messages from <see cref="FaultEntry.Node"/> to <see cref="FaultEntry.Peer"/> are cut, the other way still works.</summary>
    OneWayCut,

    /// <summary>The link from node to peer holds every message until the clog ends.</summary>
    ClogLink,

    /// <summary>The process dies at an event boundary and restarts after the duration.</summary>
    Crash,

    /// <summary>Power fails: unsynced commits are lost; the node restarts after the duration. Node -1: the whole cluster.</summary>
    PowerLoss,

    /// <summary>The data folder is wiped while the process is down; it rejoins by catch-up.</summary>
    WipeData,

    /// <summary>A bit of a journal record flips while the process is down; the record checksum must catch it.</summary>
    BitFlip,

    /// <summary>The node's next disk commit fails.</summary>
    CommitFailure,

    /// <summary>The process stops for the duration, then resumes where it was (believing whatever it believed).</summary>
    Pause,

    /// <summary>The node's clock jumps by <see cref="FaultEntry.Value"/> ms (may go back).</summary>
    ClockStep,

    /// <summary>
    /// While the process is down, its data folder is replaced by a copy of <see cref="FaultEntry.Peer"/>'s
    /// (a swapped disk). The node must refuse to start on it; the operator then wipes the folder and the
    /// node rejoins by catch-up.
    /// </summary>
    ForeignData,
}

/// <summary>
/// One injected fault. Timed faults happen at <see cref="At"/>; message faults are keyed by link and
/// sequence number, fault points by node, site and hit number, so a schedule replays as it is and stays
/// meaningful when entries are removed from it (what shrinking does).
/// </summary>
public sealed record FaultEntry
{
    public required FaultKind Kind { get; init; }

    /// <summary>Tick of a timed fault (for message faults and fault points: when it was injected, for reading).</summary>
    public long At { get; init; }

    public int Node { get; init; } = -1;

    public int Peer { get; init; } = -1;

    /// <summary>The message's number on its directed link (message faults).</summary>
    public long Sequence { get; init; }

    /// <summary>The fault point's name.</summary>
    public string? Site { get; init; }

    /// <summary>Which reach of the fault point on that node fires (1-based).</summary>
    public long Hit { get; init; }

    /// <summary>How long the fault lasts, in ticks (or the extra delay of a delayed message).</summary>
    public long Duration { get; init; }

    /// <summary>Bit set of nodes (split partitions).</summary>
    public int Mask { get; init; }

    /// <summary>Kind-specific number (clock step in ms, bit position of a flip).</summary>
    public long Value { get; init; }

    /// <summary>A one-line description.</summary>
    public override string ToString() => Kind switch
    {
        FaultKind.MessageDrop or FaultKind.MessageDuplicate => $"{Kind} {Node}->{Peer} #{Sequence}",
        FaultKind.MessageDelay => $"{Kind} {Node}->{Peer} #{Sequence} +{Duration}",
        FaultKind.FaultPoint => $"{Kind} node {Node} {Site} hit {Hit}",
        _ => $"{Kind} at {At} node {Node} peer {Peer} for {Duration} mask {Mask} value {Value}",
    };
}
