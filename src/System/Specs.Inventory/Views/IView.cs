using Specs.Inventory.Contracts;
using Specs.Inventory.Domain;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Views;

/// <summary>
/// A query model kept in its own subspace of the store, derived from the event log alone. The same
/// <see cref="Apply"/> maintains it live (inside the command's write transaction) and rebuilds it on
/// replay (into memory, then written in key order): one piece of code for both, so a rebuilt view
/// equals the live one byte for byte unless the store was damaged or the definition changed.
/// </summary>
/// <remarks>
/// Invariants a view must keep: <see cref="Apply"/> is deterministic and reads only the view's own keys,
/// the event and the state after the event; every key it writes starts with <see cref="Subspace"/>'s
/// prefix, a single byte that no other view or log index uses (<see cref="ViewSubspaces"/>).
/// </remarks>
public interface IView
{
    /// <summary>A stable name: the key of the view's checkpoint and how a replay check names it.</summary>
    string Name { get; }

    /// <summary>
    /// The definition's version. Raise it whenever <see cref="Apply"/> or the key layout changes: a
    /// stored checkpoint with another version makes the node rebuild the view from the log at start-up.
    /// </summary>
    int Version { get; }

    /// <summary>Where the view's keys live: one raw partition byte, the rest a packed tuple.</summary>
    Subspace Subspace { get; }

    /// <summary>Applies one event. <paramref name="after"/> is the state once the event is evolved.</summary>
    void Apply(IViewWriter view, in EventEnvelope envelope, IEventContract payload, InventoryState after);
}
