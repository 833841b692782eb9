using Specs.Inventory.EventStore;
using Specs.Inventory.Storage;

namespace Specs.Inventory.Views;

/// <summary>Rebuilding views from the log: all of them on demand, or at start-up those whose definition changed.</summary>
public static class ViewMaintenance
{
    /// <summary>
    /// Views that cannot be trusted as stored: never built, built by another definition version, or
    /// behind the log (a view added to a store that already had events).
    /// </summary>
    public static IReadOnlyList<IView> Outdated(IReadTransaction transaction, IReadOnlyList<IView> views)
    {
        var head = EventLog.Head(transaction);
        var shared = ViewSetCheckpoint.Read(transaction);
        return views.Where(view => ViewCheckpoint.Read(transaction, view.Name, shared) is not { } checkpoint
            || checkpoint.Version != view.Version
            || checkpoint.Position != head).ToArray();
    }

    /// <summary>Replaces every given view with one rebuilt from the log, in one write transaction. Returns the replay.</summary>
    public static ReplayResult Rebuild(IKeyValueStore store, IReadOnlyList<IView> views)
    {
        var replay = LogReplay.Run(store, views);
        store.Write(transaction =>
        {
            // The log may have grown between the scan and this write only if another writer exists,
            // which the store forbids; check anyway, since a stale rebuild would be silently wrong.
            Diagnostics.Invariant.Assert(EventLog.Head(transaction) == replay.Head, "the log moved during a view rebuild");
            LogReplay.WriteViews(transaction, replay, withCheckpoints: true);
            return 0;
        });
        return replay;
    }
}
