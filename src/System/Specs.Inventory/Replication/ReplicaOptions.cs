namespace Specs.Inventory.Replication;

/// <summary>
/// The knobs of a replica, with limits. The simulator shrinks and randomizes them per seed (as
/// FoundationDB randomizes its knobs); a production cluster uses the defaults.
/// </summary>
public sealed record ReplicaOptions
{
    /// <summary>The leader's beat.</summary>
    public long HeartbeatIntervalMs { get; init; } = 50;

    /// <summary>Shortest wait for a leader before campaigning; each wait is drawn from [min, 2 min).</summary>
    public long ElectionTimeoutMinMs { get; init; } = 300;

    /// <summary>Entries one AppendEntries carries at most.</summary>
    public int MaxEntriesPerMessage { get; init; } = 64;

    /// <summary>Applied commands between syncs of the state store (the journal is the durable truth; the state store is rebuilt from it).</summary>
    public int StateSyncEveryEntries { get; init; } = 16;

    /// <summary>Deliberate bugs (negative suite only).</summary>
    public SeededBugs Bugs { get; init; } = SeededBugs.None;

    /// <summary>Checks the limits; a misconfiguration is a user mistake with a clear message.</summary>
    public void Validate()
    {
        if (HeartbeatIntervalMs <= 0 || ElectionTimeoutMinMs <= 2 * HeartbeatIntervalMs || MaxEntriesPerMessage is <= 0 or > 10_000 || StateSyncEveryEntries <= 0)
        {
            throw new ArgumentException(
                $"Replica options out of range: heartbeat {HeartbeatIntervalMs} ms must be positive and under half the election timeout {ElectionTimeoutMinMs} ms; entries per message {MaxEntriesPerMessage} must be 1-10000; state sync every {StateSyncEveryEntries} must be positive.");
        }
    }
}
