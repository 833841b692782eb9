using Specs.Inventory.Contracts;

namespace Specs.Inventory.Replication;

/// <summary>What a replicated log entry asks every replica to do.</summary>
public enum LogEntryKind : byte
{
    /// <summary>A leader's first entry in its term: committing it commits every earlier entry (Raft's rule).</summary>
    LeaderNoOp = 1,

    /// <summary>A client's command, decided by every replica's CommandProcessor when the entry is committed.</summary>
    Command = 2,
}

/// <summary>
/// One position of the replicated log: the journaled input of the single writer (LMAX's journal). Every
/// replica applies committed entries in order through the same CommandProcessor, with the entry's own
/// time and ids, so every replica records the same events.
/// </summary>
/// <param name="Term">The epoch of the leader that created the entry.</param>
/// <param name="Index">Position in the log (1-based, gapless).</param>
/// <param name="TimestampUnixMs">The leader's time when it created the entry; never less than the entry before.</param>
/// <param name="Kind">What the entry asks for.</param>
/// <param name="IdempotencyKey">The client's key (commands always carry one: that is how retries stay exactly once).</param>
/// <param name="Command">The command, for <see cref="LogEntryKind.Command"/>.</param>
/// <param name="Checksum">XxHash64 over every other field; the journal checks it on every read (bit flips).</param>
public sealed record LogEntry(
    long Term,
    long Index,
    long TimestampUnixMs,
    LogEntryKind Kind,
    string? IdempotencyKey,
    ICommandContract? Command,
    ulong Checksum)
{
    /// <summary>Builds an entry and computes its checksum.</summary>
    public static LogEntry Create(long term, long index, long timestampUnixMs, LogEntryKind kind, string? idempotencyKey, ICommandContract? command) =>
        new(term, index, timestampUnixMs, kind, idempotencyKey, command, LogEntryCodec.ChecksumOf(term, index, timestampUnixMs, kind, idempotencyKey, command));

    /// <summary>A short description for traces and failure reports.</summary>
    public override string ToString() =>
        $"#{Index}@t{Term} {Kind}{(IdempotencyKey is null ? string.Empty : " key=" + IdempotencyKey)} {Command?.GetType().Name}";
}
