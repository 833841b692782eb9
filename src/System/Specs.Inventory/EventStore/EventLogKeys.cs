using System.Buffers.Binary;
using System.Numerics;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.EventStore;

/// <summary>
/// Where the event log keeps things in the ordered keyspace. Each top-level subspace is ONE raw byte,
/// not a packed tuple: the first byte of a key is its storage partition (one LMDB database each), and
/// the log must be alone in its partition so that appending the next position is an MDB_APPEND.
/// Below the byte, keys are FoundationDB tuples, so they sort by their logical values.
/// </summary>
public static class EventLogKeys
{
    /// <summary>(position) → EventRecord FlatBuffer followed by its CRC-32C.</summary>
    public static readonly Subspace Log = new([LogSubspaceByte]);

    /// <summary>(stream, version) → position (8 bytes, big-endian).</summary>
    public static readonly Subspace Streams = new([0x02]);

    /// <summary>(event id) → position (8 bytes, big-endian).</summary>
    public static readonly Subspace EventIds = new([0x03]);

    /// <summary>(idempotency key) → the first response and the positions it produced.</summary>
    public static readonly Subspace Idempotency = new([0x04]);

    /// <summary>Longest key the log builds: a one-byte subspace plus a stream name at its limit.</summary>
    public const int MaxKeyBytes = 1 + (2 * EventLogLimits.MaxStreamNameBytes) + 2 + 10;

    public static int PositionKey(ulong position, Span<byte> buffer)
    {
        var writer = Log.StartWriter(buffer);
        writer.Write(position);
        return writer.Length;
    }

    public static int StreamKey(ReadOnlySpan<char> stream, ulong version, Span<byte> buffer)
    {
        var writer = Streams.StartWriter(buffer);
        writer.WriteString(stream);
        writer.Write(version);
        return writer.Length;
    }

    public static int StreamPrefix(ReadOnlySpan<char> stream, Span<byte> buffer)
    {
        var writer = Streams.StartWriter(buffer);
        writer.WriteString(stream);
        return writer.Length;
    }

    public static int EventIdKey(Guid eventId, Span<byte> buffer)
    {
        var writer = EventIds.StartWriter(buffer);
        writer.Write(eventId);
        return writer.Length;
    }

    public static int IdempotencyKey(ReadOnlySpan<char> key, Span<byte> buffer)
    {
        var writer = Idempotency.StartWriter(buffer);
        writer.WriteString(key);
        return writer.Length;
    }

    /// <summary>
    /// Whether <paramref name="logKey"/> is exactly the log key of <paramref name="position"/>, compared
    /// byte for byte without building the key or parsing it: the subspace byte, then the tuple integer's
    /// code <c>0x14 + n</c> and its <c>n</c> big-endian magnitude bytes (n = 0 for position 0). A tuple
    /// integer has exactly one packing, so this agrees with comparing against <see cref="PositionKey"/>.
    /// </summary>
    public static bool IsPositionKey(ReadOnlySpan<byte> logKey, ulong position)
    {
        var size = 8 - (BitOperations.LeadingZeroCount(position) / 8);
        if (logKey.Length != 2 + size || logKey[0] != LogSubspaceByte || logKey[1] != TupleTypeCode.IntegerZero + size)
        {
            return false;
        }

        ulong stored = 0;
        foreach (var magnitudeByte in logKey[2..])
        {
            stored = (stored << 8) | magnitudeByte;
        }

        return stored == position;
    }

    /// <summary>The log's one subspace byte (<see cref="Log"/>'s prefix).</summary>
    private const byte LogSubspaceByte = 0x01;

    /// <summary>Reads the position back out of a log key.</summary>
    public static ulong PositionOf(ReadOnlySpan<byte> logKey)
    {
        var reader = Log.Read(logKey);
        return reader.ReadUInt64();
    }

    /// <summary>Reads the version out of a stream-index key.</summary>
    public static ulong VersionOf(ReadOnlySpan<byte> streamKey)
    {
        var reader = Streams.Read(streamKey);
        reader.SkipElement();
        return reader.ReadUInt64();
    }

    public static void WritePosition(ulong position, Span<byte> destination) =>
        BinaryPrimitives.WriteUInt64BigEndian(destination, position);

    public static ulong ReadPosition(ReadOnlySpan<byte> value) => BinaryPrimitives.ReadUInt64BigEndian(value);
}
