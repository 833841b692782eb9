using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Picking;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Locations;
using Specs.Inventory.Contracts.Events.Lots;
using Specs.Inventory.Contracts.Events.Picking;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.Lots;
using Specs.Inventory.Domain.Picking;
using SaleIds = Specs.Inventory.Domain.Sales.SaleIds;
using Specs.Inventory.Domain.Stock;
using Specs.Inventory.Ports;
using static Specs.Inventory.Tests.Domain.Picking.PickingWorld;
using static Specs.Inventory.Tests.Domain.StockWorld;

namespace Specs.Inventory.Tests.Domain.Picking;

public sealed class PickingRulesTests
{
    private const long Day = 86_400_000;
    private static readonly Guid FirstId = new DeterministicIds(seed: 1).NextId();

    [Fact]
    public void R_8_1_a_wave_picklist_is_created_with_a_server_id_and_the_recorded_skus()
    {
        var decision = StockWorld.Given(new AlternateSkuAdded { Sku = "SKU-100", AlternateSku = "MUG-BLUE" }, Sold("S-1", "SKU-100", 2), Sold("S-2", "SKU-100", 1))
            .When(new CreatePicklist { Warehouse = "main", Lines = [Line("mug-blue", 2, Sale), Line("SKU-100", 1, OtherSale), Line("MILK", 3)] })
            .Then(new PicklistCreated { PicklistId = FirstId, Warehouse = "MAIN", Lines = [Line("SKU-100", 2, Sale), Line("SKU-100", 1, OtherSale), Line("MILK", 3)] });

        Assert.Equal($"picklist/{FirstId}", decision.Stream);
    }

    [Fact]
    public void R_8_1_an_unknown_warehouse_an_inactive_product_and_a_repeated_line_are_refused()
    {
        StockWorld.Given().When(new CreatePicklist { Warehouse = "EAST", Lines = [Line("SKU-100", 1)] }).ThenRefused(new UnknownWarehouse("EAST"));
        StockWorld.Given(new ProductDeactivated { Sku = "SKU-100" })
            .When(new CreatePicklist { Warehouse = "MAIN", Lines = [Line("SKU-100", 1)] })
            .ThenRefused(new InactiveProduct("SKU-100"));
        StockWorld.Given(Sold("S-1", "SKU-100", 3))
            .When(new CreatePicklist { Warehouse = "MAIN", Lines = [Line("SKU-100", 1, Sale), Line("sku-100", 2, Sale)] })
            .ThenRefused(new DuplicatePicklistLine("SKU-100", Sale));
        StockWorld.Given().When(new CreatePicklist { Warehouse = "MAIN", Lines = [Line("SKU-100", 0)] }).ThenRefused(new InvalidQuantity("SKU-100", 0, 1, StockLimits.MaxQuantity));
    }

    [Fact]
    public void R_8_1_a_picklist_holds_1_to_500_lines()
    {
        StockWorld.Given().When(new CreatePicklist { Warehouse = "MAIN", Lines = [] }).ThenRefused(new PicklistLineCountInvalid(0, 500));
        var sales = Enumerable.Range(0, 501).Select(i => (IEventContract)Sold($"S-{i}", "SKU-100", 1)).ToArray();
        var many = Enumerable.Range(0, 501).Select(i => Line("SKU-100", 1, SaleIds.Of(PickingWorld.Channel, $"S-{i}"))).ToArray();
        StockWorld.Given(sales).When(new CreatePicklist { Warehouse = "MAIN", Lines = many }).ThenRefused(new PicklistLineCountInvalid(501, 500));
        var decision = PickingWorld.Decide(StockWorld.State(sales), new CreatePicklist { Warehouse = "MAIN", Lines = many[..500] });
        Assert.Equal(500, Assert.IsType<PicklistCreated>(Assert.Single(decision.Events)).Lines.Count);
    }

    [Fact]
    public void R_8_1_a_pick_for_a_line_the_picklist_does_not_have_is_refused() =>
        StockWorld.Given(Added("SKU-100", "A-01", 5), Picklist(Line("SKU-100", 2, Sale)))
            .When(new PickItem { PicklistId = List, Sku = "SKU-100", Location = "A-01", Quantity = 1, SaleId = OtherSale })
            .ThenRefused(new NotOnPicklist(List, "SKU-100", OtherSale));

