using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Shipping;
using Specs.Inventory.Contracts.Events.Locations;
using Specs.Inventory.Contracts.Events.Picking;
using Specs.Inventory.Contracts.Events.Shipping;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.Shipping;
using Specs.Inventory.Domain.Stock;
using static Specs.Inventory.Tests.Domain.Picking.PickingWorld;
using static Specs.Inventory.Tests.Domain.StockWorld;

namespace Specs.Inventory.Tests.Domain.Shipping;

public sealed class ShippingRulesTests
{
    private static readonly Guid SecondList = Guid.Parse("00000000-0000-4000-8000-00000000a002");

    /// <summary>Three units of SKU-100 picked for the sale from A-01 (of ten), none checked yet.</summary>
    private static IEventContract[] ThreePicked(params IEventContract[] more) =>
        [Added("SKU-100", "A-01", 10), Picklist(Line("SKU-100", 3, Sale)), Picked("SKU-100", "A-01", 3, Sale), .. more];

    private static ItemPassedCheck Passed(long quantity, Guid? sale = null, string sku = "SKU-100", Guid? picklist = null) =>
        new() { PicklistId = picklist ?? List, Sku = sku, SaleId = sale ?? Sale, Quantity = quantity };

    [Fact]
    public void R_9_1_picked_units_pass_or_fail_the_check()
    {
        StockWorld.Given(ThreePicked())
            .When(new ScanItem { PicklistId = List, Sku = "sku-100", SaleId = Sale, Quantity = 2, Passed = true })
            .Then(Passed(2));
        StockWorld.Given(ThreePicked(Passed(2)))
            .When(new ScanItem { PicklistId = List, Sku = "SKU-100", SaleId = Sale, Quantity = 1, Passed = false, Note = " dented " })
            .Then(new ItemFailedCheck { PicklistId = List, Sku = "SKU-100", SaleId = Sale, Quantity = 1, Note = "dented" });
    }

    [Fact]
    public void R_9_1_passed_never_exceeds_picked()
    {
        StockWorld.Given(ThreePicked(Passed(2)))
            .When(new ScanItem { PicklistId = List, Sku = "SKU-100", SaleId = Sale, Quantity = 2, Passed = true })
            .ThenRefused(new ScanExceedsPicked(List, "SKU-100", Sale, 2, 1));
        StockWorld.Given(ThreePicked(Passed(3)))
            .When(new ScanItem { PicklistId = List, Sku = "SKU-100", SaleId = Sale, Quantity = 1, Passed = false })
            .ThenRefused(new ScanExceedsPicked(List, "SKU-100", Sale, 1, 0));
    }

    [Fact]
    public void R_9_1_the_last_unchecked_unit_is_checked_on_a_completed_picklist() =>
        StockWorld.Given(ThreePicked(Passed(2), new PicklistCompleted { PicklistId = List }))
            .When(new ScanItem { PicklistId = List, Sku = "SKU-100", SaleId = Sale, Quantity = 1, Passed = true })
            .Then(Passed(1));

    [Fact]
    public void R_9_2_an_unpick_returns_picked_units_to_a_location_and_pending_to_the_sale()
    {
        var state = InventoryDecider.Evolve(WithPending("SKU-100", 3, Added("SKU-100", "A-01", 10), Picklist(Line("SKU-100", 3, Sale))), Picked("SKU-100", "A-01", 3, Sale, pendingReleased: 3));

        var unpicked = Assert.IsType<ItemUnpicked>(Assert.Single(Decide(state, new UnpickItem { PicklistId = List, Sku = "SKU-100", Location = "b-01", Quantity = 2, SaleId = Sale }).Events));
        var after = InventoryDecider.Evolve(state, unpicked);

        Assert.Equivalent(new ItemUnpicked { PicklistId = List, Sku = "SKU-100", SaleId = Sale, Warehouse = Main, Location = "B-01", Quantity = 2, PendingRestored = 2 }, unpicked, strict: true);
        var stock = after.Stock.Of("SKU-100");
        Assert.Equal((9L, 2L, 1L, 2L), (stock.OnHand, stock.OnHandAt(new LocationAddress(Main, "B-01")), stock.Picked, stock.Pending));
        Assert.Equal(2, after.Picking.Find(List)!.Lines[0].Remaining);
    }

