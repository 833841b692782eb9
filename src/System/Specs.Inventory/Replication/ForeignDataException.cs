namespace Specs.Inventory.Replication;

/// <summary>
/// A node was started on a data folder whose journal belongs to another node (a foreign data folder: a
/// swapped disk, a copied folder, a wrong <c>--data</c>). Running on it would vote and acknowledge with the
/// other node's promises under this node's identity, so the node refuses to start (fail-stop). The fix
/// is an operator's: point the node at its own folder, or wipe the folder and rejoin by catch-up.
/// </summary>
/// <param name="nodeId">The node that was started.</param>
/// <param name="owner">The node the journal's hard state names.</param>
public sealed class ForeignDataException(int nodeId, int owner)
    : Exception($"node {nodeId} refuses to start: its data folder belongs to node {owner} (the journal's hard state names node {owner}); point it at node {nodeId}'s own folder, or wipe the folder and start it with --rejoin true to catch up")
{
    /// <summary>The node that was started.</summary>
    public int NodeId { get; } = nodeId;

    /// <summary>The node the journal belongs to.</summary>
    public int Owner { get; } = owner;
}