    [Fact]
    public void R_8_1_an_unknown_picklist_is_refused() =>
        StockWorld.Given().When(new CompletePicklist { PicklistId = List }).ThenRefused(new UnknownPicklist(List));

    [Fact]
    public void R_8_2_a_picklist_is_assigned_and_reassigned_with_the_previous_picker()
    {
        StockWorld.Given(Picklist(Line("SKU-100", 1)))
            .When(new AssignPicklist { PicklistId = List, Picker = " Ana " })
            .Then(new PicklistAssigned { PicklistId = List, Picker = "Ana" });
        StockWorld.Given(Picklist(Line("SKU-100", 1)), new PicklistAssigned { PicklistId = List, Picker = "Ana" })
            .When(new AssignPicklist { PicklistId = List, Picker = "Ben" })
            .Then(new PicklistAssigned { PicklistId = List, Picker = "Ben", PreviousPicker = "Ana" });
    }

    [Fact]
    public void R_8_2_assigning_the_same_picker_changes_nothing_and_a_blank_or_201_character_name_is_refused()
    {
        StockWorld.Given(Picklist(Line("SKU-100", 1)), new PicklistAssigned { PicklistId = List, Picker = "Ana" })
            .When(new AssignPicklist { PicklistId = List, Picker = "ana" })
            .ThenNothingChanges();
        StockWorld.Given(Picklist(Line("SKU-100", 1))).When(new AssignPicklist { PicklistId = List, Picker = "  " }).ThenRefused(new InvalidPickerName(List, "", 200));
        StockWorld.Given(Picklist(Line("SKU-100", 1))).When(new AssignPicklist { PicklistId = List, Picker = new string('p', 201) }).ThenRefused(new InvalidPickerName(List, new string('p', 201), 200));
        StockWorld.Given(Picklist(Line("SKU-100", 1)))
            .When(new AssignPicklist { PicklistId = List, Picker = new string('p', 200) })
            .Then(new PicklistAssigned { PicklistId = List, Picker = new string('p', 200) });
    }

    [Fact]
    public void R_8_3_units_are_picked_up_to_exactly_what_the_line_needs()
    {
        StockWorld.Given(Added("SKU-100", "A-01", 10), Picklist(Line("SKU-100", 4)), Picked("SKU-100", "A-01", 1))
            .When(new PickItem { PicklistId = List, Sku = "SKU-100", Location = "a-01", Quantity = 3 })
            .Then(Picked("SKU-100", "A-01", 3));
    }

    [Fact]
    public void R_8_3_picking_one_unit_more_than_the_line_still_needs_is_refused() =>
        StockWorld.Given(Added("SKU-100", "A-01", 10), Picklist(Line("SKU-100", 4, Sale)), Picked("SKU-100", "A-01", 1, Sale), new PickShorted { PicklistId = List, Sku = "SKU-100", SaleId = Sale, Quantity = 1 })
            .When(new PickItem { PicklistId = List, Sku = "SKU-100", Location = "A-01", Quantity = 3, SaleId = Sale })
            .ThenRefused(new PickExceedsLine(List, "SKU-100", Sale, 3, 2));

    [Fact]
    public void R_8_4_a_pick_moves_on_hand_at_the_location_to_picked()
    {
        var state = StockWorld.State(Added("SKU-100", "A-01", 10), Added("SKU-100", "B-01", 5), Picklist(Line("SKU-100", 4)), Picked("SKU-100", "A-01", 4));

        var stock = state.Stock.Of("SKU-100");
        Assert.Equal((6L, 5L, 11L, 4L), (stock.OnHandAt(new LocationAddress(Main, "A-01")), stock.OnHandAt(new LocationAddress(Main, "B-01")), stock.OnHand, stock.Picked));
        Assert.Equal(15, stock.UnitsInStock);
        Assert.Equal(11, StockFigures.Of(state, "SKU-100").Available);
        Assert.Equal(6, state.Stock.UnitsAt(new LocationAddress(Main, "A-01")));
    }

    [Fact]
    public void R_8_4_picking_more_than_the_location_holds_is_refused_even_when_the_sku_has_more_elsewhere() =>
        StockWorld.Given(Added("SKU-100", "A-01", 2), Added("SKU-100", "B-01", 50), Picklist(Line("SKU-100", 4)))
            .When(new PickItem { PicklistId = List, Sku = "SKU-100", Location = "A-01", Quantity = 3 })
            .ThenRefused(new InsufficientStock("SKU-100", "MAIN", "A-01", null, 3, 2));

