using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Channels;
using Specs.Inventory.Contracts.Events.Counts;
using Specs.Inventory.Contracts.Events.Holds;
using Specs.Inventory.Contracts.Events.Kits;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.Locations;
using Specs.Inventory.Contracts.Events.Lots;
using Specs.Inventory.Contracts.Events.Picking;
using Specs.Inventory.Contracts.Events.Purchasing;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Inventory.Contracts.Events.Sales;
using Specs.Inventory.Contracts.Events.Shipping;
using Specs.Inventory.Contracts.Events.Transfers;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Views.Stock;

/// <summary>
/// One SKU whose quantities an event may have changed, and the location where, when the change is at
/// one place; <see cref="Address"/> is null for a change of SKU-wide counters (pending, held) or of
/// sellability in every location of the SKU (a lot expired).
/// </summary>
public readonly record struct StockTouch(string Sku, LocationAddress? Address);

/// <summary>
/// Which stock an event touches: what the quantity views recompute from the state after the event.
/// An area whose events change stock or sellability adds its events here (one arm each); the test
/// <c>Every_event_contract_is_classified_by_the_stock_views</c> fails for an event that is neither
/// here nor in <see cref="NoStock"/>, so no event can change quantities the views do not show.
/// </summary>
public static class StockTouches
{
    /// <summary>Events that change no quantity and no sellability (catalog, kit definitions, places, lot and serial bookkeeping, reference data).</summary>
    public static IReadOnlySet<Type> NoStock { get; } = new HashSet<Type>
    {
        // A tracking change and a deactivation happen only with no unit in stock.
        typeof(ProductCreated), typeof(ProductUpdated), typeof(AlternateSkuAdded), typeof(TrackingChanged), typeof(ProductDeactivated),
        typeof(KitCreated), typeof(KitLinesChanged),
        // Locks freeze movement but keep stock sellable; only empty locations are deleted.
        typeof(WarehouseCreated), typeof(LocationCreated), typeof(LocationLocked), typeof(LocationUnlocked), typeof(LocationDeleted),
        // A lot is registered before its first unit; a registered serial is not in stock.
        typeof(LotRegistered), typeof(SerialRegistered),
        typeof(ReasonCreated), typeof(SupplierCreated), typeof(ChannelCreated), typeof(ReferenceDeactivated),
        // An approved count's stock changes are the QuantityAdjusted events that follow CountApproved.
        typeof(CountStarted), typeof(CountRecorded), typeof(RecountRequested), typeof(CountApproved), typeof(CountCancelled),
        typeof(ChannelConnected), typeof(ChannelRuleChanged), typeof(ChannelQuantityPushed),
        // Picklists, shortages and checks move no unit; a transfer's plan and its closing move none either.
        typeof(PicklistCreated), typeof(PicklistAssigned), typeof(PickShorted), typeof(PicklistCompleted),
        typeof(ItemPassedCheck), typeof(ItemFailedCheck), typeof(TransferCreated), typeof(TransferClosed),
        // Statuses other than cancelled keep a sale's units reserved; allocating reserves units that
        // are already Pending, so Available does not move.
        typeof(SaleStatusChanged), typeof(SaleAllocated), typeof(SaleDeallocated),
    };

    /// <summary>Events with an arm in <see cref="Of"/>: they change quantities or sellability.</summary>
    public static IReadOnlySet<Type> Touching { get; } = new HashSet<Type>
    {
        typeof(QuantityAdded), typeof(QuantityRemoved), typeof(QuantityAdjusted), typeof(ItemMoved), typeof(SerialMoved),
        typeof(KitAssembled), typeof(KitDisassembled), typeof(LotExpired), typeof(LocationSellabilityChanged),
        typeof(ItemPicked), typeof(ItemUnpicked), typeof(ItemReturned), typeof(SaleShipped), typeof(TransferShipped), typeof(TransferReceived),
        typeof(ItemsReceived), typeof(PurchaseOrderCreated), typeof(PurchaseOrderLineChanged), typeof(PurchaseOrderClosed), typeof(PurchaseOrderCancelled),
        typeof(SaleImported), typeof(SaleLinesChanged), typeof(SaleCancelled), typeof(HoldCreated), typeof(HoldReleased), typeof(HoldExpired),
    };

