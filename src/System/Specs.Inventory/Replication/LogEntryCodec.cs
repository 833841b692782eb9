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

    /// <summary>Encodes an entry (its checksum included). The array is the entry's own, made once: never change it.</summary>
    public static byte[] Encode(LogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Record;
    }

    /// <summary>A record: the checksum as given (a damaged entry keeps its wrong one), then the body.</summary>
    internal static byte[] RecordOf(ulong checksum, byte[] body)
    {
        var record = new byte[8 + body.Length];
        BinaryPrimitives.WriteUInt64BigEndian(record, checksum);
        body.CopyTo(record, 8);
        return record;
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

    /// <summary>The checksum of an encoded body.</summary>
    internal static ulong ChecksumOf(byte[] body) => XxHash64.HashToUInt64(body);

    /// <summary>Everything the checksum covers: the fields after it, encoded.</summary>
    internal static byte[] Body(long term, long index, long timestampUnixMs, LogEntryKind kind, string? key, ICommandContract? command)
    {
        var keyBytes = key is null ? [] : Encoding.UTF8.GetBytes(key);
        var commandBytes = command is null ? [] : CommandBytes(command);
        var body = new byte[HeaderBytes - 8 + keyBytes.Length + (command is null ? 0 : 4 + commandBytes.Length)];
        BinaryPrimitives.WriteInt64BigEndian(body, term);
        BinaryPrimitives.WriteInt64BigEndian(body.AsSpan(8), index);
        BinaryPrimitives.WriteInt64BigEndian(body.AsSpan(16), timestampUnixMs);
        body[24] = (byte)kind;
        BinaryPrimitives.WriteInt32BigEndian(body.AsSpan(25), key is null ? -1 : keyBytes.Length);
        keyBytes.CopyTo(body, 29);
        if (command is not null)
        {
            BinaryPrimitives.WriteInt32BigEndian(body.AsSpan(29 + keyBytes.Length), command.ContractId);
            commandBytes.CopyTo(body, 33 + keyBytes.Length);
        }

        return body;
    }

    private static byte[] CommandBytes(ICommandContract command)
    {
        var builder = new Google.FlatBuffers.FlatBufferBuilder(256);
        builder.Finish(command.WriteTo(builder));
        return builder.SizedByteArray();
    }
}