    [Fact]
    public void R_9_2_failed_units_are_unpicked_first_then_unchecked_ones_and_a_serial_goes_back_to_the_location()
    {
        var state = StockWorld.State(ThreePicked(Passed(1), new ItemFailedCheck { PicklistId = List, Sku = "SKU-100", SaleId = Sale, Quantity = 1 }));
        var after = InventoryDecider.Evolve(state, new ItemUnpicked { PicklistId = List, Sku = "SKU-100", SaleId = Sale, Warehouse = Main, Location = "A-01", Quantity = 2 });
        var line = after.Picking.Find(List)!.Lines[0];
        Assert.Equal((1L, 1L, 0L, 0L), (line.Picked, line.Passed, line.Failed, line.Unchecked));

        var phones = StockWorld.State(Added("PHONE", "A-01", 2, serials: ["SN-1", "SN-2"]), Picklist(Line("PHONE", 2)), Picked("PHONE", "A-01", 2, serials: ["SN-1", "SN-2"]));
        var back = InventoryDecider.Evolve(phones, Assert.Single(Decide(phones, new UnpickItem { PicklistId = List, Sku = "PHONE", Location = "A-02", Quantity = 1, Serials = ["sn-2"] }).Events));
        Assert.True(back.Stock.Of("PHONE").FindSerial("SN-2")!.IsAt(new LocationAddress(Main, "A-02")));
        Assert.Equal(SerialPlace.Picked, back.Stock.Of("PHONE").FindSerial("SN-1")!.Place);
    }

    [Fact]
    public void R_9_2_unpicking_more_than_is_in_hand_or_a_serial_not_picked_is_refused()
    {
        StockWorld.Given(ThreePicked())
            .When(new UnpickItem { PicklistId = List, Sku = "SKU-100", Location = "A-01", Quantity = 4, SaleId = Sale })
            .ThenRefused(new UnpickExceedsPicked(List, "SKU-100", Sale, null, 4, 3));
        StockWorld.Given(Lot("MILK", "L1"), Lot("MILK", "L2"), Added("MILK", "A-01", 5, lot: "L1"), Picklist(Line("MILK", 2)), Picked("MILK", "A-01", 2, lot: "L1"))
            .When(new UnpickItem { PicklistId = List, Sku = "MILK", Location = "A-01", Quantity = 1, Lot = "L2" })
            .ThenRefused(new UnpickExceedsPicked(List, "MILK", null, "L2", 1, 0));
        StockWorld.Given(Added("PHONE", "A-01", 2, serials: ["SN-1", "SN-2"]), Picklist(Line("PHONE", 1)), Picked("PHONE", "A-01", 1, serials: ["SN-1"]))
            .When(new UnpickItem { PicklistId = List, Sku = "PHONE", Location = "A-01", Quantity = 1, Serials = ["SN-2"] })
            .ThenRefused(new SerialNotPicked(List, "PHONE", "SN-2"));
    }

    [Fact]
    public void R_9_2_exactly_the_units_in_hand_are_unpicked_into_an_unlocked_location_only()
    {
        StockWorld.Given(ThreePicked())
            .When(new UnpickItem { PicklistId = List, Sku = "SKU-100", Location = "A-02", Quantity = 3, SaleId = Sale })
            .Then(new ItemUnpicked { PicklistId = List, Sku = "SKU-100", SaleId = Sale, Warehouse = Main, Location = "A-02", Quantity = 3 });
        StockWorld.Given(ThreePicked(new LocationLocked { Warehouse = Main, Location = "A-02" }))
            .When(new UnpickItem { PicklistId = List, Sku = "SKU-100", Location = "A-02", Quantity = 1, SaleId = Sale })
            .ThenRefused(new LocationIsLocked(Main, "A-02"));
    }