    /// <summary>The stock <paramref name="payload"/> touches; empty for the events in <see cref="NoStock"/>.</summary>
    public static IReadOnlyList<StockTouch> Of(IEventContract payload, InventoryState after)
    {
        ArgumentNullException.ThrowIfNull(after);
        return payload switch
        {
            QuantityAdded added => [At(added.Sku, added.Warehouse, added.Location)],
            QuantityRemoved removed => [At(removed.Sku, removed.Warehouse, removed.Location)],
            QuantityAdjusted adjusted => [At(adjusted.Sku, adjusted.Warehouse, adjusted.Location)],
            ItemMoved moved => [At(moved.Sku, moved.Warehouse, moved.FromLocation), At(moved.Sku, moved.Warehouse, moved.ToLocation)],
            SerialMoved moved => [At(moved.Sku, moved.Warehouse, moved.FromLocation), At(moved.Sku, moved.Warehouse, moved.ToLocation)],
            KitAssembled assembled => [At(assembled.Sku, assembled.Warehouse, assembled.Location), .. assembled.Components.Select(line => At(line.Sku, assembled.Warehouse, assembled.Location))],
            KitDisassembled disassembled => [At(disassembled.Sku, disassembled.Warehouse, disassembled.Location), .. disassembled.Components.Select(line => At(line.Sku, disassembled.Warehouse, disassembled.Location))],
            LotExpired expired => EveryLocationOf(after, expired.Sku),
            LocationSellabilityChanged changed => EverySkuAt(after, new LocationAddress(changed.Warehouse, changed.Location)),
            ItemPicked picked => [At(picked.Sku, picked.Warehouse, picked.Location)],
            ItemUnpicked unpicked => [At(unpicked.Sku, unpicked.Warehouse, unpicked.Location)],
            ItemReturned returned => [At(returned.Sku, returned.Warehouse, returned.Location)],
            SaleShipped shipped => [.. shipped.Lines.Select(line => new StockTouch(line.Sku, null))],
            TransferShipped shipped => [.. shipped.Items.Select(item => At(item.Sku, shipped.FromWarehouse, item.Location))],
            TransferReceived received => [.. received.Items.Select(item => At(item.Sku, received.ToWarehouse, item.Location))],
            ItemsReceived received => [.. received.Lines.Select(line => At(line.Sku, received.Warehouse, received.Location))],
            PurchaseOrderCreated created => SkuWide(created.Lines.Select(line => line.Sku)),
            PurchaseOrderLineChanged changed => SkuWide([changed.Sku]),
            PurchaseOrderClosed closed => SkuWide(closed.Unreceived.Select(line => line.Sku)),
            PurchaseOrderCancelled cancelled => SkuWide(after.Purchasing.Orders.GetValueOrDefault(cancelled.PurchaseOrder)?.Lines.Keys ?? []),
            SaleImported imported => SkuWide(imported.PendingLines.Select(line => line.Sku)),
            // EverReserved, not only Reserved: the SKUs a change drops had their Pending released too.
            SaleLinesChanged changed => SkuWide(changed.Lines.Select(line => line.Sku)
                .Concat(changed.PendingLines.Select(line => line.Sku))
                .Concat(after.Sales.Find(changed.Channel, changed.ExternalId)?.EverReserved ?? [])),
            SaleCancelled cancelled => SkuWide(cancelled.Released.Concat(cancelled.ToUnpick).Select(line => line.Sku)),
            HoldCreated created => SkuWide([created.Sku]),
            HoldReleased released => SkuWide([released.Sku]),
            HoldExpired expired => SkuWide([expired.Sku]),
            _ => [],
        };
    }

    private static StockTouch At(string sku, string warehouse, string location) => new(sku, new LocationAddress(warehouse, location));

    /// <summary>SKU-wide counters (pending, held, incoming) changed for these SKUs, at no one location.</summary>
    private static IReadOnlyList<StockTouch> SkuWide(IEnumerable<string> skus) =>
        [.. skus.Distinct(StringComparer.OrdinalIgnoreCase).Select(sku => new StockTouch(sku, null))];

    /// <summary>A lot's expiry changes the sellable units at every location holding the SKU (and the SKU's Available).</summary>
    private static IReadOnlyList<StockTouch> EveryLocationOf(InventoryState after, string sku)
    {
        var stock = after.Stock.Of(sku);
        return [new StockTouch(stock.Sku, null), .. stock.Locations.Keys.Select(address => new StockTouch(stock.Sku, address))];
    }

    /// <summary>
    /// A location's sellability changes the figures of every SKU it holds (found by the stock's index by location).
    /// </summary>
    private static IReadOnlyList<StockTouch> EverySkuAt(InventoryState after, LocationAddress address) =>
        [.. after.Stock.HeldAt(address).Select(stock => new StockTouch(stock.Sku, address))];
}
