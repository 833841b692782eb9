using System.Buffers.Binary;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.EventStore;

namespace Specs.Bench;

/// <summary>
/// The events and commands every benchmark writes: stock added to one of <see cref="SkuCount"/> SKUs,
/// 1-3 events per command, each command carrying a causation id and an idempotency claim. Everything is
/// a pure function of a counter, so every run writes the same bytes. Event ids are pseudo-random (like
/// UUIDv4), so the event-id index sees random keys, as it would in production.
/// </summary>
public static class Workload
{
    public const int SkuCount = 1_000;

    private const long FirstRecordedAtUnixMs = 1_767_225_600_000;

    private static readonly string[] Skus = Enumerable.Range(0, SkuCount).Select(sku => $"SKU-{sku:D4}").ToArray();

    private static readonly string[] Streams = Skus.Select(sku => $"sku/{sku}").ToArray();

    private static readonly byte[] Response = [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08];

    /// <summary>
    /// A deterministic id for event (or command) number <paramref name="number"/>: well mixed (like
    /// UUIDv4) or, for <see cref="IdOrder.TimeOrdered"/>, rising with the number (like UUIDv7).
    /// </summary>
    public static Guid Id(ulong number, ulong salt, IdOrder order = IdOrder.Random)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, order == IdOrder.Random ? Mix(number ^ salt) : number);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], Mix(number + salt));
        return new Guid(bytes, bigEndian: true);
    }

    public static NewEvent Added(ulong eventNumber, int sku, IdOrder order = IdOrder.Random) => new(
        Id(eventNumber, 0x5EED_0001, order),
        FirstRecordedAtUnixMs + (long)eventNumber,
        new QuantityAdded { Sku = Skus[sku], Warehouse = "MAIN", Location = "A-01", Quantity = 1 + (long)(eventNumber % 50), Reason = "received" });

    public static string Stream(int sku) => Streams[sku];

    /// <summary>
    /// Command number <paramref name="commandNumber"/>: a pseudo-random SKU, 1-3 events numbered from
    /// <paramref name="firstEventNumber"/>, and at most <paramref name="maxEvents"/> of them.
    /// </summary>
    public static Command NextCommand(ulong commandNumber, ulong firstEventNumber, int maxEvents = 3, IdOrder order = IdOrder.Random)
    {
        var sku = (int)(Mix(commandNumber) % SkuCount);
        var count = Math.Min(1 + (int)(commandNumber % 3), maxEvents);
        var events = new NewEvent[count];
        for (var index = 0; index < count; index++)
        {
            events[index] = Added(firstEventNumber + (ulong)index, sku, order);
        }

        return new Command(
            sku,
            Streams[sku],
            events,
            Id(commandNumber, 0x5EED_0002, order),
            new IdempotencyClaim($"cmd-{commandNumber}", commandNumber, Response));
    }

    /// <summary>SplitMix64's finalizer: a bijection that spreads consecutive numbers over all 64 bits.</summary>
    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
