using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Transfers;
using Specs.Inventory.Contracts.Events.Locations;
using Specs.Inventory.Contracts.Events.Transfers;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.Stock;
using Specs.Inventory.Domain.Transfers;
using Specs.Inventory.Ports;
using static Specs.Inventory.Tests.Domain.StockWorld;

namespace Specs.Inventory.Tests.Domain.Transfers;

public sealed class TransferRulesTests
{
    private static readonly Guid Id = Guid.Parse("00000000-0000-4000-8000-0000000070f1");

    private static TransferCreated Planned(params TransferLine[] lines) => new() { TransferId = Id, FromWarehouse = Main, ToWarehouse = West, Lines = lines };

    private static TransferLine Line(string sku, long quantity) => new() { Sku = sku, Quantity = quantity };

    private static TransferItem Item(string sku, string location, long quantity, string? lot = null, string[]? serials = null) =>
        new() { Sku = sku, Location = location, Quantity = quantity, Lot = lot, Serials = serials ?? [] };

    private static TransferShipped Shipped(params TransferItem[] items) => new() { TransferId = Id, FromWarehouse = Main, ToWarehouse = West, Items = items };

    private static TransferReceived Received(params TransferItem[] items) => new() { TransferId = Id, ToWarehouse = West, Items = items };

    [Fact]
    public void R_10_1_a_transfer_between_two_warehouses_is_planned_with_a_server_id()
    {
        var id = new DeterministicIds(seed: 1).NextId();
        var decision = StockWorld.Given()
            .When(new CreateTransfer { FromWarehouse = "main", ToWarehouse = "west", Lines = [Line("sku-100", 5), Line("MILK", 1)] })
            .Then(new TransferCreated { TransferId = id, FromWarehouse = Main, ToWarehouse = West, Lines = [Line("SKU-100", 5), Line("MILK", 1)] });

        Assert.Equal($"transfer/{id}", decision.Stream);
    }

    [Fact]
    public void R_10_1_a_transfer_within_one_warehouse_an_unknown_one_or_a_repeated_sku_is_refused()
    {
        StockWorld.Given().When(new CreateTransfer { FromWarehouse = "MAIN", ToWarehouse = "main", Lines = [Line("SKU-100", 1)] }).ThenRefused(new SameWarehouseTransfer(Main));
        StockWorld.Given().When(new CreateTransfer { FromWarehouse = "MAIN", ToWarehouse = "EAST", Lines = [Line("SKU-100", 1)] }).ThenRefused(new UnknownWarehouse("EAST"));
        StockWorld.Given().When(new CreateTransfer { FromWarehouse = "MAIN", ToWarehouse = "WEST", Lines = [Line("SKU-100", 1), Line("sku-100", 1)] }).ThenRefused(new DuplicateTransferLine("SKU-100"));
        StockWorld.Given().When(new CreateTransfer { FromWarehouse = "MAIN", ToWarehouse = "WEST", Lines = [] }).ThenRefused(new TransferLineCountInvalid(0, 500));
        StockWorld.Given().When(new ShipTransfer { TransferId = Id, Items = [Item("SKU-100", "A-01", 1)] }).ThenRefused(new UnknownTransfer(Id));
    }

    [Fact]
    public void R_10_2_shipping_moves_on_hand_to_in_transit_keeping_lots_and_serials()
    {
        IEventContract[] history = [Lot("MILK", "L1"), Added("MILK", "A-01", 4, lot: "L1"), Added("PHONE", "A-02", 2, serials: ["SN-1", "SN-2"]), Planned(Line("MILK", 4), Line("PHONE", 1))];
        StockWorld.Given(history)
            .When(new ShipTransfer { TransferId = Id, Items = [Item("MILK", "a-01", 4, lot: "l1"), Item("PHONE", "A-02", 1, serials: ["sn-2"])] })
            .Then(Shipped(Item("MILK", "A-01", 4, lot: "L1"), Item("PHONE", "A-02", 1, serials: ["SN-2"])));

        var after = StockWorld.State([.. history, Shipped(Item("MILK", "A-01", 4, lot: "L1"), Item("PHONE", "A-02", 1, serials: ["SN-2"]))]);
        Assert.Equal((0L, 4L, 4L), (after.Stock.Of("MILK").OnHand, after.Stock.Of("MILK").InTransit, after.Stock.Of("MILK").UnitsInStock));
        Assert.Equal(SerialPlace.InTransit, after.Stock.Of("PHONE").FindSerial("SN-2")!.Place);
    }

