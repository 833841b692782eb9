using System.Buffers.Binary;
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
/// <remarks>
/// A class, not a record: it caches its encoding, which a <c>with</c> copy would carry over to other fields.
/// </remarks>
public sealed class LogEntry(
    long term,
    long index,
    long timestampUnixMs,
    LogEntryKind kind,
    string? idempotencyKey,
    ICommandContract? command,
    ulong checksum) : IEquatable<LogEntry>
{
    // The journal's record of this entry (LogEntryCodec), made at most once: the leader journals the entry, sends it,
    // and every follower journals it too (in the simulator, the very same object), and each encoding serialized the
    // command again. A cache, not part of the value: Equals and GetHashCode leave it out.
    private byte[]? _record;

    /// <summary>The epoch of the leader that created the entry.</summary>
    public long Term { get; } = term;

    /// <summary>Position in the log (1-based, gapless).</summary>
    public long Index { get; } = index;

    /// <summary>The leader's time when it created the entry; never less than the entry before.</summary>
    public long TimestampUnixMs { get; } = timestampUnixMs;

    /// <summary>What the entry asks for.</summary>
    public LogEntryKind Kind { get; } = kind;

    /// <summary>The client's key (commands always carry one: that is how retries stay exactly once).</summary>
    public string? IdempotencyKey { get; } = idempotencyKey;

    /// <summary>The command, for <see cref="LogEntryKind.Command"/>.</summary>
    public ICommandContract? Command { get; } = command;

    /// <summary>XxHash64 over every other field; the journal checks it on every read (bit flips).</summary>
    public ulong Checksum { get; } = checksum;

    /// <summary>The entry as the journal stores it, checksum first; shared, so never to be changed.</summary>
    internal byte[] Record => _record ??= LogEntryCodec.RecordOf(Checksum, Term, Index, TimestampUnixMs, Kind, IdempotencyKey, Command);

    /// <summary>Builds an entry and computes its checksum.</summary>
    public static LogEntry Create(long term, long index, long timestampUnixMs, LogEntryKind kind, string? idempotencyKey, ICommandContract? command)
    {
        var record = LogEntryCodec.RecordOf(null, term, index, timestampUnixMs, kind, idempotencyKey, command);
        return new(term, index, timestampUnixMs, kind, idempotencyKey, command, BinaryPrimitives.ReadUInt64BigEndian(record)) { _record = record };
    }

    /// <summary>Whether both entries hold the same fields (the cached record is not one).</summary>
    public bool Equals(LogEntry? other) =>
        other is not null && Term == other.Term && Index == other.Index && TimestampUnixMs == other.TimestampUnixMs && Kind == other.Kind
        && string.Equals(IdempotencyKey, other.IdempotencyKey, StringComparison.Ordinal) && Equals(Command, other.Command) && Checksum == other.Checksum;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LogEntry);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Term, Index, TimestampUnixMs, Kind, IdempotencyKey, Command, Checksum);

    /// <summary>A short description for traces and failure reports.</summary>
    public override string ToString() =>
        $"#{Index}@t{Term} {Kind}{(IdempotencyKey is null ? string.Empty : " key=" + IdempotencyKey)} {Command?.GetType().Name}";
}
