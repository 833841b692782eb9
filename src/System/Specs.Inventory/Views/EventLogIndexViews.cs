using Specs.Inventory.Contracts;
using Specs.Inventory.Domain;
using Specs.Inventory.EventStore;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Views;

/// <summary>
/// The log's own indexes (stream → positions, event id → position) expressed as views, so that the
/// replay check compares them with the log like every other derived key. The log writes them live
/// (<see cref="EventLog.Append"/>) and rebuilds them (<see cref="EventLogIndexes.Rebuild"/>); these
/// definitions are never registered with the command pipeline, and have no checkpoint.
/// </summary>
public static class EventLogIndexViews
{
    public static IReadOnlyList<IView> All { get; } = [new StreamIndex(), new EventIdIndex()];

    private sealed class StreamIndex : IView
    {
        public string Name => "log.streams";

        public int Version => 1;

        public Subspace Subspace => EventLogKeys.Streams;

        public void Apply(IViewWriter view, in EventEnvelope envelope, IEventContract payload, InventoryState after)
        {
            Span<byte> key = stackalloc byte[EventLogKeys.MaxKeyBytes];
            Span<byte> position = stackalloc byte[sizeof(ulong)];
            EventLogKeys.WritePosition(envelope.Position, position);
            view.Put(key[..EventLogKeys.StreamKey(envelope.Stream, envelope.StreamVersion, key)], position);
        }
    }

    private sealed class EventIdIndex : IView
    {
        public string Name => "log.event-ids";

        public int Version => 1;

        public Subspace Subspace => EventLogKeys.EventIds;

        public void Apply(IViewWriter view, in EventEnvelope envelope, IEventContract payload, InventoryState after)
        {
            Span<byte> key = stackalloc byte[EventLogKeys.MaxKeyBytes];
            Span<byte> position = stackalloc byte[sizeof(ulong)];
            EventLogKeys.WritePosition(envelope.Position, position);
            view.Put(key[..EventLogKeys.EventIdKey(envelope.EventId, key)], position);
        }
    }
}
