using System.Buffers.Binary;
using Google.FlatBuffers;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Wire;

namespace Specs.Inventory.Replication;

/// <summary>One past event of a <see cref="RecordHistory"/> entry: its id, stream, recording time and contract.</summary>
public sealed record HistoryEvent(Guid EventId, string Stream, long RecordedAtUnixMs, IEventContract Payload);

/// <summary>
/// A request to append past events to the log as recorded history, the way a scenario's Given events are
/// delivered: no decider sees them, every replica appends them when the entry is committed and then
/// rebuilds its state and views from the log (as a node does at start-up). Replicated like a command so
/// that the history goes through the leader and is ordered in the one log with everything else.
/// </summary>
/// <remarks>
/// Not a contract of the catalog: its id is negative (reserved for replication requests), and it is
/// never stored in the event log itself. Applying it twice is harmless: the log recognises every event by
/// its id.
/// </remarks>
public sealed record RecordHistory(IReadOnlyList<HistoryEvent> Events) : ICommandContract
{
    /// <summary>The reserved contract id.</summary>
    public const int Id = -1;

    private const string SchemaName = "RecordHistory";

    public int ContractId => Id;

    /// <summary>One field: the events, each framed as (length, EventRecord bytes), in one byte vector.</summary>
    public int WriteTo(FlatBufferBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var frames = new List<byte>();
        Span<byte> length = stackalloc byte[4];
        foreach (var given in Events)
        {
            var record = EventRecordWriter.Encode(new EventEnvelope(0, given.Stream, 0, given.EventId, given.RecordedAtUnixMs), given.Payload);
            BinaryPrimitives.WriteInt32BigEndian(length, record.Length);
            frames.AddRange(length);
            frames.AddRange(record);
        }

        var vector = ContractWriter.ScalarVector<byte>(builder, frames);
        builder.StartTable(1);
        builder.AddOffset(0, vector, 0);
        return builder.EndTable();
    }

    /// <summary>Reads what <see cref="WriteTo"/> wrote.</summary>
    public static RecordHistory FromBytes(ReadOnlySpan<byte> buffer)
    {
        var frames = new ScalarVector<byte>(TableReader.Root(buffer, SchemaName).Vector(0, 1)).ToArray().AsSpan();
        var events = new List<HistoryEvent>();
        while (frames.Length > 0)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(frames);
            var record = EventRecord.FromBytes(frames.Slice(4, length));
            events.Add(new HistoryEvent(record.EventId, record.Stream, record.RecordedAtUnixMs, record.Payload));
            frames = frames[(4 + length)..];
        }

        return new RecordHistory(events);
    }
}
