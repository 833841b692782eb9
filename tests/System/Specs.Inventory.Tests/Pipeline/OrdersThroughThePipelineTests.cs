using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Holds;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Locations;
using Specs.Inventory.Contracts.Commands.Purchasing;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Contracts.Commands.Sales;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Holds;
using Specs.Inventory.Domain.Purchasing;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Views;
using Specs.Sim.Storage;

namespace Specs.Inventory.Tests.Pipeline;

/// <summary>
/// Areas 5-7 end to end: purchase orders, receipts, sales, allocation and holds go through the
/// command pipeline into their views, a hold expires when the clock is advanced to its expiry
/// and every view rebuilt from the log equals the live one.
/// </summary>
public sealed class OrdersThroughThePipelineTests
{
    private const long Now = 1_772_355_600_000;
    private const long HoldExpiresAt = Now + 3_600_000;

    private static SubmitCommand[] Day =>
    [
        new(new CreateSupplier { Name = "Acme" }),
        new(new CreateChannel { Name = "Web" }),
        new(new CreateWarehouse { Code = "MAIN", Name = "Main" }),
        new(new CreateLocation { Warehouse = "MAIN", Location = "RCV", Type = LocationType.Receiving }),
        new(new CreateLocation { Warehouse = "MAIN", Location = "A-01", Type = LocationType.Pick }),
        new(new CreateProduct { Sku = "MUG", Name = "Mug" }),
        new(new CreateProduct { Sku = "MILK", Name = "Milk", Tracking = TrackingMode.Lot }),
        new(new CreatePurchaseOrder
        {
            PurchaseOrder = "PO-1",
            Supplier = "Acme",
            Warehouse = "MAIN",
            Lines = [new PurchaseOrderLine { Sku = "MUG", Quantity = 10, UnitCostMinor = 250 }, new PurchaseOrderLine { Sku = "MILK", Quantity = 4, UnitCostMinor = 90 }],
        }),
        new(new ReceiveItems
        {
            PurchaseOrder = "PO-1",
            ReceiptId = "GRN-1",
            Warehouse = "MAIN",
            Location = "RCV",
            Lines = [new ReceiptLine { Sku = "MUG", Quantity = 6 }, new ReceiptLine { Sku = "MILK", Quantity = 4, Lot = "L-1", ExpiresAtUnixMs = Now + 86_400_000 }],
        }),
        new(new UpdatePurchaseOrder { PurchaseOrder = "PO-1", Lines = [new PurchaseOrderLine { Sku = "MUG", Quantity = 8, UnitCostMinor = 250 }] }),
        new(new MoveItem { Sku = "MUG", Warehouse = "MAIN", FromLocation = "RCV", ToLocation = "A-01", Quantity = 6 }),
        new(new SyncSale { Channel = "Web", ExternalId = "1001", Lines = [new SaleLine { Sku = "MUG", Quantity = 2 }] }),
        new(new AllocateSale { Channel = "Web", ExternalId = "1001" }),
        new(new SyncSale { Channel = "Web", ExternalId = "1002", Lines = [new SaleLine { Sku = "MUG", Quantity = 1 }], Priority = SalePriority.Urgent }),
        new(new CreateHold { HoldId = "H-1", Sku = "MUG", Quantity = 3, ExpiresAtUnixMs = HoldExpiresAt }),
        new(new CancelSale { Channel = "Web", ExternalId = "1002" }),
        new(new ClosePurchaseOrder { PurchaseOrder = "PO-1" }),
        new(new CreatePurchaseOrder { PurchaseOrder = "PO-2", Supplier = "Acme", Warehouse = "MAIN", Lines = [new PurchaseOrderLine { Sku = "MUG", Quantity = 5, UnitCostMinor = 300 }] }),
        new(new CancelPurchaseOrder { PurchaseOrder = "PO-2" }),
        new(new CreatePurchaseOrder { PurchaseOrder = "PO-3", Supplier = "Acme", Warehouse = "MAIN", Lines = [new PurchaseOrderLine { Sku = "MUG", Quantity = 7, UnitCostMinor = 300 }] }),
    ];

