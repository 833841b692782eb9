using System.Buffers.Binary;
using System.IO.Hashing;
using Specs.Inventory.Ports;

namespace Specs.Inventory.Replication;

/// <summary>
/// Where a replica's state machine takes the time and the ids it decides a committed entry with. Whatever
/// it returns must depend only on the entry (and on fixed inputs), so that every replica records the same
/// events for the same entry.
/// </summary>
public interface IEntryDecisions
{
    /// <summary>The time the entry is decided at (Unix ms).</summary>
    long TimeOf(LogEntry entry);

    /// <summary>A fresh id generator for the entry: the ids its events get.</summary>
    IIdGenerator IdsFor(LogEntry entry);
}

/// <summary>The cluster's own policy: the leader's timestamp on the entry, and ids seeded from the entry's position.</summary>
public sealed class EntryDecisions : IEntryDecisions
{
    public static EntryDecisions FromEntry { get; } = new();

    private EntryDecisions()
    {
    }

    public long TimeOf(LogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.TimestampUnixMs;
    }

    public IIdGenerator IdsFor(LogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // Hash (term, index) into the seed: seeds on a lattice (term × constant ^ index) put the id
        // streams of nearby entries on overlapping SplitMix64 states, and ids then repeat across entries.
        Span<byte> position = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(position, entry.Term);
        BinaryPrimitives.WriteInt64BigEndian(position[8..], entry.Index);
        return new DeterministicIds(XxHash64.HashToUInt64(position));
    }
}

/// <summary>
/// A scenario's policy: every entry is decided at the scenario clock's reading and with the scenario's own
/// id stream, so a scenario on a cluster records exactly the events it records on a single node.
/// </summary>
/// <param name="clock">The scenario's clock (it does not move while the When runs).</param>
/// <param name="idSeed">The scenario's id seed: each entry starts the same stream, as the single node's one command does.</param>
public sealed class ScenarioEntryDecisions(IClock clock, ulong idSeed) : IEntryDecisions
{
    public long TimeOf(LogEntry entry) => clock.NowUnixMs;

    public IIdGenerator IdsFor(LogEntry entry) => new DeterministicIds(idSeed);
}
