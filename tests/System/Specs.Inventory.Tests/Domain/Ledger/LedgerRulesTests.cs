using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.Lots;
using Specs.Inventory.Domain.ReferenceData;
using Specs.Inventory.Domain.Stock;
using static Specs.Inventory.Tests.Domain.StockWorld;

namespace Specs.Inventory.Tests.Domain.Ledger;

public sealed class LedgerRulesTests
{
    private const long Max = StockLimits.MaxQuantity;

    [Fact]
    public void R_4_1_ten_units_are_added_to_a_bin_with_the_recorded_spellings_of_sku_place_and_reason()
    {
        var decision = StockWorld.Given(new AlternateSkuAdded { Sku = "SKU-100", AlternateSku = "MUG-BLUE" })
            .When(new AddItem { Sku = "mug-blue", Warehouse = "main", Location = "a-01", Quantity = 10, Reason = "received" })
            .Then(new QuantityAdded { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 10, Reason = "Received" });

        Assert.Equal("sku/sku-100", decision.Stream);
    }

    [Fact]
    public void R_4_1_a_reason_that_does_not_exist_is_refused() =>
        StockWorld.Given()
            .When(new AddItem { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Found" })
            .ThenRefused(new UnknownReference(ReferenceKind.Reason, "Found"));

    [Fact]
    public void R_4_1_an_inactive_reason_is_refused() =>
        StockWorld.Given(new ReferenceDeactivated { Kind = ReferenceKind.Reason, Name = "Damaged" })
            .When(new RemoveItem { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "damaged" })
            .ThenRefused(new InactiveReference(ReferenceKind.Reason, "Damaged"));

    [Fact]
    public void R_4_2_units_are_removed_from_a_bin() =>
        StockWorld.Given(Added("SKU-100", "A-01", 10))
            .When(new RemoveItem { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 3, Reason = "Damaged" })
            .Then(new QuantityRemoved { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 3, Reason = "Damaged" });

    [Fact]
    public void R_4_2_removing_more_than_the_bin_holds_is_refused_with_the_shortfall()
    {
        var history = With(Added("SKU-100", "A-01", 10), Added("SKU-100", "B-01", 50));
        var decision = InventoryDecider.Decide(
            new RemoveItem { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 11, Reason = "Damaged" },
            InventoryDecider.Replay(history),
            new DecisionContext(DeciderSpec.DefaultNowUnixMs, new Specs.Inventory.Ports.DeterministicIds(1)));

        var refusal = Assert.IsType<InsufficientStock>(decision.Refusal);
        Assert.Equal(new InsufficientStock("SKU-100", "MAIN", "A-01", null, 11, 10), refusal);
        Assert.Equal(1, refusal.Short);
    }

    [Fact]
    public void R_4_2_removing_exactly_the_last_units_empties_the_bin()
    {
        StockWorld.Given(Added("SKU-100", "A-01", 10))
            .When(new RemoveItem { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 10, Reason = "Damaged" })
            .Then(new QuantityRemoved { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 10, Reason = "Damaged" });

        var state = State(Added("SKU-100", "A-01", 10), new QuantityRemoved { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 10, Reason = "Damaged" });
        Assert.Empty(state.Stock.Of("SKU-100").Slots);
        Assert.Equal(0, state.Stock.UnitsAt(new LocationAddress("MAIN", "A-01")));
    }

    [Fact]
    public void R_4_2_a_lot_is_short_even_when_another_lot_in_the_bin_has_enough() =>
        StockWorld.Given(Lot("MILK", "L1"), Lot("MILK", "L2"), Added("MILK", "A-01", 2, lot: "L1"), Added("MILK", "A-01", 9, lot: "L2"))
            .When(new RemoveItem { Sku = "MILK", Warehouse = "MAIN", Location = "A-01", Quantity = 3, Reason = "Damaged", Lot = "l1" })
            .ThenRefused(new InsufficientStock("MILK", "MAIN", "A-01", "L1", 3, 2));

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(Max + 1)]
    public void R_4_3_a_quantity_outside_1_to_a_trillion_is_refused(long quantity) =>
        StockWorld.Given()
            .When(new AddItem { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = quantity, Reason = "Received" })
            .ThenRefused(new InvalidQuantity("SKU-100", quantity, 1, Max));

    [Fact]
    public void R_4_3_a_bin_holds_up_to_a_trillion_units_of_a_sku_and_not_one_more()
    {
        StockWorld.Given()
            .When(new AddItem { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = Max, Reason = "Received" })
            .Then(new QuantityAdded { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = Max, Reason = "Received" });
        StockWorld.Given(Added("SKU-100", "A-01", Max))
            .When(new AddItem { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Received" })
            .ThenRefused(new LocationCapacityExceeded("SKU-100", "MAIN", "A-01", Max, 1, Max));
    }

    [Fact]
    public void R_4_4_serial_numbered_units_are_added_one_serial_per_unit() =>
        StockWorld.Given()
            .When(new AddItem { Sku = "PHONE", Warehouse = "MAIN", Location = "A-01", Quantity = 2, Reason = "Received", Serials = ["SN-1", " SN-2 "] })
            .Then(new QuantityAdded { Sku = "PHONE", Warehouse = "MAIN", Location = "A-01", Quantity = 2, Reason = "Received", Serials = ["SN-1", "SN-2"] });

    [Fact]
    public void R_4_4_fewer_serials_than_units_is_refused() =>
        StockWorld.Given()
            .When(new AddItem { Sku = "PHONE", Warehouse = "MAIN", Location = "A-01", Quantity = 2, Reason = "Received", Serials = ["SN-1"] })
            .ThenRefused(new SerialCountMismatch("PHONE", TrackingMode.Serial, 2, 1));

    [Fact]
    public void R_4_4_serials_for_a_sku_that_is_not_serial_tracked_are_refused() =>
        StockWorld.Given()
            .When(new AddItem { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Received", Serials = ["SN-1"] })
            .ThenRefused(new SerialCountMismatch("SKU-100", TrackingMode.None, 1, 1));

    [Fact]
    public void R_4_4_the_same_serial_twice_in_one_command_is_refused() =>
        StockWorld.Given()
            .When(new AddItem { Sku = "PHONE", Warehouse = "MAIN", Location = "A-01", Quantity = 2, Reason = "Received", Serials = ["SN-1", "sn-1"] })
            .ThenRefused(new DuplicateSerial("PHONE", "sn-1"));

    [Fact]
    public void R_4_5_lot_tracked_units_are_added_to_a_registered_lot_by_its_recorded_code() =>
        StockWorld.Given(Lot("MILK", "L-42"))
            .When(new AddItem { Sku = "MILK", Warehouse = "MAIN", Location = "A-01", Quantity = 6, Reason = "Received", Lot = "l-42" })
            .Then(new QuantityAdded { Sku = "MILK", Warehouse = "MAIN", Location = "A-01", Quantity = 6, Reason = "Received", Lot = "L-42" });

    [Fact]
    public void R_4_5_lot_tracked_units_without_a_lot_are_refused() =>
        StockWorld.Given()
            .When(new AddItem { Sku = "MILK", Warehouse = "MAIN", Location = "A-01", Quantity = 6, Reason = "Received", Lot = " " })
            .ThenRefused(new LotRequired("MILK"));

    [Fact]
    public void R_4_5_a_lot_that_was_never_registered_is_refused() =>
        StockWorld.Given()
            .When(new AddItem { Sku = "MILK", Warehouse = "MAIN", Location = "A-01", Quantity = 6, Reason = "Received", Lot = "L-43" })
            .ThenRefused(new UnknownLot("MILK", "L-43"));

    [Fact]
    public void R_4_5_a_lot_for_a_sku_that_is_not_lot_tracked_is_refused() =>
        StockWorld.Given()
            .When(new AddItem { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Received", Lot = "L-1" })
            .ThenRefused(new LotNotExpected("SKU-100", "L-1"));

    [Fact]
    public void R_4_6_setting_a_higher_quantity_records_the_positive_delta_and_the_new_quantity() =>
        StockWorld.Given(Added("SKU-100", "A-01", 10))
            .When(new SetItemQuantity { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 12, Reason = "Cycle count" })
            .Then(new QuantityAdjusted { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Delta = 2, Quantity = 12, Reason = "Cycle count" });

    [Fact]
    public void R_4_6_setting_zero_records_the_whole_quantity_as_a_negative_delta() =>
        StockWorld.Given(Added("SKU-100", "A-01", 10))
            .When(new SetItemQuantity { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 0, Reason = "Cycle count" })
            .Then(new QuantityAdjusted { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Delta = -10, Quantity = 0, Reason = "Cycle count" });

    [Fact]
    public void R_4_6_setting_the_quantity_a_bin_already_holds_records_nothing() =>
        StockWorld.Given(Added("SKU-100", "A-01", 10))
            .When(new SetItemQuantity { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 10, Reason = "Cycle count" })
            .ThenNothingChanges();

    [Fact]
    public void R_4_6_setting_zero_on_an_empty_bin_records_nothing() =>
        StockWorld.Given()
            .When(new SetItemQuantity { Sku = "SKU-100", Warehouse = "MAIN", Location = "B-01", Quantity = 0, Reason = "Cycle count" })
            .ThenNothingChanges();

    [Fact]
    public void R_4_6_a_negative_quantity_is_refused() =>
        StockWorld.Given()
            .When(new SetItemQuantity { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = -1, Reason = "Cycle count" })
            .ThenRefused(new InvalidQuantity("SKU-100", -1, 0, Max));

    [Fact]
    public void R_4_6_a_count_of_serials_records_the_serials_found_and_missing_even_at_an_unchanged_quantity() =>
        StockWorld.Given(Added("PHONE", "A-01", 2, serials: ["SN-1", "SN-2"]))
            .When(new SetItemQuantity { Sku = "PHONE", Warehouse = "MAIN", Location = "A-01", Quantity = 2, Reason = "Cycle count", Serials = ["sn-1", "SN-3"] })
            .Then(new QuantityAdjusted { Sku = "PHONE", Warehouse = "MAIN", Location = "A-01", Delta = 0, Quantity = 2, Reason = "Cycle count", SerialsAdded = ["SN-3"], SerialsRemoved = ["SN-2"] });

    [Fact]
    public void R_4_6_a_count_naming_a_serial_on_hand_elsewhere_is_refused() =>
        StockWorld.Given(Added("PHONE", "A-01", 1, serials: ["SN-1"]), Added("PHONE", "B-01", 1, serials: ["SN-2"]))
            .When(new SetItemQuantity { Sku = "PHONE", Warehouse = "MAIN", Location = "A-01", Quantity = 2, Reason = "Cycle count", Serials = ["SN-1", "SN-2"] })
            .ThenRefused(new SerialAlreadyInStock("PHONE", "SN-2", "MAIN", "B-01"));

    [Fact]
    public void R_4_8_units_move_between_two_bins_of_a_warehouse_keeping_their_lot() =>
        StockWorld.Given(Lot("MILK", "L1"), Added("MILK", "B-01", 6, lot: "L1"))
            .When(new MoveItem { Sku = "MILK", Warehouse = "MAIN", FromLocation = "B-01", ToLocation = "A-01", Quantity = 6, Lot = "L1" })
            .Then(new ItemMoved { Sku = "MILK", Warehouse = "MAIN", FromLocation = "B-01", ToLocation = "A-01", Quantity = 6, Lot = "L1" });

    [Fact]
    public void R_4_8_a_move_to_the_same_bin_is_refused() =>
        StockWorld.Given(Added("SKU-100", "A-01", 5))
            .When(new MoveItem { Sku = "SKU-100", Warehouse = "MAIN", FromLocation = "A-01", ToLocation = "a-01", Quantity = 1 })
            .ThenRefused(new SameLocation("SKU-100", "MAIN", "A-01"));

    [Fact]
    public void R_4_8_a_move_of_more_than_the_source_holds_is_refused() =>
        StockWorld.Given(Added("SKU-100", "A-01", 5))
            .When(new MoveItem { Sku = "SKU-100", Warehouse = "MAIN", FromLocation = "A-01", ToLocation = "A-02", Quantity = 6 })
            .ThenRefused(new InsufficientStock("SKU-100", "MAIN", "A-01", null, 6, 5));

    [Fact]
    public void R_4_8_a_move_names_its_destination_in_the_same_warehouse() =>
        StockWorld.Given(Added("SKU-100", "A-01", 5))
            .When(new MoveItem { Sku = "SKU-100", Warehouse = "MAIN", FromLocation = "A-01", ToLocation = "C-09", Quantity = 1 })
            .ThenRefused(new UnknownLocation("MAIN", "C-09"));

    [Fact]
    public void R_4_8_a_move_of_serials_not_in_the_source_bin_is_refused() =>
        StockWorld.Given(Added("PHONE", "A-01", 1, serials: ["SN-1"]), Added("PHONE", "B-01", 1, serials: ["SN-2"]))
            .When(new MoveItem { Sku = "PHONE", Warehouse = "MAIN", FromLocation = "A-01", ToLocation = "A-02", Quantity = 1, Serials = ["SN-2"] })
            .ThenRefused(new SerialNotAtLocation("PHONE", "SN-2", "MAIN", "A-01"));

    [Fact]
    public void R_1_3_a_product_that_does_not_exist_can_not_be_stocked() =>
        StockWorld.Given()
            .When(new AddItem { Sku = "SKU-999", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Received" })
            .ThenRefused(new UnknownProduct("SKU-999"));

    [Fact]
    public void Ledger_refusals_say_what_is_short_and_where_in_business_words() =>
        Assert.Equal(
            "InsufficientStock (R-4.2): Only 2 units of 'MILK' lot 'L1' are at 'A-01' in 'MAIN', 1 short of the 3 asked for.",
            new InsufficientStock("MILK", "MAIN", "A-01", "L1", 3, 2).ToString());
}
