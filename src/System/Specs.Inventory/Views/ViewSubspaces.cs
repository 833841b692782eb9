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

    // Areas 5-7 take 0x10 + their area number, so that views built in parallel by area never collide.

    /// <summary>Area 5: purchase orders with their lines; Incoming per SKU and warehouse; average cost per SKU.</summary>
    public static readonly Subspace PurchaseOrders = new([0x15]);

    /// <summary>Area 6 (and 7's allocation flag): sales with their sold and reserved lines.</summary>
    public static readonly Subspace Sales = new([0x16]);

    /// <summary>Area 7: holds by id, and the active holds of each SKU.</summary>
    public static readonly Subspace Holds = new([0x17]);
}