    [Fact]
    public void R_10_2_shipping_beyond_the_plan_or_what_a_location_holds_or_twice_is_refused()
    {
        StockWorld.Given(Added("SKU-100", "A-01", 10), Planned(Line("SKU-100", 5)))
            .When(new ShipTransfer { TransferId = Id, Items = [Item("SKU-100", "A-01", 3), Item("SKU-100", "A-01", 3)] })
            .ThenRefused(new TransferExceedsPlan(Id, "SKU-100", 5, 6));
        StockWorld.Given(Added("SKU-100", "A-01", 10), Planned(Line("SKU-100", 5)))
            .When(new ShipTransfer { TransferId = Id, Items = [Item("MILK", "A-01", 1, lot: null)] })
            .ThenRefused(new LotRequired("MILK"));
        StockWorld.Given(Added("SKU-100", "A-01", 4), Planned(Line("SKU-100", 5)))
            .When(new ShipTransfer { TransferId = Id, Items = [Item("SKU-100", "A-01", 3), Item("SKU-100", "A-01", 2)] })
            .ThenRefused(new InsufficientStock("SKU-100", Main, "A-01", null, 2, 1));
        StockWorld.Given(Added("SKU-100", "A-01", 10), Planned(Line("SKU-100", 5)), Shipped(Item("SKU-100", "A-01", 5)))
            .When(new ShipTransfer { TransferId = Id, Items = [Item("SKU-100", "A-01", 1)] })
            .ThenRefused(new TransferAlreadyShipped(Id));
        StockWorld.Given(Added("SKU-100", "A-01", 5, warehouse: West), Planned(Line("SKU-100", 5)))
            .When(new ShipTransfer { TransferId = Id, Items = [Item("SKU-100", "A-01", 1)] })
            .ThenRefused(new InsufficientStock("SKU-100", Main, "A-01", null, 1, 0));
    }

    [Fact]
    public void R_10_2_exactly_the_planned_units_from_two_locations_ship() =>
        StockWorld.Given(Added("SKU-100", "A-01", 3), Added("SKU-100", "B-01", 2), Planned(Line("SKU-100", 5)))
            .When(new ShipTransfer { TransferId = Id, Items = [Item("SKU-100", "A-01", 3), Item("SKU-100", "B-01", 2)] })
            .Then(Shipped(Item("SKU-100", "A-01", 3), Item("SKU-100", "B-01", 2)));

    [Fact]
    public void R_10_3_in_transit_stock_is_available_at_neither_end()
    {
        var before = StockWorld.State(Added("SKU-100", "A-01", 10), Planned(Line("SKU-100", 4)));
        var during = StockWorld.State(Added("SKU-100", "A-01", 10), Planned(Line("SKU-100", 4)), Shipped(Item("SKU-100", "A-01", 4)));
        var after = StockWorld.State(Added("SKU-100", "A-01", 10), Planned(Line("SKU-100", 4)), Shipped(Item("SKU-100", "A-01", 4)), Received(Item("SKU-100", "A-01", 4)));

        Assert.Equal(10, StockFigures.Of(before, "SKU-100").Available);
        Assert.Equal((6L, 6L, 4L), (StockFigures.Of(during, "SKU-100").OnHand, StockFigures.Of(during, "SKU-100").Available, StockFigures.Of(during, "SKU-100").InTransit));
        Assert.Equal(0, during.Stock.Of("SKU-100").OnHandAt(new LocationAddress(West, "A-01")));
        Assert.Equal((10L, 0L, 4L), (StockFigures.Of(after, "SKU-100").Available, StockFigures.Of(after, "SKU-100").InTransit, after.Stock.Of("SKU-100").OnHandAt(new LocationAddress(West, "A-01"))));
    }

    [Fact]
    public void R_10_4_a_partial_receipt_leaves_the_rest_in_transit_and_the_transfer_open()
    {
        IEventContract[] history = [Added("SKU-100", "A-01", 10), Planned(Line("SKU-100", 5)), Shipped(Item("SKU-100", "A-01", 5))];
        StockWorld.Given(history)
            .When(new ReceiveTransfer { TransferId = Id, Items = [Item("SKU-100", "a-01", 2)] })
            .Then(Received(Item("SKU-100", "A-01", 2)));
        var after = StockWorld.State([.. history, Received(Item("SKU-100", "A-01", 2))]);
        Assert.Equal((3L, TransferStatus.Shipped), (after.Stock.Of("SKU-100").InTransit, after.Transfers.Find(Id)!.Status));
    }

