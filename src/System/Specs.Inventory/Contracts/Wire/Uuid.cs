using System.Buffers.Binary;

namespace Specs.Inventory.Contracts.Wire;

/// <summary>
/// A Guid on the wire: the FlatBuffers struct <c>Uuid { hi: ulong; lo: ulong; }</c>. <c>hi</c> holds the
/// first 8 bytes of the RFC 4122 (big-endian) form and <c>lo</c> the last 8, so the hex digits of
/// hi then lo, as flatc prints them, spell the Guid in its usual order.
/// </summary>
public static class Uuid
{
    public const int Size = 16;
    public const int Alignment = 8;

    public static (ulong High, ulong Low) Split(Guid value)
    {
        Span<byte> bytes = stackalloc byte[16];
        var written = value.TryWriteBytes(bytes, bigEndian: true, out _);
        Diagnostics.Invariant.Assert(written);
        return (BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));
    }

    public static Guid Join(ulong high, ulong low)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, high);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], low);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>Reads the struct from its 16 bytes (hi then lo, each little-endian).</summary>
    public static Guid Read(ReadOnlySpan<byte> bytes) =>
        Join(BinaryPrimitives.ReadUInt64LittleEndian(bytes), BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(8, 8)));
}
