using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Channels;
using Specs.Inventory.Contracts.Commands.Counts;
using Specs.Inventory.Contracts.Commands.Holds;
using Specs.Inventory.Contracts.Commands.Kits;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Locations;
using Specs.Inventory.Contracts.Commands.Lots;
using Specs.Inventory.Contracts.Commands.Picking;
using Specs.Inventory.Contracts.Commands.Purchasing;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Contracts.Commands.Sales;
using Specs.Inventory.Contracts.Commands.Shipping;
using Specs.Inventory.Contracts.Commands.Transfers;
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
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Channels;
using Specs.Inventory.Domain.Counts;
using Specs.Inventory.Domain.Holds;
using Specs.Inventory.Domain.Kits;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.Lots;
using Specs.Inventory.Domain.Picking;
using Specs.Inventory.Domain.Purchasing;
using Specs.Inventory.Domain.ReferenceData;
using Specs.Inventory.Domain.Sales;
using Specs.Inventory.Domain.Shipping;
using Specs.Inventory.Domain.Transfers;

namespace Specs.Inventory.Domain;

/// <summary>
/// The inventory's decider: routes each command to the rules of its area, and each event to the
/// area state it changes. <c>Decide(command, state) → events | refusal</c> and
/// <c>Evolve(state, event) → state</c>, both pure: same inputs, same answer, on every node.
/// </summary>
public static class InventoryDecider
{
    /// <summary>The time-driven rules of every area; the pipeline asks each when its time moves forward.</summary>
    public static IReadOnlyList<TimerRule> TimerRules { get; } =
    [
        new(LotRules.ExpiredLotsNotSellable, LotExpiry.Due),
        new(HoldRules.HoldsExpireByTime, HoldExpiry.Due),
    ];

    public static Decision Decide(ICommandContract command, InventoryState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return command switch
        {
            CreateProduct create => CatalogRules.Decide(create, state, context),
            UpdateProduct update => CatalogRules.Decide(update, state),
            AddAlternateSku add => CatalogRules.Decide(add, state),
            SetTracking set => CatalogRules.Decide(set, state),
            DeactivateProduct deactivate => CatalogRules.Decide(deactivate, state),

            CreateKit create => KitRules.Decide(create, state),
            UpdateKitLines update => KitRules.Decide(update, state),
            AssembleKit assemble => KitRules.Decide(assemble, state),
            DisassembleKit disassemble => KitRules.Decide(disassemble, state),

            CreateWarehouse create => LocationRules.Decide(create, state),
            CreateLocation create => LocationRules.Decide(create, state),
            SetSellable set => LocationRules.Decide(set, state),
            LockLocation @lock => LocationRules.Decide(@lock, state),
            UnlockLocation unlock => LocationRules.Decide(unlock, state),
            DeleteLocation delete => LocationRules.Decide(delete, state),

            AddItem add => LedgerRules.Decide(add, state),
            RemoveItem remove => LedgerRules.Decide(remove, state),
            SetItemQuantity set => LedgerRules.Decide(set, state),
            MoveItem move => LedgerRules.Decide(move, state),

            CreatePurchaseOrder create => PurchasingRules.Decide(create, state, context),
            UpdatePurchaseOrder update => PurchasingRules.Decide(update, state),
            ReceiveItems receive => Receiving.Decide(receive, state, context),
            ClosePurchaseOrder close => PurchasingRules.Decide(close, state, context),
            CancelPurchaseOrder cancel => PurchasingRules.Decide(cancel, state, context),

            SyncSale sync => SalesRules.Decide(sync, state, context),
            UpdateSaleStatus update => SalesRules.Decide(update, state, context),
            CancelSale cancel => SalesRules.Decide(cancel, state, context),

            CreateHold create => HoldRules.Decide(create, state, context),
            ReleaseHold release => HoldRules.Decide(release, state, context),
            AllocateSale allocate => AllocationRules.Decide(allocate, state, context),
            DeallocateSale deallocate => AllocationRules.Decide(deallocate, state, context),

            RegisterLot register => LotRules.Decide(register, state),
            ExpireLot expire => LotRules.Decide(expire, state, context),
            RegisterSerial register => LotRules.Decide(register, state),
            MoveSerial move => LotRules.Decide(move, state),

            CreateReason create => ReferenceDataRules.Decide(create, state),
            CreateSupplier create => ReferenceDataRules.Decide(create, state),
            CreateChannel create => ReferenceDataRules.Decide(create, state),
            DeactivateReference deactivate => ReferenceDataRules.Decide(deactivate, state),

            CreatePicklist create => PickingRules.Decide(create, state, context),
            AssignPicklist assign => PickingRules.Decide(assign, state),
            PickItem pick => PickingRules.Decide(pick, state),
            ShortPick @short => PickingRules.Decide(@short, state),
            CompletePicklist complete => PickingRules.Decide(complete, state),

            ScanItem scan => ShippingRules.Decide(scan, state),
            UnpickItem unpick => ShippingRules.Decide(unpick, state),
            ShipSale ship => ShippingRules.Decide(ship, state),
            ReturnToStock @return => ShippingRules.Decide(@return, state),

            CreateTransfer create => TransferRules.Decide(create, state, context),
            ShipTransfer ship => TransferRules.Decide(ship, state),
            ReceiveTransfer receive => TransferRules.Decide(receive, state),
            StartCount start => CountRules.Decide(start, state, context),
            RecordCount record => CountRules.Decide(record, state),
            RequestRecount request => CountRules.Decide(request, state),
            ApproveCount approve => CountRules.Decide(approve, state),
            CancelCount cancel => CountRules.Decide(cancel, state),

            ConnectChannel connect => ChannelRules.Decide(connect, state),
            SetChannelRule set => ChannelRules.Decide(set, state),
            PushQuantities push => ChannelRules.Decide(push, state),
            _ => throw new NotSupportedException($"No decider handles the command {command.GetType().Name} (contract {command.ContractId})."),
        };
    }

