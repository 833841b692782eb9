using System.Buffers.Binary;
using Specs.Inventory.Diagnostics;
using Specs.Inventory.Storage;

namespace Specs.Inventory.Replication;

/// <summary>
/// A node's durable replication state in its own key-value store: the hard state (term, vote,
/// membership) and the log. Every change is one transaction followed by a sync, and nothing is
/// answered before the sync (the answer is a promise that the entry survives power loss).
/// </summary>
/// <remarks>
/// <para>Keys: <c>0x01</c> the hard state (term, vote, membership, and the id of the node the journal
/// belongs to); <c>0x10 ‖ index (8 bytes, big-endian)</c> each entry.</para>
/// <para>Opening reads every record and checks its checksum. A record that fails it (a flipped bit)
/// ends the usable log there: the node drops it and everything after, and, because it may have
/// promised those entries to a leader, becomes a non-voting member until it has caught up again.</para>
/// </remarks>
public sealed class ReplicationJournal
{
    private const byte HardStateKey = 0x01;
    private const byte EntryPrefix = 0x10;
    private readonly IKeyValueStore _store;
    private readonly CommandCodec _commands;
    // The log, in a backing array that is never written below _count once sliced: a truncation or a
    // growth moves to a new array, so the segments Slice handed out stay immutable without a copy.
    private LogEntry[] _entries = new LogEntry[64];
    private int _count;

    private ReplicationJournal(IKeyValueStore store, CommandCodec commands)
    {
        _store = store;
        _commands = commands;
    }

    /// <summary>The current term (epoch) this node knows of; never decreases.</summary>
    public long Term { get; private set; }

    /// <summary>Who this node voted for in <see cref="Term"/> (-1: nobody).</summary>
    public int VotedFor { get; private set; } = -1;

    /// <summary>Whether the node may vote and campaign: false after its data was lost until it caught up.</summary>
    public bool IsMember { get; private set; }

    /// <summary>
    /// The node this journal belongs to (-1: not stamped yet, an empty journal or one written before the
    /// owner was recorded). A node refuses to start on another node's journal (<see cref="ForeignDataException"/>).
    /// </summary>
    public int Owner { get; private set; } = -1;

    /// <summary>Whether opening found a corrupt record (and dropped the log from there).</summary>
    public bool FoundCorruption { get; private set; }

    /// <summary>Index of the last entry (0: empty).</summary>
    public long LastIndex => _count;

    /// <summary>Term of the last entry (0: empty).</summary>
    public long LastTerm => _count == 0 ? 0 : _entries[_count - 1].Term;

    /// <summary>Opens the journal; an empty store gives an empty, non-member journal.</summary>
    public static ReplicationJournal Open(IKeyValueStore store, CommandCodec commands)
    {
        var journal = new ReplicationJournal(store, commands);
        journal.Load();
        return journal;
    }

    /// <summary>The entry at <paramref name="index"/> (1-based).</summary>
    public LogEntry At(long index)
    {
        Invariant.Assert(index >= 1 && index <= LastIndex, $"index {index} outside 1..{LastIndex}");
        return _entries[index - 1];
    }

    /// <summary>The term of the entry at <paramref name="index"/>; 0 for index 0.</summary>
    public long TermAt(long index) => index == 0 ? 0 : At(index).Term;

    /// <summary>
    /// Entries from <paramref name="fromIndex"/>, at most <paramref name="limit"/>: an immutable view that
    /// shares the journal's array (one per append message, so it must not copy).
    /// </summary>
    public IReadOnlyList<LogEntry> Slice(long fromIndex, int limit)
    {
        var start = (int)(fromIndex - 1);
        var count = Math.Max(0, Math.Min(limit, _count - start));
        return count == 0 ? [] : new LogSegment(_entries, start, count);
    }

    /// <summary>Records which node this journal belongs to, once; the caller syncs.</summary>
    public void StampOwner(int nodeId)
    {
        Invariant.Assert(Owner == -1 || Owner == nodeId, $"journal of node {Owner} stamped for node {nodeId}");
        Owner = nodeId;
        SetHardState(Term, VotedFor, IsMember);
    }

