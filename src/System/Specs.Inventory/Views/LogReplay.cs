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
        // Plain arrays, not tuples of three: a generic instantiation the framework does not already carry is left to
        // the JIT in every short process (each scenario of `specs verify` replays its past events here).
        var folded = views.Select(view => (View: view, Keys: new MemoryViewWriter(view.Subspace))).ToArray();
        var recomputes = new IRowsToRecompute?[folded.Length];
        for (var i = 0; i < folded.Length; i++)
        {
            recomputes[i] = (folded[i].View as IRecomputedView)?.StartRebuild();
        }

        var state = InventoryState.Empty;
        ulong head = 0;
        using var cursor = EventLog.ReadAll(transaction);
        while (cursor.MoveNext())
        {
            var record = cursor.Record;
            var payload = record.DecodePayload();
            var envelope = new EventEnvelope(cursor.Position, record.Stream, record.StreamVersion, record.EventId, record.RecordedAtUnixMs, record.CausationId, record.IdempotencyKey);
            state = InventoryDecider.Evolve(state, payload);
            for (var i = 0; i < folded.Length; i++)
            {
                if (recomputes[i] is { } recompute)
                {
                    recompute.Note(envelope, payload, state);
                }
                else
                {
                    folded[i].View.Apply(folded[i].Keys, envelope, payload, state);
                }
            }

            head = cursor.Position;
        }

        for (var i = 0; i < folded.Length; i++)
        {
            recomputes[i]?.Write(folded[i].Keys, state);
        }

        return new ReplayResult(state, head, folded);
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