    public static InventoryState Evolve(InventoryState state, IEventContract @event) => @event switch
    {
        ProductCreated created => state with { Catalog = CatalogRules.Evolve(state.Catalog, created) },
        ProductUpdated updated => state with { Catalog = CatalogRules.Evolve(state.Catalog, updated) },
        AlternateSkuAdded added => state with { Catalog = CatalogRules.Evolve(state.Catalog, added) },
        TrackingChanged changed => state with { Catalog = CatalogRules.Evolve(state.Catalog, changed) },
        ProductDeactivated deactivated => state with { Catalog = CatalogRules.Evolve(state.Catalog, deactivated) },

        KitCreated created => state with { Kits = KitRules.Evolve(state.Kits, created) },
        KitLinesChanged changed => state with { Kits = KitRules.Evolve(state.Kits, changed) },
        KitAssembled assembled => state with { Stock = KitRules.Evolve(state.Stock, assembled) },
        KitDisassembled disassembled => state with { Stock = KitRules.Evolve(state.Stock, disassembled) },

        WarehouseCreated created => state with { Locations = LocationRules.Evolve(state.Locations, created) },
        LocationCreated created => state with { Locations = LocationRules.Evolve(state.Locations, created) },
        LocationSellabilityChanged changed => state with { Locations = LocationRules.Evolve(state.Locations, changed) },
        LocationLocked locked => state with { Locations = LocationRules.Evolve(state.Locations, locked) },
        LocationUnlocked unlocked => state with { Locations = LocationRules.Evolve(state.Locations, unlocked) },
        LocationDeleted deleted => state with { Locations = LocationRules.Evolve(state.Locations, deleted) },

        QuantityAdded added => state with { Stock = LedgerRules.Evolve(state.Stock, added) },
        QuantityRemoved removed => state with { Stock = LedgerRules.Evolve(state.Stock, removed) },
        QuantityAdjusted adjusted => state with { Stock = LedgerRules.Evolve(state.Stock, adjusted) },
        ItemMoved moved => state with { Stock = LedgerRules.Evolve(state.Stock, moved) },

        PurchaseOrderCreated created => PurchasingRules.Evolve(state, created),
        PurchaseOrderLineChanged changed => PurchasingRules.Evolve(state, changed),
        ItemsReceived received => Receiving.Evolve(state, received),
        PurchaseOrderClosed closed => PurchasingRules.Evolve(state, closed),
        PurchaseOrderCancelled cancelled => PurchasingRules.Evolve(state, cancelled),

        SaleImported imported => SalesRules.Evolve(state, imported),
        SaleLinesChanged changed => SalesRules.Evolve(state, changed),
        SaleStatusChanged changed => SalesRules.Evolve(state, changed),
        SaleCancelled cancelled => SalesRules.Evolve(state, cancelled),

        HoldCreated created => HoldRules.Evolve(state, created),
        HoldReleased released => HoldRules.Evolve(state, released),
        HoldExpired expired => HoldRules.Evolve(state, expired),
        SaleAllocated allocated => AllocationRules.Evolve(state, allocated),
        SaleDeallocated deallocated => AllocationRules.Evolve(state, deallocated),

        LotRegistered registered => state with { Lots = LotRules.Evolve(state.Lots, registered) },
        LotExpired expired => state with { Lots = LotRules.Evolve(state.Lots, expired) },
        SerialRegistered registered => state with { Stock = LotRules.Evolve(state.Stock, registered) },
        SerialMoved moved => state with { Stock = LotRules.Evolve(state.Stock, moved) },

        ReasonCreated created => state with { ReferenceData = ReferenceDataRules.Evolve(state.ReferenceData, created) },
        SupplierCreated created => state with { ReferenceData = ReferenceDataRules.Evolve(state.ReferenceData, created) },
        ChannelCreated created => state with { ReferenceData = ReferenceDataRules.Evolve(state.ReferenceData, created) },
        ReferenceDeactivated deactivated => state with { ReferenceData = ReferenceDataRules.Evolve(state.ReferenceData, deactivated) },

        PicklistCreated created => PickingRules.Evolve(state, created),
        PicklistAssigned assigned => PickingRules.Evolve(state, assigned),
        ItemPicked picked => PickingRules.Evolve(state, picked),
        PickShorted shorted => PickingRules.Evolve(state, shorted),
        PicklistCompleted completed => PickingRules.Evolve(state, completed),

        ItemPassedCheck passed => ShippingRules.Evolve(state, passed),
        ItemFailedCheck failed => ShippingRules.Evolve(state, failed),
        ItemUnpicked unpicked => ShippingRules.Evolve(state, unpicked),
        SaleShipped shipped => ShippingRules.Evolve(state, shipped),
        ItemReturned returned => ShippingRules.Evolve(state, returned),

        TransferCreated created => TransferRules.Evolve(state, created),
        TransferShipped shipped => TransferRules.Evolve(state, shipped),
        TransferReceived received => TransferRules.Evolve(state, received),
        TransferClosed closed => TransferRules.Evolve(state, closed),
        CountStarted started => state with { Counts = CountRules.Evolve(state.Counts, started) },
        CountRecorded recorded => state with { Counts = CountRules.Evolve(state, recorded) },
        RecountRequested requested => state with { Counts = CountRules.Evolve(state.Counts, requested) },
        CountApproved approved => state with { Counts = CountRules.Evolve(state.Counts, approved) },
        CountCancelled cancelled => state with { Counts = CountRules.Evolve(state.Counts, cancelled) },

        ChannelConnected connected => state with { Channels = ChannelRules.Evolve(state.Channels, connected) },
        ChannelRuleChanged changed => state with { Channels = ChannelRules.Evolve(state.Channels, changed) },
        ChannelQuantityPushed pushed => state with { Channels = ChannelRules.Evolve(state.Channels, pushed) },
        _ => throw new NotSupportedException($"No area evolves on the event {@event.GetType().Name} (contract {@event.ContractId})."),
    };

    /// <summary>Folds events into a state, in order: how state is rebuilt from the log.</summary>
    public static InventoryState Replay(IEnumerable<IEventContract> events, InventoryState? from = null) =>
        events.Aggregate(from ?? InventoryState.Empty, Evolve);
}