    [Fact]
    public void A_day_of_orders_sales_and_holds_reaches_every_view_and_the_rebuilt_views_equal_the_live_ones()
    {
        using var store = new SimulatedStore();
        var processor = CommandProcessor.Open(store, new ManualClock(Now), new DeterministicIds(seed: 3));

        var results = processor.Process(Day);
        var expiry = processor.Process([new AdvanceClock(HoldExpiresAt)]);

        Assert.All(results, result => Assert.Equal(CommandStatus.Accepted, Assert.IsType<CommandOutcome>(result).Response.Status));
        Assert.Equal(1, Assert.IsType<ClockAdvanced>(Assert.Single(expiry)).TimerEvents);
        var report = ReplayCheck.Run(store, InventoryViews.All);
        Assert.True(report.Matches, report.FirstDifference?.ToString());

        using var read = store.BeginRead();
        var order = PurchaseOrdersView.Find(read, "po-1")!;
        Assert.Equal((PurchaseOrderStatus.Closed, "Acme", "MAIN"), (order.Status, order.Supplier, order.Warehouse));
        Assert.Equal([new PurchaseOrderLineRow("MILK", 4, 4, 90), new PurchaseOrderLineRow("MUG", 8, 6, 250)], order.Lines);
        Assert.Equal(PurchaseOrderStatus.Cancelled, PurchaseOrdersView.Find(read, "PO-2")!.Status);
        Assert.Equal(["PO-1", "PO-2", "PO-3"], PurchaseOrdersView.List(read).Select(row => row.PurchaseOrder));
        Assert.Equal(["PO-3"], PurchaseOrdersView.List(read, after: "po-2").Select(row => row.PurchaseOrder));
        Assert.Equal(7, PurchaseOrdersView.IncomingOf(read, "mug", "main"));
        Assert.Equal(250, PurchaseOrdersView.AverageCostOf(read, "MUG"));
        Assert.Null(PurchaseOrdersView.AverageCostOf(read, "TEA"));

        var sale = SalesView.Find(read, "web", "1001")!;
        Assert.True(sale.Allocated);
        Assert.Equal([new SaleLineRow("MUG", 2, 0)], sale.Reserved);
        Assert.Equal(SaleStatus.Cancelled, SalesView.Find(read, "Web", "1002")!.Status);
        Assert.Equal(["1001", "1002"], SalesView.List(read, "Web").Select(row => row.ExternalId));

        Assert.Equal(new HoldRow("H-1", "MUG", 3, HoldExpiresAt, null, HoldStatus.Expired), HoldsView.Find(read, "h-1"));
        Assert.Empty(HoldsView.ActiveOf(read, "MUG"));
    }

    [Fact]
    public void An_active_hold_is_listed_under_its_sku_until_it_is_released()
    {
        using var store = new SimulatedStore();
        var processor = CommandProcessor.Open(store, new ManualClock(Now), new DeterministicIds(seed: 4));
        processor.Process(
        [
            new SubmitCommand(new CreateWarehouse { Code = "MAIN", Name = "Main" }),
            new SubmitCommand(new CreateLocation { Warehouse = "MAIN", Location = "A-01", Type = LocationType.Pick }),
            new SubmitCommand(new CreateReason { Name = "Found" }),
            new SubmitCommand(new CreateProduct { Sku = "MUG", Name = "Mug" }),
            new SubmitCommand(new AddItem { Sku = "MUG", Warehouse = "MAIN", Location = "A-01", Quantity = 5, Reason = "Found" }),
            new SubmitCommand(new CreateHold { HoldId = "H-1", Sku = "MUG", Quantity = 2, Note = "Ana" }),
        ]);

        using (var read = store.BeginRead())
        {
            Assert.Equal([new HoldRow("H-1", "MUG", 2, null, "Ana", HoldStatus.Active)], HoldsView.ActiveOf(read, "mug"));
        }

        processor.Process([new SubmitCommand(new ReleaseHold { HoldId = "H-1" })]);

        using var after = store.BeginRead();
        Assert.Empty(HoldsView.ActiveOf(after, "MUG"));
        Assert.Equal(HoldStatus.Released, HoldsView.Find(after, "H-1")!.Status);
        Assert.True(ReplayCheck.Run(store, InventoryViews.All).Matches);
    }
}