    [Fact]
    public void R_10_4_receiving_more_than_shipped_and_not_yet_received_is_refused()
    {
        IEventContract[] history = [Added("SKU-100", "A-01", 10), Planned(Line("SKU-100", 5)), Shipped(Item("SKU-100", "A-01", 5)), Received(Item("SKU-100", "A-01", 2))];
        StockWorld.Given(history)
            .When(new ReceiveTransfer { TransferId = Id, Items = [Item("SKU-100", "A-01", 2), Item("SKU-100", "A-01", 2)] })
            .ThenRefused(new ReceiptExceedsShipped(Id, "SKU-100", null, 2, 1));
        StockWorld.Given(Added("SKU-100", "A-01", 10), Planned(Line("SKU-100", 5)))
            .When(new ReceiveTransfer { TransferId = Id, Items = [Item("SKU-100", "A-01", 1)] })
            .ThenRefused(new TransferNotShipped(Id));
        StockWorld.Given(history)
            .When(new ReceiveTransfer { TransferId = Id, Items = [Item("SKU-100", "RCV", 1)] })
            .ThenRefused(new UnknownLocation(West, "RCV"));
        StockWorld.Given([.. history, new LocationLocked { Warehouse = West, Location = "A-01" }])
            .When(new ReceiveTransfer { TransferId = Id, Items = [Item("SKU-100", "A-01", 1)] })
            .ThenRefused(new LocationIsLocked(West, "A-01"));
    }

    [Fact]
    public void R_10_5_a_lot_or_serial_that_did_not_travel_on_the_transfer_is_refused_on_receipt()
    {
        IEventContract[] history =
        [
            Lot("MILK", "L1"), Lot("MILK", "L2"), Added("MILK", "A-01", 4, lot: "L1"), Added("PHONE", "A-02", 2, serials: ["SN-1", "SN-2"]),
            Planned(Line("MILK", 4), Line("PHONE", 1)), Shipped(Item("MILK", "A-01", 4, lot: "L1"), Item("PHONE", "A-02", 1, serials: ["SN-2"])),
        ];
        StockWorld.Given(history)
            .When(new ReceiveTransfer { TransferId = Id, Items = [Item("MILK", "A-01", 1, lot: "L2")] })
            .ThenRefused(new ReceiptExceedsShipped(Id, "MILK", "L2", 1, 0));
        StockWorld.Given(history)
            .When(new ReceiveTransfer { TransferId = Id, Items = [Item("PHONE", "A-01", 1, serials: ["SN-1"])] })
            .ThenRefused(new SerialNotInTransit(Id, "PHONE", "SN-1"));

        var decision = StockWorld.Given(history)
            .When(new ReceiveTransfer { TransferId = Id, Items = [Item("PHONE", "A-01", 1, serials: ["sn-2"]), Item("MILK", "A-01", 4, lot: "l1")] })
            .Then(Received(Item("PHONE", "A-01", 1, serials: ["SN-2"]), Item("MILK", "A-01", 4, lot: "L1")), new TransferClosed { TransferId = Id });
        var after = InventoryDecider.Replay(decision.Events, StockWorld.State(history));
        Assert.True(after.Stock.Of("PHONE").FindSerial("SN-2")!.IsAt(new LocationAddress(West, "A-01")));
        Assert.Equal(4, after.Stock.Of("MILK").OnHandAt(StockSlot.At(new LocationAddress(West, "A-01"), "L1")));
    }

    [Fact]
    public void R_10_6_the_last_unit_received_closes_the_transfer_and_nothing_more_is_received()
    {
        IEventContract[] history = [Added("SKU-100", "A-01", 10), Planned(Line("SKU-100", 5)), Shipped(Item("SKU-100", "A-01", 4)), Received(Item("SKU-100", "A-01", 3))];
        StockWorld.Given(history)
            .When(new ReceiveTransfer { TransferId = Id, Items = [Item("SKU-100", "A-01", 1)] })
            .Then(Received(Item("SKU-100", "A-01", 1)), new TransferClosed { TransferId = Id });
        StockWorld.Given([.. history, Received(Item("SKU-100", "A-01", 1)), new TransferClosed { TransferId = Id }])
            .When(new ReceiveTransfer { TransferId = Id, Items = [Item("SKU-100", "A-01", 1)] })
            .ThenRefused(new TransferAlreadyClosed(Id));
    }
}
