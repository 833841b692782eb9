using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Locations;
using Specs.Inventory.Contracts.Commands.Picking;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Contracts.Commands.Sales;
using Specs.Inventory.Contracts.Commands.Shipping;
using Specs.Inventory.Contracts.Commands.Transfers;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Sales;
using Specs.Inventory.Domain.Transfers;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Views;
using Specs.Sim.Storage;

namespace Specs.Inventory.Tests.Pipeline;

/// <summary>Areas 8-10 end to end: picking, checking, shipping, a return and a transfer through the pipeline, its views and the replay check.</summary>
public sealed class FulfilmentThroughThePipelineTests
{
    private const long Now = 1_772_355_600_000;
    private static readonly Guid Sale = SaleIds.Of("Web shop", "WEB-1001");

    [Fact]
    public void A_day_of_picking_shipping_and_transferring_keeps_views_equal_to_a_rebuild_from_the_log()
    {
        using var store = new SimulatedStore();
        var processor = CommandProcessor.Open(store, new ManualClock(Now), new DeterministicIds(seed: 8));
        Accept(processor,
            new CreateReason { Name = "Received" },
            new CreateReason { Name = "Customer return" },
            new CreateChannel { Name = "Web shop" },
            new CreateWarehouse { Code = "MAIN", Name = "Main" },
            new CreateWarehouse { Code = "WEST", Name = "West" },
            new CreateLocation { Warehouse = "MAIN", Location = "A-01", Type = LocationType.Pick },
            new CreateLocation { Warehouse = "MAIN", Location = "RCV", Type = LocationType.Receiving },
            new CreateLocation { Warehouse = "WEST", Location = "A-01", Type = LocationType.Pick },
            new CreateProduct { Sku = "MUG", Name = "Blue mug" },
            new AddItem { Sku = "MUG", Warehouse = "MAIN", Location = "A-01", Quantity = 20, Reason = "Received" },
            new SyncSale { Channel = "web shop", ExternalId = "web-1001", Lines = [new SaleLine { Sku = "MUG", Quantity = 3 }] },
            new CreatePicklist { Warehouse = "MAIN", Lines = [new PicklistLine { Sku = "MUG", Quantity = 3, SaleId = Sale }] });
        var picklist = Assert.Single(processor.State.Picking.Picklists.Keys);
        Accept(processor,
            new AssignPicklist { PicklistId = picklist, Picker = "Ana" },
            new PickItem { PicklistId = picklist, Sku = "MUG", Quantity = 3, SaleId = Sale },
            new CompletePicklist { PicklistId = picklist },
            new ScanItem { PicklistId = picklist, Sku = "MUG", Quantity = 1, Passed = false, SaleId = Sale },
            new UnpickItem { PicklistId = picklist, Sku = "MUG", Location = "RCV", Quantity = 1, SaleId = Sale },
            new ScanItem { PicklistId = picklist, Sku = "MUG", Quantity = 2, Passed = true, SaleId = Sale },
            new ShipSale { SaleId = Sale, TrackingNumber = "1Z-1", Carrier = "UPS" },
            new ReturnToStock { SaleId = Sale, Sku = "MUG", Warehouse = "MAIN", Location = "RCV", Quantity = 1, Reason = "Customer return" },
            new CreateTransfer { FromWarehouse = "MAIN", ToWarehouse = "WEST", Lines = [new TransferLine { Sku = "MUG", Quantity = 5 }] });
        var transfer = Assert.Single(processor.State.Transfers.Transfers.Keys);
        Accept(processor,
            new ShipTransfer { TransferId = transfer, Items = [new TransferItem { Sku = "MUG", Location = "A-01", Quantity = 5 }] },
            new ReceiveTransfer { TransferId = transfer, Items = [new TransferItem { Sku = "MUG", Location = "A-01", Quantity = 5 }] });

        using (var read = store.BeginRead())
        {
            var row = PicklistsView.Find(read, picklist)!;
            Assert.Equal(("MAIN", "Ana", true), (row.Warehouse, row.Picker, row.Completed));
            Assert.Equal(new PicklistLineRow("MUG", Sale, 3, 2, 0, 0, 0, 2), Assert.Single(row.Lines));
            var shipment = SaleShipmentsView.Find(read, Sale)!;
            Assert.Equal(("1Z-1", "UPS"), (shipment.TrackingNumber, shipment.Carrier));
            Assert.Equal([new SaleShipmentLineRow("MUG", 2, 1)], shipment.Lines);
            var moved = TransfersView.Find(read, transfer)!;
            Assert.Equal(("MAIN", "WEST", TransferStatus.Closed), (moved.FromWarehouse, moved.ToWarehouse, moved.Status));
            Assert.Equal(new TransferLineRow("MUG", 5, 5, 5), Assert.Single(moved.Lines));
            Assert.Null(PicklistsView.Find(read, Guid.Empty));
        }

        var stock = processor.State.Stock.Of("MUG");
        Assert.Equal((19L, 0L, 0L), (stock.OnHand, stock.Picked, stock.InTransit));

        // The unit that failed its check went back to the sale: it is Pending again, to be picked anew (a backorder).
        Assert.Equal(1, stock.Pending);
        Assert.Equal(2, processor.State.Sales.FindById(Sale)!.Reserved["MUG"].Picked);
        var report = ReplayCheck.Run(store, InventoryViews.All);
        Assert.True(report.Matches, report.FirstDifference?.ToString());
    }

    private static void Accept(CommandProcessor processor, params ICommandContract[] commands)
    {
        foreach (var result in processor.Process([.. commands.Select(command => new SubmitCommand(command))]))
        {
            var outcome = Assert.IsType<CommandOutcome>(result);
            Assert.True(outcome.Response.Status == CommandStatus.Accepted, outcome.Response.ToString());
        }
    }
}
