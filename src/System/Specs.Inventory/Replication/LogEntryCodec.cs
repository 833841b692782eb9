using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Specs.Inventory.Contracts;

namespace Specs.Inventory.Replication;

/// <summary>
/// The journal's record format for one <see cref="LogEntry"/>:
/// checksum(8) term(8) index(8) timestamp(8) kind(1) keyLength(4) key(utf8) contractId(4) command bytes.
/// The checksum covers everything after it, so a flipped bit anywhere in the record is caught on read.
/// </summary>
public static class LogEntryCodec
{
    private const int HeaderBytes = 8 + 8 + 8 + 8 + 1 + 4;

    /// <summary>Encodes an entry (its checksum included): read-only, because the bytes are the entry's own, made once.</summary>
    public static ReadOnlyMemory<byte> Encode(LogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Record;
    }

    /// <summary>Decodes a record; false when its checksum does not match its content (corruption).</summary>
    public static bool TryDecode(ReadOnlySpan<byte> record, CommandCodec commands, out LogEntry entry)
    {
        entry = null!;
        if (record.Length < HeaderBytes)
        {
            return false;
        }

        var stored = BinaryPrimitives.ReadUInt64BigEndian(record);
        var body = record[8..];
        if (XxHash64.HashToUInt64(body) != stored)
        {
            return false;
        }

        var term = BinaryPrimitives.ReadInt64BigEndian(body);
        var index = BinaryPrimitives.ReadInt64BigEndian(body[8..]);
        var timestamp = BinaryPrimitives.ReadInt64BigEndian(body[16..]);
        var kind = (LogEntryKind)body[24];
        var keyLength = BinaryPrimitives.ReadInt32BigEndian(body[25..]);
        var rest = body[29..];
        string? key = keyLength < 0 ? null : Encoding.UTF8.GetString(rest[..keyLength]);
        rest = rest[Math.Max(0, keyLength)..];
        ICommandContract? command = null;
        if (kind == LogEntryKind.Command)
        {
            var contractId = BinaryPrimitives.ReadInt32BigEndian(rest);
            command = commands.Decode(contractId, rest[4..].ToArray());
        }

        entry = new LogEntry(term, index, timestamp, kind, key, command, stored);
        return true;
    }

    /// <summary>
    /// A record of the fields: the checksum first, the one given (a damaged entry keeps its wrong one) or, when none
    /// is, XxHash64 over the rest, then the fields, encoded into the record's own array.
    /// </summary>
    internal static byte[] RecordOf(ulong? checksum, long term, long index, long timestampUnixMs, LogEntryKind kind, string? key, ICommandContract? command)
    {
        var keyLength = key is null ? 0 : Encoding.UTF8.GetByteCount(key);
        var commandBytes = command is null ? [] : CommandBytes(command);
        var record = new byte[HeaderBytes + keyLength + (command is null ? 0 : 4 + commandBytes.Length)];
        var body = record.AsSpan(8);
        BinaryPrimitives.WriteInt64BigEndian(body, term);
        BinaryPrimitives.WriteInt64BigEndian(body[8..], index);
        BinaryPrimitives.WriteInt64BigEndian(body[16..], timestampUnixMs);
        body[24] = (byte)kind;
        BinaryPrimitives.WriteInt32BigEndian(body[25..], key is null ? -1 : keyLength);
        Encoding.UTF8.GetBytes(key.AsSpan(), body[29..]);
        if (command is not null)
        {
            BinaryPrimitives.WriteInt32BigEndian(body[(29 + keyLength)..], command.ContractId);
            commandBytes.CopyTo(body[(33 + keyLength)..]);
        }

        BinaryPrimitives.WriteUInt64BigEndian(record, checksum ?? XxHash64.HashToUInt64(body));
        return record;
    }

    private static byte[] CommandBytes(ICommandContract command)
    {
        var builder = new Google.FlatBuffers.FlatBufferBuilder(256);
        builder.Finish(command.WriteTo(builder));
        return builder.SizedByteArray();
    }
}