    [Fact]
    public void R_9_3_a_sale_picked_and_passed_on_two_picklists_ships_every_unit_with_its_lot_and_serials()
    {
        IEventContract[] history =
        [
            Lot("MILK", "L1"), Lot("MILK", "L2"), Added("MILK", "A-01", 1, lot: "L1"), Added("MILK", "A-02", 1, lot: "L2"),
            Added("PHONE", "A-01", 1, serials: ["SN-1"]),
            Picklist(Line("MILK", 2, Sale), Line("SKU-100", 1, OtherSale)),
            Picked("MILK", "A-01", 1, Sale, lot: "L1"), Picked("MILK", "A-02", 1, Sale, lot: "L2"), Passed(2, sku: "MILK"), new PicklistCompleted { PicklistId = List },
            PicklistIn(Main, SecondList, Line("PHONE", 1, Sale)), Picked("PHONE", "A-01", 1, Sale, serials: ["SN-1"], picklist: SecondList), Passed(1, sku: "PHONE", picklist: SecondList),
        ];
        var decision = StockWorld.Given(history)
            .When(new ShipSale { SaleId = Sale, TrackingNumber = " 1Z999 ", Carrier = "UPS" })
            .Then(new SaleShipped
            {
                SaleId = Sale,
                TrackingNumber = "1Z999",
                Carrier = "UPS",
                Lines =
                [
                    new ShippedLine { PicklistId = List, Sku = "MILK", Warehouse = Main, Quantity = 1, Lot = "L1" },
                    new ShippedLine { PicklistId = List, Sku = "MILK", Warehouse = Main, Quantity = 1, Lot = "L2" },
                    new ShippedLine { PicklistId = SecondList, Sku = "PHONE", Warehouse = Main, Quantity = 1, Serials = ["SN-1"] },
                ],
            });
        Assert.Equal($"sale/{Sale}", decision.Stream);

        var after = InventoryDecider.Replay(decision.Events, StockWorld.State(history));
        Assert.Equal((0L, 0L), (after.Stock.Of("MILK").Picked, after.Stock.Of("PHONE").UnitsInStock));
        Assert.Equal(SerialPlace.NotInStock, after.Stock.Of("PHONE").FindSerial("SN-1")!.Place);
        Assert.Equal(2, after.Picking.Find(List)!.Lines[0].Shipped);
        StockWorld.Given([.. history, .. decision.Events]).When(new ShipSale { SaleId = Sale, TrackingNumber = "1Z999" }).ThenRefused(new NothingToShip(Sale));
    }

    [Fact]
    public void R_9_3_a_sale_with_units_still_to_pick_unchecked_or_failed_is_not_shipped()
    {
        StockWorld.Given(Added("SKU-100", "A-01", 10), Picklist(Line("SKU-100", 4, Sale)), Picked("SKU-100", "A-01", 3, Sale), Passed(3))
            .When(new ShipSale { SaleId = Sale, TrackingNumber = "T-1" })
            .ThenRefused(new SaleNotFullyPicked(Sale, List, "SKU-100", 1));
        StockWorld.Given(ThreePicked(Passed(2)))
            .When(new ShipSale { SaleId = Sale, TrackingNumber = "T-1" })
            .ThenRefused(new SaleNotFullyChecked(Sale, List, "SKU-100", 1, 0));
        StockWorld.Given(ThreePicked(Passed(2), new ItemFailedCheck { PicklistId = List, Sku = "SKU-100", SaleId = Sale, Quantity = 1 }))
            .When(new ShipSale { SaleId = Sale, TrackingNumber = "T-1" })
            .ThenRefused(new SaleNotFullyChecked(Sale, List, "SKU-100", 0, 1));
        StockWorld.Given().When(new ShipSale { SaleId = Sale, TrackingNumber = "T-1" }).ThenRefused(new NothingToShip(Sale));
        StockWorld.Given(ThreePicked(Passed(3))).When(new ShipSale { SaleId = Sale, TrackingNumber = new string('9', 65) }).ThenRefused(new InvalidShipmentLabel(Sale, new string('9', 65), ""));
    }