    [Fact]
    public void R_8_4_the_last_units_of_a_location_are_picked_and_serials_become_picked()
    {
        StockWorld.Given(Added("PHONE", "A-01", 2, serials: ["SN-1", "SN-2"]), Picklist(Line("PHONE", 2)))
            .When(new PickItem { PicklistId = List, Sku = "PHONE", Location = "A-01", Quantity = 2, Serials = ["sn-1", "SN-2"] })
            .Then(Picked("PHONE", "A-01", 2, serials: ["SN-1", "SN-2"]));

        var state = StockWorld.State(Added("PHONE", "A-01", 2, serials: ["SN-1", "SN-2"]), Picklist(Line("PHONE", 2)), Picked("PHONE", "A-01", 2, serials: ["SN-1", "SN-2"]));
        Assert.Equal(SerialPlace.Picked, state.Stock.Of("PHONE").FindSerial("SN-1")!.Place);
        Assert.Equal(0, state.Stock.UnitsAt(new LocationAddress(Main, "A-01")));
        StockWorld.Given(Added("PHONE", "A-01", 2, serials: ["SN-1", "SN-2"]), Picklist(Line("PHONE", 2)), Picked("PHONE", "A-01", 2, serials: ["SN-1", "SN-2"]))
            .When(new AddItem { Sku = "PHONE", Warehouse = Main, Location = "A-02", Quantity = 1, Reason = "Received", Serials = ["SN-1"] })
            .ThenRefused(new SerialAwayFromLocations("PHONE", "SN-1", SerialPlace.Picked));
    }

    [Fact]
    public void R_8_4_a_pick_from_a_locked_location_or_another_warehouse_is_refused()
    {
        StockWorld.Given(Added("SKU-100", "A-01", 5), Picklist(Line("SKU-100", 1)), new LocationLocked { Warehouse = Main, Location = "A-01" })
            .When(new PickItem { PicklistId = List, Sku = "SKU-100", Location = "A-01", Quantity = 1 })
            .ThenRefused(new LocationIsLocked(Main, "A-01"));
        StockWorld.Given(Added("SKU-100", "A-01", 5), Picklist(Line("SKU-100", 1)))
            .When(new PickItem { PicklistId = List, Sku = "SKU-100", Location = "RACK-9", Quantity = 1 })
            .ThenRefused(new UnknownLocation(Main, "RACK-9"));
    }

    [Fact]
    public void R_8_5_an_express_pick_takes_the_one_location_that_holds_the_sku() =>
        StockWorld.Given(Added("SKU-100", "B-01", 5), Added("SKU-100", "A-01", 3, warehouse: West), Picklist(Line("SKU-100", 2)))
            .When(new PickItem { PicklistId = List, Sku = "SKU-100", Quantity = 2 })
            .Then(Picked("SKU-100", "B-01", 2));

    [Fact]
    public void R_8_5_an_express_pick_of_a_sku_in_two_locations_or_none_is_refused()
    {
        StockWorld.Given(Added("SKU-100", "A-01", 5), Added("SKU-100", "B-01", 5), Picklist(Line("SKU-100", 2)))
            .When(new PickItem { PicklistId = List, Sku = "SKU-100", Location = " ", Quantity = 2 })
            .ThenRefused(new ExpressPickNeedsLocation("SKU-100", Main, 2));
        StockWorld.Given(Added("SKU-100", "A-01", 5, warehouse: West), Picklist(Line("SKU-100", 2)))
            .When(new PickItem { PicklistId = List, Sku = "SKU-100", Quantity = 2 })
            .ThenRefused(new ExpressPickNeedsLocation("SKU-100", Main, 0));
    }

    [Fact]
    public void R_8_5_an_express_pick_once_the_second_location_is_emptied_succeeds() =>
        StockWorld.Given(Added("SKU-100", "A-01", 5), Added("SKU-100", "B-01", 1), Picklist(Line("SKU-100", 3)), Picked("SKU-100", "B-01", 1))
            .When(new PickItem { PicklistId = List, Sku = "SKU-100", Quantity = 2 })
            .Then(Picked("SKU-100", "A-01", 2));

