using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Channels;
using Specs.Inventory.Domain.Counts;
using Specs.Inventory.Domain.Holds;
using Specs.Inventory.Domain.Kits;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.Lots;
using Specs.Inventory.Domain.Picking;
using Specs.Inventory.Domain.Purchasing;
using Specs.Inventory.Domain.ReferenceData;
using Specs.Inventory.Domain.Sales;
using Specs.Inventory.Domain.Shipping;
using Specs.Inventory.Domain.Stock;
using Specs.Inventory.Domain.Transfers;

namespace Specs.Inventory.Domain;

/// <summary>
/// Everything the deciders need to know, as one immutable value: each area keeps its own part.
/// Immutable so that a refused command, or a group commit that fails to reach the disk, is undone by
/// keeping the previous value; persistent collections make each new value cheap.
/// </summary>
public sealed record InventoryState
{
    public static InventoryState Empty { get; } = new();

    public CatalogState Catalog { get; init; } = CatalogState.Empty;

    public KitsState Kits { get; init; } = KitsState.Empty;

    public LocationsState Locations { get; init; } = LocationsState.Empty;

    /// <summary>On-hand stock per SKU, location and lot, serial positions, and the counters later areas commit (the stock model).</summary>
    public StockState Stock { get; init; } = StockState.Empty;

    public LotsState Lots { get; init; } = LotsState.Empty;

    public ReferenceDataState ReferenceData { get; init; } = ReferenceDataState.Empty;

    /// <summary>Picklists and their lines, with what was picked, checked and shipped of each (areas 8-9).</summary>
    public PickingState Picking { get; init; } = PickingState.Empty;

    /// <summary>What each sale shipped and got back (area 9).</summary>
    public ShippingState Shipping { get; init; } = ShippingState.Empty;

    /// <summary>Transfers between warehouses (area 10).</summary>
    public TransfersState Transfers { get; init; } = TransfersState.Empty;
    /// <summary>Cycle counts (area 11): open and closed counts, and the locations open counts cover.</summary>
    public CountsState Counts { get; init; } = CountsState.Empty;

    /// <summary>Channel quantity sync (area 13): connected channels, their rules and last pushed quantities.</summary>
    public ChannelsState Channels { get; init; } = ChannelsState.Empty;
    /// <summary>Purchase orders, average costs and Incoming per warehouse (area 5).</summary>
    public PurchasingState Purchasing { get; init; } = PurchasingState.Empty;

    /// <summary>Channels' sales and their reserved units, with the allocation order per SKU (areas 6 and 7).</summary>
    public SalesState Sales { get; init; } = SalesState.Empty;

    /// <summary>Holds and the ones due to expire (area 7).</summary>
    public HoldsState Holds { get; init; } = HoldsState.Empty;
}
