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
    /// <summary>
    /// (view name) → definition version (4 bytes) · position when last built (8 bytes), big-endian; (0) → the position
    /// every named view has applied (8 bytes, big-endian), then (view names…) (<see cref="ViewSetCheckpoint"/>).
    /// </summary>
    public static readonly Subspace Checkpoints = new([0x05]);

    /// <summary>Area 14: (kind, name folded to lower case) → (name, active).</summary>
    public static readonly Subspace ReferenceData = new([0x06]);

    /// <summary>Areas 8-9: (picklist id, 0) → header; (picklist id, 1, line index) → line counters. Areas take 0x20 + their number.</summary>
    public static readonly Subspace Picklists = new([0x28]);

    /// <summary>Area 9: (sale id, 0) → tracking; (sale id, 1, sku folded to lower case) → shipped, returned.</summary>
    public static readonly Subspace SaleShipments = new([0x29]);

    /// <summary>Area 10: (transfer id, 0) → header; (transfer id, 1, sku folded to lower case) → planned, shipped, received.</summary>
    public static readonly Subspace Transfers = new([0x2A]);
    /// <summary>Stock per SKU, per SKU and warehouse, per SKU and location, per location and SKU (<see cref="Stock.StockView"/>).</summary>
    public static readonly Subspace Stock = new([0x07]);

    /// <summary>Area 1: products by SKU, and every SKU and alternate to its product (<see cref="Catalog.ProductsView"/>).</summary>
    public static readonly Subspace Products = new([0x08]);

    /// <summary>Area 3: warehouses and their locations (<see cref="Locations.PlacesView"/>).</summary>
    public static readonly Subspace Places = new([0x09]);

    /// <summary>Area 12: lots with expiry and units, serials with their place (<see cref="Lots.LotsAndSerialsView"/>).</summary>
    public static readonly Subspace LotsAndSerials = new([0x0A]);

    /// <summary>Area 2: kit lines and availability (<see cref="Kits.KitAvailabilityView"/>).</summary>
    public static readonly Subspace Kits = new([0x0B]);

    /// <summary>Area 11: cycle counts and their lines (<see cref="Counts.CountsView"/>).</summary>
    public static readonly Subspace Counts = new([0x0C]);

    /// <summary>Area 13: connected channels, their rules, and the last quantity pushed per SKU (<see cref="Channels.ChannelQuantitiesView"/>).</summary>
    public static readonly Subspace ChannelQuantities = new([0x0D]);
    // Areas 5-7 take 0x10 + their area number, so that views built in parallel by area never collide.

    /// <summary>Area 5: purchase orders with their lines; Incoming per SKU and warehouse; average cost per SKU.</summary>
    public static readonly Subspace PurchaseOrders = new([0x15]);

    /// <summary>Area 6 (and 7's allocation flag): sales with their sold and reserved lines.</summary>
    public static readonly Subspace Sales = new([0x16]);

    /// <summary>Area 7: holds by id, and the active holds of each SKU.</summary>
    public static readonly Subspace Holds = new([0x17]);
}
