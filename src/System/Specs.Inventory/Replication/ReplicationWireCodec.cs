using System.Buffers.Binary;

namespace Specs.Inventory.Replication;

/// <summary>
/// The bytes of the messages nodes send each other over a real network (the simulator passes the
/// records themselves). One message is one payload: a kind byte, then the fields big-endian; the entries
/// of <see cref="AppendEntries"/> are journal records (<see cref="LogEntryCodec"/>), so each carries its
/// checksum across the wire and a corrupted entry is refused, never applied.
/// </summary>
/// <remarks>
/// Client messages are not on the wire: a client talks HTTP to a node, and the node's own host answers
/// it. Framing (the length prefix) belongs to the transport.
/// </remarks>
public static class ReplicationWireCodec
{
    private const byte RequestVoteKind = 1;
    private const byte VoteAnswerKind = 2;
    private const byte AppendEntriesKind = 3;
    private const byte AppendAnswerKind = 4;
    private const byte TermQueryKind = 5;
    private const byte TermReportKind = 6;

    /// <summary>Encodes a message between nodes.</summary>
    /// <exception cref="ArgumentException">the message is a client message, which never travels between nodes.</exception>
    public static byte[] Encode(ReplicationMessage message)
    {
        switch (message)
        {
            case RequestVote vote:
                {
                    var bytes = new byte[1 + 8 + 4 + 8 + 8];
                    bytes[0] = RequestVoteKind;
                    BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(1), vote.Term);
                    BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(9), vote.Candidate);
                    BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(13), vote.LastLogIndex);
                    BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(21), vote.LastLogTerm);
                    return bytes;
                }

            case VoteAnswer answer:
                {
                    var bytes = new byte[1 + 8 + 4 + 1];
                    bytes[0] = VoteAnswerKind;
                    BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(1), answer.Term);
                    BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(9), answer.Voter);
                    bytes[13] = answer.Granted ? (byte)1 : (byte)0;
                    return bytes;
                }

            case AppendEntries append:
                {
                    var records = append.Entries.Select(LogEntryCodec.Encode).ToArray();
                    var bytes = new byte[1 + 8 + 4 + 8 + 8 + 8 + 4 + records.Sum(record => 4 + record.Length)];
                    bytes[0] = AppendEntriesKind;
                    BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(1), append.Term);
                    BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(9), append.Leader);
                    BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(13), append.PreviousIndex);
                    BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(21), append.PreviousTerm);
                    BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(29), append.LeaderCommit);
                    BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(37), records.Length);
                    var at = 41;
                    foreach (var record in records)
                    {
                        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(at), record.Length);
                        record.Span.CopyTo(bytes.AsSpan(at + 4));
                        at += 4 + record.Length;
                    }

                    return bytes;
                }

            case AppendAnswer answer:
                {
                    var bytes = new byte[1 + 8 + 4 + 1 + 8];
                    bytes[0] = AppendAnswerKind;
                    BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(1), answer.Term);
                    BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(9), answer.Follower);
                    bytes[13] = answer.Success ? (byte)1 : (byte)0;
                    BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(14), answer.MatchIndex);
                    return bytes;
                }

            case TermQuery query:
                {
                    var bytes = new byte[1 + 4];
                    bytes[0] = TermQueryKind;
                    BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(1), query.From);
                    return bytes;
                }

            case TermReport report:
                {
                    var bytes = new byte[1 + 8 + 4 + 8 + 8];
                    bytes[0] = TermReportKind;
                    BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(1), report.Term);
                    BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(9), report.From);
                    BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(13), report.LastIndex);
                    BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(21), report.LastTerm);
                    return bytes;
                }

            default:
                throw new ArgumentException($"{message.GetType().Name} does not travel between nodes: clients talk HTTP to a node.", nameof(message));
        }
    }

    /// <summary>Decodes a payload written by <see cref="Encode"/>.</summary>
    /// <exception cref="FormatException">the payload is truncated, of an unknown kind, or an entry fails its checksum.</exception>
    public static ReplicationMessage Decode(ReadOnlySpan<byte> payload, CommandCodec commands)
    {
        try
        {
            return payload[0] switch
            {
                RequestVoteKind when payload.Length == 29 => new RequestVote(
                    BinaryPrimitives.ReadInt64BigEndian(payload[1..]),
                    BinaryPrimitives.ReadInt32BigEndian(payload[9..]),
                    BinaryPrimitives.ReadInt64BigEndian(payload[13..]),
                    BinaryPrimitives.ReadInt64BigEndian(payload[21..])),
                VoteAnswerKind when payload.Length == 14 => new VoteAnswer(
                    BinaryPrimitives.ReadInt64BigEndian(payload[1..]),
                    BinaryPrimitives.ReadInt32BigEndian(payload[9..]),
                    Flag(payload[13])),
                AppendEntriesKind when payload.Length >= 41 => DecodeAppend(payload, commands),
                AppendAnswerKind when payload.Length == 22 => new AppendAnswer(
                    BinaryPrimitives.ReadInt64BigEndian(payload[1..]),
                    BinaryPrimitives.ReadInt32BigEndian(payload[9..]),
                    Flag(payload[13]),
                    BinaryPrimitives.ReadInt64BigEndian(payload[14..])),
                TermQueryKind when payload.Length == 5 => new TermQuery(BinaryPrimitives.ReadInt32BigEndian(payload[1..])),
                TermReportKind when payload.Length == 29 => new TermReport(
                    BinaryPrimitives.ReadInt64BigEndian(payload[1..]),
                    BinaryPrimitives.ReadInt32BigEndian(payload[9..]),
                    BinaryPrimitives.ReadInt64BigEndian(payload[13..]),
                    BinaryPrimitives.ReadInt64BigEndian(payload[21..])),
                _ => throw new FormatException($"A replication message of kind {payload[0]} and {payload.Length} bytes is not one this node knows."),
            };
        }
        catch (Exception error) when (error is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            throw new FormatException($"A replication message of {payload.Length} bytes is truncated.", error);
        }
    }

    private static bool Flag(byte value) => value switch
    {
        0 => false,
        1 => true,
        _ => throw new FormatException($"A flag byte holds {value}, not 0 or 1."),
    };

    private static AppendEntries DecodeAppend(ReadOnlySpan<byte> payload, CommandCodec commands)
    {
        var count = BinaryPrimitives.ReadInt32BigEndian(payload[37..]);
        if (count < 0 || count > (payload.Length - 41) / 4)
        {
            throw new FormatException($"An append claims {count} entries in {payload.Length} bytes.");
        }

        var entries = new List<LogEntry>(count);
        var rest = payload[41..];
        for (var i = 0; i < count; i++)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(rest);
            if (length < 0 || length > rest.Length - 4 || !LogEntryCodec.TryDecode(rest.Slice(4, length), commands, out var entry))
            {
                throw new FormatException($"Entry {i + 1} of {count} of an append is truncated or fails its checksum.");
            }

            entries.Add(entry);
            rest = rest[(4 + length)..];
        }

        if (!rest.IsEmpty)
        {
            throw new FormatException($"An append has {rest.Length} bytes after its last entry.");
        }

        return new AppendEntries(
            BinaryPrimitives.ReadInt64BigEndian(payload[1..]),
            BinaryPrimitives.ReadInt32BigEndian(payload[9..]),
            BinaryPrimitives.ReadInt64BigEndian(payload[13..]),
            BinaryPrimitives.ReadInt64BigEndian(payload[21..]),
            entries,
            BinaryPrimitives.ReadInt64BigEndian(payload[29..]));
    }
}
