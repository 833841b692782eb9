namespace Specs.Inventory.Replication;

/// <summary>What a node currently is in its term.</summary>
public enum ReplicaRole
{
    /// <summary>Follows the leader of its term (or waits for one).</summary>
    Follower = 0,

    /// <summary>Campaigns for votes in its term.</summary>
    Candidate = 1,

    /// <summary>The single writer of its term: appends clients' commands and streams the log.</summary>
    Leader = 2,
}