    [Fact]
    public void R_8_6_the_earliest_expiring_lot_is_picked()
    {
        var now = DeciderSpec.DefaultNowUnixMs;
        StockWorld.Given(Lot("MILK", "L-EARLY", now + Day), Lot("MILK", "L-LATE", now + (5 * Day)), Added("MILK", "A-01", 2, lot: "L-EARLY"), Added("MILK", "A-02", 9, lot: "L-LATE"), Picklist(Line("MILK", 3)))
            .When(new PickItem { PicklistId = List, Sku = "MILK", Location = "A-01", Quantity = 2, Lot = "l-early" })
            .Then(Picked("MILK", "A-01", 2, lot: "L-EARLY"));
    }

    [Fact]
    public void R_8_6_a_later_lot_is_refused_while_an_earlier_one_is_in_a_pickable_location()
    {
        var now = DeciderSpec.DefaultNowUnixMs;
        StockWorld.Given(Lot("MILK", "L-EARLY", now + Day), Lot("MILK", "L-LATE", now + (5 * Day)), Lot("MILK", "L-NONE"), Added("MILK", "A-01", 2, lot: "L-EARLY"), Added("MILK", "A-02", 9, lot: "L-LATE"), Added("MILK", "A-02", 9, lot: "L-NONE"), Picklist(Line("MILK", 3)))
            .When(new PickItem { PicklistId = List, Sku = "MILK", Location = "A-02", Quantity = 1, Lot = "L-NONE" })
            .ThenRefused(new PickNotFirstExpiry("MILK", "L-NONE", null, "L-EARLY", now + Day, Main, "A-01"));
    }

    [Fact]
    public void R_8_6_earlier_lots_that_are_expired_unpickable_or_in_another_warehouse_do_not_block_and_an_expired_lot_is_never_picked()
    {
        var now = DeciderSpec.DefaultNowUnixMs;
        IEventContract[] history =
        [
            Lot("MILK", "L-GONE", now - Day), Lot("MILK", "L-RCV", now + Day), Lot("MILK", "L-WEST", now + Day), Lot("MILK", "L-LOCKED", now + Day), Lot("MILK", "L-OK", now + (2 * Day)),
            Added("MILK", "A-01", 1, lot: "L-GONE"), new LotExpired { Sku = "MILK", Lot = "L-GONE", ExpiredAtUnixMs = now - Day },
            Added("MILK", "RCV", 1, lot: "L-RCV"), Added("MILK", "A-01", 1, lot: "L-WEST", warehouse: West),
            Added("MILK", "B-01", 1, lot: "L-LOCKED"), new LocationLocked { Warehouse = Main, Location = "B-01" },
            Added("MILK", "A-02", 5, lot: "L-OK"), Picklist(Line("MILK", 3)),
        ];
        StockWorld.Given(history)
            .When(new PickItem { PicklistId = List, Sku = "MILK", Location = "A-02", Quantity = 1, Lot = "L-OK" })
            .Then(Picked("MILK", "A-02", 1, lot: "L-OK"));
        StockWorld.Given(history)
            .When(new PickItem { PicklistId = List, Sku = "MILK", Location = "A-01", Quantity = 1, Lot = "L-GONE" })
            .ThenRefused(new ExpiredLotNotPickable("MILK", "L-GONE"));
    }

    [Fact]
    public void R_8_6_a_lot_expiring_at_the_same_instant_as_another_is_not_blocked_by_it()
    {
        var now = DeciderSpec.DefaultNowUnixMs;
        StockWorld.Given(Lot("MILK", "L-A", now + Day), Lot("MILK", "L-B", now + Day), Added("MILK", "A-01", 1, lot: "L-A"), Added("MILK", "A-02", 1, lot: "L-B"), Picklist(Line("MILK", 1)))
            .When(new PickItem { PicklistId = List, Sku = "MILK", Location = "A-02", Quantity = 1, Lot = "L-B" })
            .Then(Picked("MILK", "A-02", 1, lot: "L-B"));
    }

    [Fact]
    public void R_8_7_a_short_reduces_what_the_line_needs_and_moves_no_stock()
    {
        StockWorld.Given(Picklist(Line("SKU-100", 4, Sale)))
            .When(new ShortPick { PicklistId = List, Sku = "sku-100", SaleId = Sale, Quantity = 4 })
            .Then(new PickShorted { PicklistId = List, Sku = "SKU-100", SaleId = Sale, Quantity = 4 });
        var state = PickingWorld.WithPending("SKU-100", 4, Added("SKU-100", "A-01", 1), Picklist(Line("SKU-100", 4, Sale)), new PickShorted { PicklistId = List, Sku = "SKU-100", SaleId = Sale, Quantity = 3 });
        Assert.Equal((1L, 4L, 0L), (state.Stock.Of("SKU-100").OnHand, state.Stock.Of("SKU-100").Pending, state.Stock.Of("SKU-100").Picked));
        Assert.Equal(1, state.Picking.Find(List)!.Lines[0].Remaining);
    }

