using System.Buffers.Binary;
using Specs.Inventory.Storage;

namespace Specs.Inventory.EventStore;

/// <summary>
/// Every stored record is its body followed by the body's CRC-32C (4 bytes, little-endian). LMDB does
/// not checksum its pages, so a flipped bit would otherwise decode as a plausible but wrong event.
/// CRC-32C (not the zlib CRC-32 of format 1) because the CPU computes it with one instruction per 8 bytes
/// and replay checks one per event; like any CRC-32 it catches every 1-, 2- and 3-bit error in a record
/// of this size and every burst of up to 32 bits.
/// The trailer sits after the body so that a FlatBuffers body still starts at byte 0 (flatc and the
/// generated views read it in place).
/// </summary>
public static class RecordFrame
{
    public const int TrailerBytes = sizeof(uint);

    /// <summary>Writes the CRC of <paramref name="body"/> into the 4 bytes that follow it.</summary>
    public static void Seal(ReadOnlySpan<byte> body, Span<byte> trailer) =>
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, Crc32C.Hash(body));

    /// <summary>Returns the body of a stored record after checking its CRC.</summary>
    /// <exception cref="CorruptRecordException">the record is too short or its CRC does not match.</exception>
    public static ReadOnlySpan<byte> Open(ReadOnlySpan<byte> key, ReadOnlySpan<byte> stored)
    {
        if (stored.Length < TrailerBytes)
        {
            throw new CorruptRecordException(
                StorageException.Describe(key),
                $"{stored.Length} bytes is shorter than the {TrailerBytes}-byte checksum trailer");
        }

        var body = stored[..^TrailerBytes];
        var expected = BinaryPrimitives.ReadUInt32LittleEndian(stored[^TrailerBytes..]);
        var actual = Crc32C.Hash(body);
        if (actual != expected)
        {
            throw new CorruptRecordException(
                StorageException.Describe(key),
                $"CRC-32C mismatch: stored {expected:X8}, computed {actual:X8} over {body.Length} bytes");
        }

        return body;
    }
}
