using Specs.Inventory.Contracts;
using Specs.Inventory.Domain;
using Specs.Inventory.EventStore;
using Specs.Inventory.Storage;

namespace Specs.Inventory.Views;

/// <summary>What one scan of the log yields: the state, the head, and the given views folded in memory.</summary>
public sealed record ReplayResult(InventoryState State, ulong Head, IReadOnlyList<(IView View, MemoryViewWriter Keys)> Views);

/// <summary>
/// Reads the whole log once, in position order, checking every record: evolves the state and applies
/// each event to the views being rebuilt, in memory. The state is always rebuilt, because views see the
/// state after each event and the deciders need it anyway. A view whose rows are recomputed from the state
/// (<see cref="IRecomputedView"/>) only notes the rows each event touches, and writes them once at the end.
/// </summary>
public static class LogReplay
{
    public static ReplayResult Run(IKeyValueStore store, IReadOnlyList<IView> views)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var transaction = store.BeginRead();
        return Run(transaction, views);
    }

    /// <summary>Replays the log as <paramref name="transaction"/> sees it.</summary>
    public static ReplayResult Run(IReadTransaction transaction, IReadOnlyList<IView> views)
    {
        var folded = views.Select(view => (View: view, Keys: new MemoryViewWriter(view.Subspace), Recompute: (view as IRecomputedView)?.StartRebuild())).ToArray();
        var state = InventoryState.Empty;
        ulong head = 0;
        using var cursor = EventLog.ReadAll(transaction);
        while (cursor.MoveNext())
        {
            var record = cursor.Record;
            var payload = record.DecodePayload();
            var envelope = new EventEnvelope(cursor.Position, record.Stream, record.StreamVersion, record.EventId, record.RecordedAtUnixMs, record.CausationId, record.IdempotencyKey);
            state = InventoryDecider.Evolve(state, payload);
            foreach (var (view, keys, recompute) in folded)
            {
                if (recompute is null)
                {
                    view.Apply(keys, envelope, payload, state);
                }
                else
                {
                    recompute.Note(envelope, payload, state);
                }
            }

            head = cursor.Position;
        }

        foreach (var (_, keys, recompute) in folded)
        {
            recompute?.Write(keys, state);
        }

        return new ReplayResult(state, head, [.. folded.Select(fold => (fold.View, fold.Keys))]);
    }

    /// <summary>Replaces each folded view's keys in the store with the folded ones, and sets its checkpoint to the head.</summary>
    internal static void WriteViews(IWriteTransaction transaction, ReplayResult replay, bool withCheckpoints)
    {
        foreach (var (view, keys) in replay.Views)
        {
            var prefix = view.Subspace.Prefix;
            transaction.ClearRange(prefix, Storage.Tuples.KeyRange.PrefixSuccessor(prefix));
            foreach (var (key, value) in keys.Sorted())
            {
                transaction.Append(key, value);
            }

            if (withCheckpoints)
            {
                ViewCheckpoint.Write(transaction, view.Name, new ViewCheckpoint(view.Version, replay.Head));
            }
        }
    }
}
