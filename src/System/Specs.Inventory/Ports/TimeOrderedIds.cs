using System.Buffers.Binary;

namespace Specs.Inventory.Ports;

/// <summary>
/// Ids laid out as RFC 9562 version-7 UUIDs: the clock's milliseconds first, then a counter within the
/// millisecond, then seeded random bits. Ids issued later sort later, so the event-id index grows at
/// its end instead of dirtying a random page per event: a durable group commit then writes (and
/// fsyncs) a handful of pages instead of one per event. Deterministic for a given clock and seed.
/// </summary>
public sealed class TimeOrderedIds(IClock clock, IRandomSource random) : IIdGenerator
{
    private long _lastMs = long.MinValue;
    private ulong _counter;

    public Guid NextId()
    {
        var ms = Math.Max(clock.NowUnixMs, _lastMs);
        _counter = ms == _lastMs ? _counter + 1 : random.NextUInt64() & 0x1FF; // leave room to count up
        if (_counter > 0xFFF)
        {
            // More ids in one millisecond than the 12-bit counter holds: borrow the next millisecond.
            ms++;
            _counter = 0;
        }

        _lastMs = ms;
        Span<byte> bytes = stackalloc byte[16];
        var high = ((ulong)ms << 16) | 0x7000UL | _counter; // 48-bit time, version 7, 12-bit counter
        BinaryPrimitives.WriteUInt64BigEndian(bytes, high);
        var low = (random.NextUInt64() & 0x3FFF_FFFF_FFFF_FFFFUL) | 0x8000_0000_0000_0000UL; // RFC variant
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], low);
        return new Guid(bytes, bigEndian: true);
    }
}
