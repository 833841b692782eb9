using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Purchasing;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Channels;
using Specs.Inventory.Contracts.Events.Counts;
using Specs.Inventory.Contracts.Events.Holds;
using Specs.Inventory.Contracts.Events.Kits;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.Locations;
using Specs.Inventory.Contracts.Events.Lots;
using Specs.Inventory.Contracts.Events.Picking;
using Specs.Inventory.Contracts.Events.Shipping;
using Specs.Inventory.Contracts.Events.Transfers;
using Specs.Inventory.Contracts.Events.Sales;
using Specs.Inventory.Contracts.Events.Purchasing;
using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Tests.Contracts;

/// <summary>
/// Fixed values of every real contract. The golden binaries under golden/ were written from these
/// and must keep decoding to them: never change a sample; add new ones for new fields.
/// </summary>
public static class ContractSamples
{
    public static readonly Guid ProductId = Guid.Parse("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    public static readonly Guid PicklistId = Guid.Parse("0a0b0c0d-1111-4222-8333-444455556666");
    public static readonly Guid SaleId = Guid.Parse("5a1e5a1e-0000-4000-8000-00000000beef");
    public static readonly Guid TransferId = Guid.Parse("7f7f7f7f-2222-4333-8444-555566667777");

    public static ProductCreated ProductCreated => new()
    {
        ProductId = ProductId,
        Sku = "TSHIRT-RED-M",
        Name = "T-shirt rouge, taille M — ✓",
        Tracking = TrackingMode.Lot,
        Description = null,
    };

    public static QuantityAdded QuantityAdded => new()
    {
        Sku = "TSHIRT-RED-M",
        Warehouse = "MAIN",
        Location = "A-01-02",
        Quantity = 12,
        Reason = "stock-found",
        Lot = "LOT-2026-03",
        Serials = [],
    };

    public static QuantityRemoved QuantityRemoved => new()
    {
        Sku = "PHONE-X",
        Warehouse = "MAIN",
        Location = "B-07",
        Quantity = 2,
        Reason = "damaged",
        Lot = null,
        Serials = ["SN-0001", "SN-0002"],
    };

    public static ItemMoved ItemMoved => new()
    {
        Sku = "TSHIRT-RED-M",
        Warehouse = "MAIN",
        FromLocation = "RECEIVING",
        ToLocation = "A-01-02",
        Quantity = long.MaxValue,
        Lot = "LOT-2026-03",
        Serials = [],
    };

    public static ItemsReceived ItemsReceived => new()
    {
        PurchaseOrder = "PO-1001",
        ReceiptId = "GRN-7",
        Warehouse = "MAIN",
        Location = "RECEIVING",
        Lines =
        [
            new ReceivedLine { Sku = "TSHIRT-RED-M", Quantity = 40, Lot = "LOT-2026-03", UnitCostMinor = 450, AverageCostMinor = 431 },
            new ReceivedLine { Sku = "PHONE-X", Quantity = 2, Serials = ["SN-0003", "SN-0004"], UnitCostMinor = 39_900, AverageCostMinor = 39_900 },
            new ReceivedLine { Sku = "日本の商品", Quantity = 1 },
        ],
        ReceivedAtUnixMs = 1_772_355_600_000,
    };

    public static CreateProduct CreateProduct => new()
    {
        Sku = "TSHIRT-RED-M",
        Name = "T-shirt",
        Tracking = TrackingMode.Serial,
        Description = "Cotton, 180 g/m²",
    };

    public static AddItem AddItem => new()
    {
        Sku = "TSHIRT-RED-M",
        Warehouse = "MAIN",
        Location = "A-01-02",
        Quantity = 3,
        Reason = "stock-found",
        Lot = null,
        Serials = ["S1", "S2", "S3"],
    };

    public static ReceiveItems ReceiveItems => new()
    {
        PurchaseOrder = "PO-1001",
        ReceiptId = "GRN-7",
        Warehouse = "MAIN",
        Location = "RECEIVING",
        Lines = [new ReceiptLine { Sku = "MILK", Quantity = 5, Lot = "L-9", ExpiresAtUnixMs = 1_798_761_600_000 }],
    };

    /// <summary>Samples of the stock core's later events (areas 1-4 and 12), one each, appended in id order.</summary>
    public static IReadOnlyList<IEventContract> StockCoreEvents =>
    [
        new ProductUpdated { Sku = "TSHIRT-RED-M", Name = "T-shirt, red, M", Description = null },
        new AlternateSkuAdded { Sku = "TSHIRT-RED-M", AlternateSku = "0123456789012" },
        new TrackingChanged { Sku = "PHONE-X", Tracking = TrackingMode.Serial, PreviousTracking = TrackingMode.None },
        new ProductDeactivated { Sku = "OLD-MUG" },
        new KitCreated { Sku = "GIFT-BOX", Lines = [new KitLine { Sku = "MUG", Quantity = 2 }, new KitLine { Sku = "TEA", Quantity = 1 }] },
        new KitLinesChanged { Sku = "GIFT-BOX", Lines = [new KitLine { Sku = "MUG", Quantity = 1 }] },
        new KitAssembled { Sku = "GIFT-BOX", Warehouse = "MAIN", Location = "A-01", Quantity = 3, Components = [new KitLine { Sku = "MUG", Quantity = 6 }] },
        new KitDisassembled { Sku = "GIFT-BOX", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Components = [new KitLine { Sku = "MUG", Quantity = 2 }] },
        new WarehouseCreated { Code = "MAIN", Name = "Main warehouse" },
        new LocationCreated { Warehouse = "MAIN", Location = "A-01", Type = LocationType.Bulk, Sellable = true },
        new LocationSellabilityChanged { Warehouse = "MAIN", Location = "A-01", Sellable = false },
        new LocationLocked { Warehouse = "MAIN", Location = "A-01" },
        new LocationUnlocked { Warehouse = "MAIN", Location = "A-01" },
        new LocationDeleted { Warehouse = "MAIN", Location = "A-01" },
        new QuantityAdjusted { Sku = "PHONE-X", Warehouse = "MAIN", Location = "B-07", Delta = -1, Quantity = 1, Reason = "cycle count", SerialsAdded = [], SerialsRemoved = ["SN-0002"] },
        new LotRegistered { Sku = "MILK", Lot = "L-42", ExpiresAtUnixMs = 1_798_761_600_000 },
        new LotExpired { Sku = "MILK", Lot = "L-42", ExpiredAtUnixMs = 1_798_761_600_000 },
        new SerialRegistered { Sku = "PHONE-X", Serial = "SN-0009" },
        new SerialMoved { Sku = "PHONE-X", Serial = "SN-0009", Warehouse = "MAIN", FromLocation = "B-07", ToLocation = "B-08" },
    ];

    /// <summary>Samples of picking, check-pack-ship and transfers (areas 8-10), one each, in id order.</summary>
    public static IReadOnlyList<IEventContract> FulfilmentEvents =>
    [
        new PicklistCreated { PicklistId = PicklistId, Warehouse = "MAIN", Lines = [new PicklistLine { Sku = "MUG", Quantity = 2, SaleId = SaleId }, new PicklistLine { Sku = "TEA", Quantity = 1 }] },
        new PicklistAssigned { PicklistId = PicklistId, Picker = "Ana", PreviousPicker = null },
        new ItemPicked { PicklistId = PicklistId, Sku = "MILK", SaleId = SaleId, Warehouse = "MAIN", Location = "A-01", Quantity = 2, Lot = "L-42", Serials = [], PendingReleased = 2 },
        new PickShorted { PicklistId = PicklistId, Sku = "TEA", SaleId = null, Quantity = 1 },
        new PicklistCompleted { PicklistId = PicklistId },
        new ItemPassedCheck { PicklistId = PicklistId, Sku = "MUG", SaleId = SaleId, Quantity = 1 },
        new ItemFailedCheck { PicklistId = PicklistId, Sku = "MUG", SaleId = SaleId, Quantity = 1, Note = "chipped ✗" },
        new ItemUnpicked { PicklistId = PicklistId, Sku = "PHONE-X", SaleId = SaleId, Warehouse = "MAIN", Location = "B-07", Quantity = 1, Lot = null, Serials = ["SN-0009"], PendingRestored = 1 },
        new SaleShipped { SaleId = SaleId, TrackingNumber = "1Z999AA10123456784", Carrier = "UPS", Lines = [new ShippedLine { PicklistId = PicklistId, Sku = "MILK", Warehouse = "MAIN", Quantity = 2, Lot = "L-42", Serials = [] }] },
        new ItemReturned { SaleId = SaleId, Sku = "PHONE-X", Warehouse = "MAIN", Location = "RETURNS", Quantity = 1, Reason = "customer return", Lot = null, Serials = ["SN-0009"] },
        new TransferCreated { TransferId = TransferId, FromWarehouse = "MAIN", ToWarehouse = "WEST", Lines = [new TransferLine { Sku = "MUG", Quantity = 12 }] },
        new TransferShipped { TransferId = TransferId, FromWarehouse = "MAIN", ToWarehouse = "WEST", Items = [new TransferItem { Sku = "MILK", Location = "B-01", Quantity = 6, Lot = "L-42", Serials = [] }] },
        new TransferReceived { TransferId = TransferId, ToWarehouse = "WEST", Items = [new TransferItem { Sku = "PHONE-X", Location = "A-01", Quantity = 1, Lot = null, Serials = ["SN-0003"] }] },
        new TransferClosed { TransferId = TransferId },
    ];

    public static readonly Guid CountId = Guid.Parse("c0c0c0c0-1111-4222-8333-444444444444");

    /// <summary>Samples of the cycle count (area 11) and channel sync (area 13) events, one each, in id order.</summary>
    public static IReadOnlyList<IEventContract> CountAndChannelEvents =>
    [
        new CountStarted { CountId = CountId, Warehouse = "MAIN", Locations = ["A-01", "B-07"], Reason = "Cycle count", Lines = [new CountLine { Sku = "MILK", Location = "A-01", Lot = "L-42", Quantity = 12 }, new CountLine { Sku = "MUG", Location = "B-07", Quantity = 40 }] },
        new CountRecorded { CountId = CountId, Sku = "MUG", Warehouse = "MAIN", Location = "B-07", Counted = 31, Snapshot = 40, Expected = 38, Variance = -7, IsRecount = false },
        new RecountRequested { CountId = CountId, Sku = "MUG", Warehouse = "MAIN", Location = "B-07", Variance = -7, Threshold = 2 },
        new CountApproved { CountId = CountId, Warehouse = "MAIN", LinesCounted = 2, LinesAdjusted = 1, NetUnits = -7 },
        new CountCancelled { CountId = CountId, Warehouse = "MAIN" },
        new ChannelConnected { Channel = "Web shop" },
        new ChannelRuleChanged { Channel = "Web shop", Sku = "MUG", BufferPercent = 10, Cap = 50, Fixed = null },
        new ChannelQuantityPushed { Channel = "Web shop", Sku = "MUG", Quantity = 27, Available = 31, PreviousQuantity = 34 },
    ];

    /// <summary>Samples of the purchasing, sales and holds events (areas 5-7), one each, appended in id order.</summary>
    public static IReadOnlyList<IEventContract> OrderEvents =>
    [
        new PurchaseOrderCreated
        {
            PurchaseOrder = "PO-1001",
            Supplier = "Acme",
            Warehouse = "MAIN",
            Lines = [new PurchaseOrderLine { Sku = "MUG", Quantity = 100, UnitCostMinor = 250 }, new PurchaseOrderLine { Sku = "TEA", Quantity = 1, UnitCostMinor = 0 }],
            ExpectedAtUnixMs = 1_772_960_400_000,
            CreatedAtUnixMs = 1_772_355_600_000,
        },
        new PurchaseOrderLineChanged { PurchaseOrder = "PO-1001", Sku = "MUG", Quantity = 120, PreviousQuantity = 100, UnitCostMinor = 240 },
        new PurchaseOrderClosed { PurchaseOrder = "PO-1001", Unreceived = [new PurchaseOrderLine { Sku = "TEA", Quantity = 1, UnitCostMinor = 0 }], ClosedAtUnixMs = 1_772_355_600_001 },
        new PurchaseOrderCancelled { PurchaseOrder = "PO-1002", CancelledAtUnixMs = 1_772_355_600_002 },
        new SaleImported
        {
            Channel = "Web",
            ExternalId = "#1001",
            Lines = [new SaleLine { Sku = "GIFT-BOX", Quantity = 2 }],
            PendingLines = [new SaleLine { Sku = "MUG", Quantity = 4 }, new SaleLine { Sku = "TEA", Quantity = 2 }],
            Status = SaleStatus.AwaitingPayment,
            Priority = SalePriority.Urgent,
            OrderedAtUnixMs = 1_772_355_000_000,
        },
        new SaleLinesChanged { Channel = "Web", ExternalId = "#1001", Lines = [new SaleLine { Sku = "MUG", Quantity = 1 }], PendingLines = [new SaleLine { Sku = "MUG", Quantity = 1 }] },
        new SaleStatusChanged { Channel = "Web", ExternalId = "#1001", Status = SaleStatus.OnHold, PreviousStatus = SaleStatus.Open },
        new SaleCancelled { Channel = "Web", ExternalId = "#1001", Released = [new SaleLine { Sku = "MUG", Quantity = 1 }], ToUnpick = [new SaleLine { Sku = "TEA", Quantity = 2 }], CancelledAtUnixMs = 1_772_355_600_003 },
        new HoldCreated { HoldId = "H-1", Sku = "MUG", Quantity = 3, ExpiresAtUnixMs = 1_772_442_000_000, Note = "Wholesale customer", CreatedAtUnixMs = 1_772_355_600_000 },
        new HoldReleased { HoldId = "H-1", Sku = "MUG", Quantity = 3, ReleasedAtUnixMs = 1_772_355_600_004 },
        new HoldExpired { HoldId = "H-2", Sku = "MUG", Quantity = 1, ExpiredAtUnixMs = 1_772_442_000_000 },
        new SaleAllocated { Channel = "Web", ExternalId = "#1001", Lines = [new SaleLine { Sku = "MUG", Quantity = 4 }], AllocatedAtUnixMs = 1_772_355_600_005 },
        new SaleDeallocated { Channel = "Web", ExternalId = "#1001", DeallocatedAtUnixMs = 1_772_355_600_006 },
    ];

    /// <summary>
    /// One sample per event contract (the golden files are named after them). Never reorder: a sample's
    /// index is part of its golden envelope, so new samples are appended.
    /// </summary>
    public static IReadOnlyList<IEventContract> Events =>
        [ProductCreated, QuantityAdded, QuantityRemoved, ItemMoved, ItemsReceived, .. StockCoreEvents, .. FulfilmentEvents, .. CountAndChannelEvents, .. OrderEvents];

    public static IReadOnlyList<IContract> All =>
        [.. Events, CreateProduct, AddItem, ReceiveItems];

    /// <summary>The envelope stored with event number <paramref name="index"/> of <see cref="Events"/>.</summary>
    public static EventEnvelope Envelope(int index) => new(
        Position: (ulong)index + 1,
        Stream: "product-TSHIRT-RED-M",
        StreamVersion: (ulong)index + 1,
        EventId: Guid.Parse($"00000000-0000-4000-8000-{index + 1:D12}"),
        RecordedAtUnixMs: 1_772_355_600_000 + index,
        CausationId: index % 2 == 0 ? Guid.Parse("99999999-8888-7777-6666-555555555555") : null,
        IdempotencyKey: index % 2 == 0 ? "key-✓-" + index : null);
}