    [Fact]
    public void R_8_7_shorting_more_than_the_line_still_needs_is_refused() =>
        StockWorld.Given(Added("SKU-100", "A-01", 5), Picklist(Line("SKU-100", 4)), Picked("SKU-100", "A-01", 3))
            .When(new ShortPick { PicklistId = List, Sku = "SKU-100", Quantity = 2 })
            .ThenRefused(new ShortExceedsLine(List, "SKU-100", null, 2, 1));

    [Fact]
    public void R_8_8_a_picklist_completes_when_every_line_is_picked_or_shorted_and_then_takes_no_picks()
    {
        IEventContract[] history = [Added("SKU-100", "A-01", 5), Picklist(Line("SKU-100", 4), Line("MILK", 1)), Picked("SKU-100", "A-01", 3), new PickShorted { PicklistId = List, Sku = "SKU-100", Quantity = 1 }, new PickShorted { PicklistId = List, Sku = "MILK", Quantity = 1 }];
        StockWorld.Given(history).When(new CompletePicklist { PicklistId = List }).Then(new PicklistCompleted { PicklistId = List });
        StockWorld.Given([.. history, new PicklistCompleted { PicklistId = List }]).When(new CompletePicklist { PicklistId = List }).ThenNothingChanges();
        StockWorld.Given([.. history, new PicklistCompleted { PicklistId = List }]).When(new ShortPick { PicklistId = List, Sku = "SKU-100", Quantity = 1 }).ThenRefused(new PicklistClosed(List));
        StockWorld.Given([.. history, new PicklistCompleted { PicklistId = List }]).When(new AssignPicklist { PicklistId = List, Picker = "Ana" }).ThenRefused(new PicklistClosed(List));
    }

    [Fact]
    public void R_8_8_a_picklist_with_one_unit_still_to_pick_is_not_completed() =>
        StockWorld.Given(Added("SKU-100", "A-01", 5), Picklist(Line("SKU-100", 4, Sale)), Picked("SKU-100", "A-01", 3, Sale))
            .When(new CompletePicklist { PicklistId = List })
            .ThenRefused(new PicklistNotFinished(List, "SKU-100", Sale, 1));

    [Fact]
    public void R_8_9_a_pick_for_a_sale_releases_pending_and_a_pick_for_no_sale_does_not()
    {
        var state = PickingWorld.WithPending("SKU-100", 5, Added("SKU-100", "A-01", 10), Picklist(Line("SKU-100", 3, Sale), Line("SKU-100", 2)));

        var forSale = Assert.IsType<ItemPicked>(Assert.Single(PickingWorld.Decide(state, new PickItem { PicklistId = List, Sku = "SKU-100", Location = "A-01", Quantity = 3, SaleId = Sale }).Events));
        var forNoSale = Assert.IsType<ItemPicked>(Assert.Single(PickingWorld.Decide(state, new PickItem { PicklistId = List, Sku = "SKU-100", Location = "A-01", Quantity = 2 }).Events));

        Assert.Equal((3L, 0L), (forSale.PendingReleased, forNoSale.PendingReleased));
        var after = InventoryDecider.Evolve(state, forSale);
        Assert.Equal((2L, 3L, 7L), (after.Stock.Of("SKU-100").Pending, after.Stock.Of("SKU-100").Picked, after.Stock.Of("SKU-100").OnHand));
        Assert.Equal(5, StockFigures.Of(after, "SKU-100").Available);
    }

    [Fact]
    public void R_8_9_a_pick_for_a_sale_never_releases_more_than_is_pending()
    {
        var state = PickingWorld.WithPending("SKU-100", 1, Added("SKU-100", "A-01", 10), Picklist(Line("SKU-100", 3, Sale)));

        var picked = Assert.IsType<ItemPicked>(Assert.Single(PickingWorld.Decide(state, new PickItem { PicklistId = List, Sku = "SKU-100", Location = "A-01", Quantity = 3, SaleId = Sale }).Events));

        Assert.Equal(1, picked.PendingReleased);
        Assert.Equal(0, InventoryDecider.Evolve(state, picked).Stock.Of("SKU-100").Pending);
    }
}
