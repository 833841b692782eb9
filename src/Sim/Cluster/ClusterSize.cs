namespace Specs.Sim.Cluster;

/// <summary>
/// How many nodes a simulated cluster may have, wherever the size comes from: `--nodes` of `sim`, `replay` and
/// `verify --target sim`, and the "NodeCount" of a fault schedule file that `replay --schedule` and `verify --schedule`
/// read. One range for both: a schedule file said 99 (or 0) where the command line stopped at 9, and ran it.
/// </summary>
public static class ClusterSize
{
    /// <summary>
    /// The smallest cluster: the simulator crashes, isolates and wipes nodes, and a cluster needs three to keep a
    /// majority through the loss of one (with one node there is no peer to fault at all).
    /// </summary>
    public const int Min = 3;

    /// <summary>The largest cluster (`sim`, `replay` and `verify --target sim` had 7 and 9; nothing in the simulator needed the smaller).</summary>
    public const int Max = 9;

    /// <summary>Why <see cref="Min"/>, for the message of a size out of range.</summary>
    public const string Why = "a cluster needs three nodes to keep a majority through a fault";

    /// <summary>Whether <paramref name="nodes"/> is a size a simulated cluster may have.</summary>
    public static bool Allows(long nodes) => nodes is >= Min and <= Max;
}
