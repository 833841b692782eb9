using System.Buffers.Binary;
using System.IO.Hashing;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Storage;
using Specs.Inventory.Views;

namespace Specs.Inventory.Replication;

/// <summary>
/// Applies committed log entries to a replica's state store through the one CommandProcessor (the same
/// code path as a single node, and as replay: decide, append, evolve, views, one transaction). The
/// processor reads time and ids only from the entry, so every replica records the same events, with the
/// same ids and times, for the same entry.
/// </summary>
/// <remarks>
/// Applying an entry a second time (after a restart, the state store may hold a prefix of what was
/// applied) is harmless: every command carries an idempotency key, and a repeat writes nothing and
/// returns the first response.
/// </remarks>
public sealed class ReplicatedStateMachine
{
    private readonly EntryClock _clock = new();
    private readonly EntryIds _ids = new();
    private readonly CommandProcessor _processor;

    /// <summary>Opens the processor over the state store (recovering its state by replaying the store's event log).</summary>
    public ReplicatedStateMachine(IKeyValueStore state, IReadOnlyList<IView>? views = null)
    {
        State = state;
        _processor = CommandProcessor.Open(state, _clock, _ids, views);
    }

    /// <summary>The store the state machine writes.</summary>
    public IKeyValueStore State { get; }

    /// <summary>The event log head as of the last applied entry.</summary>
    public ulong Head => _processor.Head;

    /// <summary>Decides a committed command entry; the response is what the leader answers the client.</summary>
    public CommandOutcome Apply(LogEntry entry, string idempotencyKey)
    {
        _clock.NowUnixMs = entry.TimestampUnixMs;
        // Hash (term, index) into the seed: seeds on a lattice (term × constant ^ index) put the id
        // streams of nearby entries on overlapping SplitMix64 states, and ids then repeat across entries.
        Span<byte> position = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(position, entry.Term);
        BinaryPrimitives.WriteInt64BigEndian(position[8..], entry.Index);
        _ids.Reseed(XxHash64.HashToUInt64(position));
        var results = _processor.Process([new SubmitCommand(entry.Command!, idempotencyKey)]);
        return (CommandOutcome)results[0];
    }

    private sealed class EntryClock : IClock
    {
        public long NowUnixMs { get; set; }
    }

    private sealed class EntryIds : IIdGenerator
    {
        private DeterministicIds _ids = new(0);

        public void Reseed(ulong seed) => _ids = new DeterministicIds(seed);

        public Guid NextId() => _ids.NextId();
    }
}
