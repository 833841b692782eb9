namespace Specs.Inventory.Ports;

/// <summary>
/// Ids drawn from a seeded stream and shaped as RFC 4122 version-4 UUIDs, so they look like any other
/// id to a reader, yet the same seed always yields the same sequence.
/// </summary>
public sealed class DeterministicIds(IRandomSource random) : IIdGenerator
{
    public DeterministicIds(ulong seed)
        : this(new SplitMix64(seed))
    {
    }

    public Guid NextId()
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, random.NextUInt64());
        BitConverter.TryWriteBytes(bytes[8..], random.NextUInt64());
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }
}
