using Specs.Sim.Cluster;

namespace Specs.Runner.Simulation;

/// <summary>
/// A fault of a schedule in the words of someone reading a timeline: what happened to which node, and for how long.
/// The schedule's own text ("PowerLoss at 2599 node -1 peer 0 for 1 mask 0 value 0") printed every field of every kind,
/// including the ones the kind does not use, and -1 for "the whole cluster".
/// </summary>
public static class FaultWords
{
    /// <summary>One line for <paramref name="fault"/>.</summary>
    public static string Describe(FaultEntry fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var node = fault.Node < 0 ? "every node" : $"node {fault.Node}";
        var link = $"node {fault.Node} -> node {fault.Peer}";
        var lasting = $"for {fault.Duration} ms";
        return fault.Kind switch
        {
            FaultKind.MessageDrop => $"message #{fault.Sequence} {link} dropped",
            FaultKind.MessageDuplicate => $"message #{fault.Sequence} {link} duplicated",
            FaultKind.MessageDelay => $"message #{fault.Sequence} {link} delayed {fault.Duration} ms",
            FaultKind.FaultPoint => $"fault point {fault.Site} fires on {node} (hit {fault.Hit})",
            FaultKind.IsolateNode => $"{node} isolated from the others {lasting}",
            FaultKind.IsolateLeader => $"the leader isolated from the others {lasting}",
            FaultKind.SplitCluster => $"cluster split: nodes {string.Join(", ", Members(fault.Mask))} cut from the rest {lasting}",
            FaultKind.OneWayCut => $"{link} cut one way {lasting}",
            FaultKind.ClogLink => $"{link} clogged (messages held) {lasting}",
            FaultKind.Crash => $"{node} crashes, restarts after {fault.Duration} ms",
            FaultKind.PowerLoss => $"power lost on {node} (unsynced commits lost), restarts after {fault.Duration} ms",
            FaultKind.WipeData => $"{node}'s data folder wiped while it is down",
            FaultKind.BitFlip => $"a bit of {node}'s journal flipped while it is down (bit {fault.Value})",
            FaultKind.CommitFailure => $"{node}'s next disk commit fails (it stops and restarts)",
            FaultKind.Pause => $"{node} paused {lasting}",
            FaultKind.ClockStep => $"{node}'s clock jumps {(fault.Value >= 0 ? "+" : string.Empty)}{fault.Value} ms",
            FaultKind.ForeignData => $"{node}'s data folder swapped for a copy of node {fault.Peer}'s while it is down",
            _ => fault.ToString(),
        };
    }

    private static IEnumerable<int> Members(int mask) => Enumerable.Range(0, 31).Where(node => (mask & (1 << node)) != 0);
}