    [Fact]
    public void R_9_3_a_short_picked_line_on_a_completed_picklist_ships_what_was_picked_once_the_failed_unit_is_unpicked() =>
        StockWorld.Given(ThreePicked(
                Passed(2),
                new ItemFailedCheck { PicklistId = List, Sku = "SKU-100", SaleId = Sale, Quantity = 1 },
                new PicklistCompleted { PicklistId = List },
                new ItemUnpicked { PicklistId = List, Sku = "SKU-100", SaleId = Sale, Warehouse = Main, Location = "A-01", Quantity = 1 }))
            .When(new ShipSale { SaleId = Sale, TrackingNumber = "T-1" })
            .Then(new SaleShipped { SaleId = Sale, TrackingNumber = "T-1", Lines = [new ShippedLine { PicklistId = List, Sku = "SKU-100", Warehouse = Main, Quantity = 2 }] });

    [Fact]
    public void R_9_4_returned_units_go_back_on_hand_with_a_reason_up_to_what_was_shipped()
    {
        IEventContract[] shipped = ThreePicked(Passed(3), new SaleShipped { SaleId = Sale, TrackingNumber = "T-1", Lines = [new ShippedLine { PicklistId = List, Sku = "SKU-100", Warehouse = Main, Quantity = 3 }] });
        var decision = StockWorld.Given(shipped)
            .When(new ReturnToStock { SaleId = Sale, Sku = "sku-100", Warehouse = "main", Location = "RCV", Quantity = 3, Reason = "damaged" })
            .Then(new ItemReturned { SaleId = Sale, Sku = "SKU-100", Warehouse = Main, Location = "RCV", Quantity = 3, Reason = "Damaged" });

        var after = InventoryDecider.Replay(decision.Events, StockWorld.State(shipped));
        Assert.Equal((10L, 3L), (after.Stock.Of("SKU-100").OnHand, after.Stock.Of("SKU-100").OnHandAt(new LocationAddress(Main, "RCV"))));
        Assert.Equal(7, StockFigures.Of(after, "SKU-100").Available); // the receiving dock is not sellable
        StockWorld.Given([.. shipped, .. decision.Events])
            .When(new ReturnToStock { SaleId = Sale, Sku = "SKU-100", Warehouse = Main, Location = "RCV", Quantity = 1, Reason = "Damaged" })
            .ThenRefused(new ReturnExceedsShipped(Sale, "SKU-100", 1, 0));
    }

    [Fact]
    public void R_9_4_a_return_for_an_unshipped_sale_or_without_an_active_reason_is_refused()
    {
        StockWorld.Given(ThreePicked())
            .When(new ReturnToStock { SaleId = Sale, Sku = "SKU-100", Warehouse = Main, Location = "A-01", Quantity = 1, Reason = "Damaged" })
            .ThenRefused(new ReturnExceedsShipped(Sale, "SKU-100", 1, 0));
        StockWorld.Given(ThreePicked())
            .When(new ReturnToStock { SaleId = Sale, Sku = "SKU-100", Warehouse = Main, Location = "A-01", Quantity = 1, Reason = "Changed mind" })
            .ThenRefused(new Specs.Inventory.Domain.ReferenceData.UnknownReference(ReferenceKind.Reason, "Changed mind"));
    }

    [Fact]
    public void R_9_4_a_shipped_serial_comes_back_to_a_location() =>
        StockWorld.Given(
                Added("PHONE", "A-01", 1, serials: ["SN-1"]), Picklist(Line("PHONE", 1, Sale)), Picked("PHONE", "A-01", 1, Sale, serials: ["SN-1"]), Passed(1, sku: "PHONE"),
                new SaleShipped { SaleId = Sale, TrackingNumber = "T-1", Lines = [new ShippedLine { PicklistId = List, Sku = "PHONE", Warehouse = Main, Quantity = 1, Serials = ["SN-1"] }] })
            .When(new ReturnToStock { SaleId = Sale, Sku = "PHONE", Warehouse = Main, Location = "A-02", Quantity = 1, Reason = "Received", Serials = ["sn-1"] })
            .Then(new ItemReturned { SaleId = Sale, Sku = "PHONE", Warehouse = Main, Location = "A-02", Quantity = 1, Reason = "Received", Serials = ["SN-1"] });
}
