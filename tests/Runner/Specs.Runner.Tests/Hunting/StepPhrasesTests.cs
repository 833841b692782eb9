using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Channels;
using Specs.Inventory.Contracts.Commands.Counts;
using Specs.Inventory.Contracts.Commands.Holds;
using Specs.Inventory.Contracts.Commands.Kits;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Locations;
using Specs.Inventory.Contracts.Commands.Lots;
using Specs.Inventory.Contracts.Commands.Purchasing;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Contracts.Commands.Sales;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Channels;
using Specs.Inventory.Contracts.Events.Holds;
using Specs.Inventory.Contracts.Events.Kits;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.Locations;
using Specs.Inventory.Contracts.Events.Lots;
using Specs.Inventory.Contracts.Events.Purchasing;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Inventory.Contracts.Events.Sales;
using Specs.Inventory.Contracts.Tables;
using Specs.Runner.Hunting;

namespace Specs.Runner.Tests.Hunting;

/// <summary>Every phrase the hunter writes is one the corpus's step definitions bind (checked with `specs verify --dry-run`).</summary>
[Collection(HuntCollection.Name)]
public sealed class StepPhrasesTests
{
    [Fact]
    public async Task Every_phrase_the_hunter_writes_matches_a_step_of_the_corpus()
    {
        const long At = 1_772_355_600_123;
        const long Later = 1_772_442_000_001;
        IEventContract[] events =
        [
            new ReasonCreated { Name = "Received" }, new SupplierCreated { Name = "Acme" }, new ChannelCreated { Name = "Web" },
            new ReferenceDeactivated { Kind = ReferenceKind.Channel, Name = "Web" },
            new ProductCreated { Sku = "SKU-1", Name = "Product SKU-1" }, new ProductCreated { Sku = "LOT-1", Name = "Product LOT-1", Tracking = TrackingMode.Lot },
            new AlternateSkuAdded { Sku = "SKU-1", AlternateSku = "ALT-1" }, new ProductDeactivated { Sku = "SKU-1" },
            new WarehouseCreated { Code = "MAIN", Name = "Warehouse MAIN" },
            new LocationCreated { Warehouse = "MAIN", Location = "R-01", Type = LocationType.Receiving, Sellable = false },
            new LocationLocked { Warehouse = "MAIN", Location = "A-01" }, new LocationDeleted { Warehouse = "MAIN", Location = "A-02" },
            new QuantityAdded { Sku = "SKU-1", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Received" },
            new ItemMoved { Sku = "SKU-1", Warehouse = "MAIN", FromLocation = "A-01", ToLocation = "A-02", Quantity = 2 },
            new QuantityRemoved { Sku = "SKU-1", Warehouse = "MAIN", Location = "A-01", Quantity = 3, Reason = "Damaged" },
            new QuantityAdded { Sku = "LOT-1", Warehouse = "MAIN", Location = "A-01", Quantity = 2, Reason = "Received", Lot = "L1" },
            new QuantityAdded { Sku = "SER-1", Warehouse = "MAIN", Location = "A-01", Quantity = 2, Reason = "Received", Serials = ["S1", "S2"] },
            new KitCreated { Sku = "KIT-1", Lines = [new KitLine { Sku = "SKU-1", Quantity = 1 }, new KitLine { Sku = "SKU-2", Quantity = 2 }] },
            new HoldCreated { HoldId = "H1", Sku = "SKU-1", Quantity = 1, CreatedAtUnixMs = At },
            new HoldCreated { HoldId = "H2", Sku = "SKU-1", Quantity = 2, ExpiresAtUnixMs = Later, CreatedAtUnixMs = At },
            new PurchaseOrderCreated { PurchaseOrder = "PO-1", Supplier = "Acme", Warehouse = "MAIN", Lines = [new PurchaseOrderLine { Sku = "SKU-1", Quantity = 5, UnitCostMinor = 250 }], CreatedAtUnixMs = At },
            new SaleImported
            {
                Channel = "Web",
                ExternalId = "E1",
                Lines = [new SaleLine { Sku = "SKU-1", Quantity = 1 }],
                PendingLines = [new SaleLine { Sku = "SKU-1", Quantity = 1 }],
                Status = SaleStatus.Open,
                Priority = SalePriority.Normal,
                OrderedAtUnixMs = At,
            },
            new LotRegistered { Sku = "LOT-1", Lot = "L2" }, new LotRegistered { Sku = "LOT-1", Lot = "L3", ExpiresAtUnixMs = Later },
            new LotExpired { Sku = "LOT-1", Lot = "L3", ExpiredAtUnixMs = At }, new SerialRegistered { Sku = "SER-1", Serial = "S3" },
            new ChannelConnected { Channel = "Web" }, new ChannelQuantityPushed { Channel = "Web", Sku = "SKU-1", Quantity = 4, Available = 4 },
        ];
        ICommandContract[] commands =
        [
            new CreateReason { Name = "R" }, new CreateSupplier { Name = "S" }, new CreateChannel { Name = "C" },
            new DeactivateReference { Kind = ReferenceKind.Supplier, Name = "S" },
            new CreateProduct { Sku = "SKU-9", Name = "Name 1" }, new AddAlternateSku { Sku = "SKU-1", AlternateSku = "ALT-2" },
            new DeactivateProduct { Sku = "SKU-1" }, new SetTracking { Sku = "SKU-1", Tracking = TrackingMode.Serial },
            new CreateWarehouse { Code = "WEST", Name = "West" }, new CreateLocation { Warehouse = "MAIN", Location = "B-01", Type = LocationType.Bulk },
            new CreateLocation { Warehouse = "MAIN", Location = "S-01", Type = LocationType.Staging, Sellable = true },
            new LockLocation { Warehouse = "MAIN", Location = "A-01" }, new UnlockLocation { Warehouse = "MAIN", Location = "A-01" },
            new DeleteLocation { Warehouse = "MAIN", Location = "A-01" }, new SetSellable { Warehouse = "MAIN", Location = "A-01", Sellable = false },
            new AddItem { Sku = "SKU-1", Warehouse = "MAIN", Location = "A-01", Quantity = -1, Reason = "" },
            new RemoveItem { Sku = "SKU-1", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Damaged" },
            new MoveItem { Sku = "SKU-1", Warehouse = "MAIN", FromLocation = "A-01", ToLocation = "A-02", Quantity = 4 },
            new SetItemQuantity { Sku = "SKU-1", Warehouse = "MAIN", Location = "A-01", Quantity = 0, Reason = "Received" },
            new CreateProduct { Sku = "LOT-9", Name = "Lots", Tracking = TrackingMode.Lot },
            new AddItem { Sku = "LOT-1", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Received", Lot = "L1" },
            new AddItem { Sku = "SER-1", Warehouse = "MAIN", Location = "A-01", Quantity = 2, Reason = "Received", Serials = ["S3", "S4"] },
            new RemoveItem { Sku = "LOT-1", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Damaged", Lot = "L1" },
            new RemoveItem { Sku = "SER-1", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Damaged", Serials = ["S1"] },
            new MoveItem { Sku = "LOT-1", Warehouse = "MAIN", FromLocation = "A-01", ToLocation = "A-02", Quantity = 1, Lot = "L1" },
            new MoveItem { Sku = "SER-1", Warehouse = "MAIN", FromLocation = "A-01", ToLocation = "A-02", Quantity = 1, Serials = ["S2"] },
            new SetItemQuantity { Sku = "LOT-1", Warehouse = "MAIN", Location = "A-01", Quantity = 3, Reason = "Received", Lot = "L1" },
            new SetItemQuantity { Sku = "SER-1", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Received", Serials = ["S1"] },
            new CreateKit { Sku = "KIT-2", Lines = [new KitLine { Sku = "SKU-2", Quantity = 1 }, new KitLine { Sku = "SKU-3", Quantity = 1 }] },
            new CreateKit { Sku = "KIT-2" }, new UpdateKitLines { Sku = "KIT-1", Lines = [new KitLine { Sku = "SKU-3", Quantity = 3 }] }, new UpdateKitLines { Sku = "KIT-1" },
            new AssembleKit { Sku = "KIT-1", Warehouse = "MAIN", Location = "A-01", Quantity = 1 },
            new DisassembleKit { Sku = "KIT-1", Warehouse = "MAIN", Location = "A-01", Quantity = 2 },
            new CreatePurchaseOrder { PurchaseOrder = "PO-2", Supplier = "Acme", Warehouse = "MAIN", Lines = [new PurchaseOrderLine { Sku = "SKU-2", Quantity = 3, UnitCostMinor = 100 }] },
            new CreatePurchaseOrder { PurchaseOrder = "PO-2", Supplier = "Acme", Warehouse = "MAIN" },
            new ReceiveItems { PurchaseOrder = "PO-1", ReceiptId = "RC-1", Warehouse = "MAIN", Location = "A-01", Lines = [new ReceiptLine { Sku = "SKU-1", Quantity = 1 }] },
            new ClosePurchaseOrder { PurchaseOrder = "PO-1" }, new CancelPurchaseOrder { PurchaseOrder = "PO-1" },
            new SyncSale { Channel = "Web", ExternalId = "E2", Lines = [new SaleLine { Sku = "SKU-1", Quantity = 2 }] },
            new SyncSale { Channel = "Web", ExternalId = "E2", Lines = [new SaleLine { Sku = "SKU-1", Quantity = 1 }], Status = SaleStatus.AwaitingPayment },
            new UpdateSaleStatus { Channel = "Web", ExternalId = "E1", Status = SaleStatus.OnHold }, new CancelSale { Channel = "Web", ExternalId = "E1" },
            new CreateHold { HoldId = "H3", Sku = "SKU-1", Quantity = 1 }, new CreateHold { HoldId = "H3", Sku = "SKU-1", Quantity = 2, ExpiresAtUnixMs = Later },
            new CreateHold { HoldId = "H3", Sku = "SKU-1", Quantity = 1, Note = "Note" }, new ReleaseHold { HoldId = "H1" },
            new AllocateSale { Channel = "Web", ExternalId = "E1" }, new DeallocateSale { Channel = "Web", ExternalId = "E1" },
            new StartCount { Warehouse = "MAIN", Locations = ["A-01", "A-02"], Reason = "Damaged" }, new StartCount { Warehouse = "MAIN", Reason = "Damaged" },
            new RegisterLot { Sku = "LOT-1", Lot = "L4" }, new RegisterLot { Sku = "LOT-1", Lot = "L4", ExpiresAtUnixMs = Later },
            new ExpireLot { Sku = "LOT-1", Lot = "L1" }, new RegisterSerial { Sku = "SER-1", Serial = "S4" },
            new MoveSerial { Sku = "SER-1", Serial = "S1", Warehouse = "MAIN", ToLocation = "A-02" },
            new ConnectChannel { Channel = "Shop" }, new PushQuantities { Channel = "Web" }, new PushQuantities { Channel = "Web", Skus = ["SKU-1"] },
        ];
        var lines = new List<string> { "Feature: phrases", "" };
        var n = 0;
        foreach (var command in commands)
        {
            lines.Add($"  Scenario: phrase {++n}");
            lines.Add($"    Given the clock reads {StepPhrases.Instant(At)}");
            lines.AddRange(events.Select(payload => $"    And {StepPhrases.Given(payload, At) ?? throw new InvalidOperationException($"no phrase for {payload.GetType().Name}")}"));
            lines.Add($"    When {StepPhrases.When(command) ?? throw new InvalidOperationException($"no phrase for {command.GetType().Name}")}");
            lines.Add($"    Then {StepPhrases.InvariantsHold}");
            lines.Add("");
        }

        var folder = HuntFixture.TemporaryFolder();
        Directory.CreateDirectory(folder);
        var feature = Path.Combine(folder, "phrases.feature");
        await File.WriteAllLinesAsync(feature, lines, TestContext.Current.CancellationToken);
        var output = new StringWriter();

        var exitCode = await SpecsCommand.RunAsync(["verify", feature, "--steps", HuntFixture.StepsAssembly, "--dry-run", "--out", Path.Combine(folder, "out")], output, new StringWriter(), stop: TestContext.Current.CancellationToken);

        Assert.True(exitCode == 0, output.ToString());
    }

    [Fact]
    public void A_past_event_whose_stamp_differs_from_its_recording_time_keeps_the_generic_form()
    {
        // The corpus's Givens stamp the scenario's clock into the event: a hold created at another time (or a sale
        // ordered at another time) can't be stated by them without changing the contract the hunt recorded.
        var hold = new HoldCreated { HoldId = "H1", Sku = "SKU-1", Quantity = 1, CreatedAtUnixMs = 1_000 };
        var sale = new SaleImported
        {
            Channel = "Web",
            ExternalId = "E1",
            Lines = [new SaleLine { Sku = "KIT-1", Quantity = 1 }],
            PendingLines = [new SaleLine { Sku = "SKU-1", Quantity = 1 }],
            OrderedAtUnixMs = 1_000,
        };

        Assert.NotNull(StepPhrases.Given(hold, 1_000));
        Assert.Null(StepPhrases.Given(hold, 2_000));
        Assert.Null(StepPhrases.Given(sale, 1_000));
    }
}
