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

    /// <summary>Areas 8-9: (picklist id, 0) → header; (picklist id, 1, line index) → line counters. Areas take 0x20 + their number.</summary>
    public static readonly Subspace Picklists = new([0x28]);

    /// <summary>Area 9: (sale id, 0) → tracking; (sale id, 1, sku folded to lower case) → shipped, returned.</summary>
    public static readonly Subspace SaleShipments = new([0x29]);

    /// <summary>Area 10: (transfer id, 0) → header; (transfer id, 1, sku folded to lower case) → planned, shipped, received.</summary>
    public static readonly Subspace Transfers = new([0x2A]);
}
