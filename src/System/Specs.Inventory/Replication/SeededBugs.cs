namespace Specs.Inventory.Replication;

/// <summary>
/// Deliberate bugs for the negative suite: each one breaks an invariant the simulator's checkers must
/// then report. Only the simulator's negative runs switch one on; <see cref="None"/> everywhere else.
/// </summary>
[Flags]
public enum SeededBugs
{
    /// <summary>The real protocol.</summary>
    None = 0,

    /// <summary>The leader commits (and answers) an entry as soon as it holds it itself, before a majority does.</summary>
    LeaderAcksBeforeReplication = 1,

    /// <summary>A follower silently skips applying some committed entries.</summary>
    FollowerSkipsEvent = 2,

    /// <summary>A follower accepts appends from a leader of an older term (the deposed leader is not fenced).</summary>
    DeposedLeaderNotFenced = 4,

    /// <summary>A retried command is applied under a fresh identity instead of being deduplicated by its key.</summary>
    RetryNotDeduplicated = 8,

    /// <summary>A node acknowledges appended entries before syncing its journal, so power loss can lose acknowledged entries.</summary>
    AcksUnsyncedJournal = 16,
}
