using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Views;

/// <summary>
/// The partition bytes of everything derived from the log, beside the log's own 0x01-0x04
/// (<see cref="EventStore.EventLogKeys"/>). One raw byte each, so that every view is alone in its
/// partition and a rebuild can write it with Append. New views take the next free byte here, and the
/// table in docs/storage-engine.md.
/// </summary>
public static class ViewSubspaces
{
    /// <summary>(view name) → definition version (4 bytes) · last applied position (8 bytes), big-endian.</summary>
    public static readonly Subspace Checkpoints = new([0x05]);

    /// <summary>Area 14: (kind, name folded to lower case) → (name, active).</summary>
    public static readonly Subspace ReferenceData = new([0x06]);
}