    /// <summary>Persists the hard state; the caller syncs (or, under a seeded bug, does not).</summary>
    public void SetHardState(long term, int votedFor, bool isMember)
    {
        Invariant.Assert(term >= Term, $"term going back from {Term} to {term}");
        var owner = Owner;
        _store.Write(transaction =>
        {
            Span<byte> value = stackalloc byte[17];
            BinaryPrimitives.WriteInt64BigEndian(value, term);
            BinaryPrimitives.WriteInt32BigEndian(value[8..], votedFor);
            value[12] = isMember ? (byte)1 : (byte)0;
            BinaryPrimitives.WriteInt32BigEndian(value[13..], owner);
            transaction.Put([HardStateKey], value);
            return 0;
        });
        Term = term;
        VotedFor = votedFor;
        IsMember = isMember;
    }

    /// <summary>
    /// Drops every entry from <paramref name="fromIndex"/> on (a conflicting suffix from a deposed
    /// leader), then appends <paramref name="entries"/>, in one transaction.
    /// </summary>
    public void TruncateAndAppend(long fromIndex, IReadOnlyList<LogEntry> entries)
    {
        Invariant.Assert(fromIndex >= 1 && fromIndex <= LastIndex + 1, $"append at {fromIndex} after last {LastIndex}");
        for (var i = 0; i < entries.Count; i++)
        {
            Invariant.Assert(entries[i].Index == fromIndex + i, $"entry {entries[i].Index} at position {fromIndex + i}");
        }

        _store.Write(transaction =>
        {
            if (fromIndex <= LastIndex)
            {
                transaction.ClearRange(EntryKey(fromIndex), EntryKey(long.MaxValue));
            }

            foreach (var entry in entries)
            {
                transaction.Put(EntryKey(entry.Index), LogEntryCodec.Encode(entry).Span);
            }

            return 0;
        });
        var keep = (int)(fromIndex - 1);
        var needed = keep + entries.Count;
        if (keep < _count || needed > _entries.Length)
        {
            // A new array: the old one may back segments in flight, whose slots from keep on must not change.
            var moved = new LogEntry[Math.Max(64, needed * 2)];
            Array.Copy(_entries, moved, keep);
            _entries = moved;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            _entries[keep + i] = entries[i];
        }

        _count = needed;
    }

    /// <summary>Makes every change so far survive power loss.</summary>
    public void Sync() => _store.Sync();

    private static byte[] EntryKey(long index)
    {
        var key = new byte[9];
        key[0] = EntryPrefix;
        BinaryPrimitives.WriteInt64BigEndian(key.AsSpan(1), index);
        return key;
    }

    private void Append(LogEntry entry)
    {
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[_count++] = entry;
    }

    private void Load()
    {
        using var read = _store.BeginRead();
        // 13 bytes: written before the owner was recorded (the owner is stamped at the next start).
        if (read.TryGet([HardStateKey], out var hard) && (hard.Length == 13 || hard.Length == 17))
        {
            Term = BinaryPrimitives.ReadInt64BigEndian(hard);
            VotedFor = BinaryPrimitives.ReadInt32BigEndian(hard[8..]);
            IsMember = hard[12] == 1;
            Owner = hard.Length == 17 ? BinaryPrimitives.ReadInt32BigEndian(hard[13..]) : -1;
        }

        using var cursor = read.Range(EntryKey(1), EntryKey(long.MaxValue));
        while (cursor.MoveNext())
        {
            var expected = _count + 1;
            if (!LogEntryCodec.TryDecode(cursor.Value, _commands, out var entry) || entry.Index != expected
                || BinaryPrimitives.ReadInt64BigEndian(cursor.Key[1..]) != expected)
            {
                FoundCorruption = true;
                break;
            }

            Append(entry);
        }
    }
}
