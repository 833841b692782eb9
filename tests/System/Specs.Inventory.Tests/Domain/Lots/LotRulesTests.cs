using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Lots;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.Locations;
using Specs.Inventory.Contracts.Events.Lots;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.Lots;
using Specs.Inventory.Domain.Stock;
using static Specs.Inventory.Tests.Domain.StockWorld;

namespace Specs.Inventory.Tests.Domain.Lots;

public sealed class LotRulesTests
{
    private const long Now = DeciderSpec.DefaultNowUnixMs;

    [Fact]
    public void R_12_1_a_lot_is_registered_with_its_expiry_on_the_skus_stock_stream()
    {
        var decision = StockWorld.Given()
            .When(new RegisterLot { Sku = "milk", Lot = " L-42 ", ExpiresAtUnixMs = Now + 1000 })
            .Then(new LotRegistered { Sku = "MILK", Lot = "L-42", ExpiresAtUnixMs = Now + 1000 });

        Assert.Equal("sku/milk", decision.Stream);
    }

    [Fact]
    public void R_12_1_registering_a_lot_again_with_the_same_expiry_changes_nothing() =>
        StockWorld.Given(Lot("MILK", "L-42", Now + 1000))
            .When(new RegisterLot { Sku = "MILK", Lot = "l-42", ExpiresAtUnixMs = Now + 1000 })
            .ThenNothingChanges();

    [Fact]
    public void R_12_1_registering_a_lot_again_with_another_expiry_is_refused() =>
        StockWorld.Given(Lot("MILK", "L-42", Now + 1000))
            .When(new RegisterLot { Sku = "MILK", Lot = "L-42", ExpiresAtUnixMs = null })
            .ThenRefused(new LotAlreadyRegistered("MILK", "L-42", Now + 1000, null));

    [Fact]
    public void R_12_1_a_lot_of_a_sku_that_is_not_lot_tracked_is_refused() =>
        StockWorld.Given()
            .When(new RegisterLot { Sku = "SKU-100", Lot = "L-1" })
            .ThenRefused(new TrackingMismatch("SKU-100", TrackingMode.None, TrackingMode.Lot, LotRules.LotsRegistered));

    [Fact]
    public void R_12_1_a_lot_code_of_65_characters_is_refused() =>
        StockWorld.Given()
            .When(new RegisterLot { Sku = "MILK", Lot = new string('L', 65) })
            .ThenRefused(new InvalidCode(CodeKind.Lot, new string('L', 65), 64));

    [Fact]
    public void R_12_2_a_lot_expired_by_hand_expires_at_the_clocks_time() =>
        StockWorld.Given(Lot("MILK", "L-42", Now + 86_400_000))
            .At(Now + 5)
            .When(new ExpireLot { Sku = "MILK", Lot = "L-42" })
            .Then(new LotExpired { Sku = "MILK", Lot = "L-42", ExpiredAtUnixMs = Now + 5 });

    [Fact]
    public void R_12_2_expiring_an_expired_lot_changes_nothing() =>
        StockWorld.Given(Lot("MILK", "L-42"), new LotExpired { Sku = "MILK", Lot = "L-42", ExpiredAtUnixMs = Now })
            .When(new ExpireLot { Sku = "MILK", Lot = "L-42" })
            .ThenNothingChanges();

    [Fact]
    public void R_12_2_expiring_an_unknown_lot_is_refused() =>
        StockWorld.Given()
            .When(new ExpireLot { Sku = "MILK", Lot = "L-0" })
            .ThenRefused(new UnknownLot("MILK", "L-0"));

    [Fact]
    public void R_12_2_units_of_an_expired_lot_stay_on_hand_but_are_not_available()
    {
        var state = State(
            Lot("MILK", "L1"), Lot("MILK", "L2"),
            Added("MILK", "A-01", 4, lot: "L1"), Added("MILK", "A-01", 6, lot: "L2"),
            new LotExpired { Sku = "MILK", Lot = "L1", ExpiredAtUnixMs = Now });

        var figures = StockFigures.Of(state, "MILK");

        Assert.Equal(10, figures.OnHand);
        Assert.Equal(6, figures.Available);
        Assert.Equal(4, figures.NonSellable);
    }

    [Fact]
    public void R_12_2_the_clock_reaching_a_lots_expiry_makes_it_due_at_its_own_expiry_time()
    {
        var state = State(Lot("MILK", "L-LATE", Now + 10), Lot("MILK", "L-NOW", Now), Lot("MILK", "L-NEVER"));

        var due = LotExpiry.Due(state, Now);

        var decision = Assert.Single(due);
        Assert.Equal("sku/milk", decision.Stream);
        Assert.Equivalent(new LotExpired { Sku = "MILK", Lot = "L-NOW", ExpiredAtUnixMs = Now }, Assert.Single(decision.Events), strict: true);
        Assert.Equal(Now, LotExpiry.NextDueUnixMs(state));
    }

    [Fact]
    public void R_12_2_a_lot_is_not_due_one_millisecond_before_its_expiry() =>
        Assert.Empty(LotExpiry.Due(State(Lot("MILK", "L1", Now + 1)), Now));

    [Fact]
    public void R_12_2_due_lots_come_earliest_first_and_are_due_once()
    {
        var state = State(Product("CREAM", TrackingMode.Lot), Lot("MILK", "L2", Now - 5), Lot("CREAM", "C1", Now - 9), Lot("MILK", "L1", Now - 5));

        var due = LotExpiry.Due(state, Now);
        var after = InventoryDecider.Replay(due.SelectMany(decision => decision.Events), state);

        Assert.Equal(["CREAM/C1", "MILK/L1", "MILK/L2"], due.Select(d => d.Events.Cast<LotExpired>().Single()).Select(e => $"{e.Sku}/{e.Lot}"));
        Assert.Empty(LotExpiry.Due(after, Now));
        Assert.Null(LotExpiry.NextDueUnixMs(after));
    }

    [Fact]
    public void R_12_2_a_lot_expired_by_hand_before_its_expiry_is_no_longer_due() =>
        Assert.Empty(LotExpiry.Due(State(Lot("MILK", "L1", Now), new LotExpired { Sku = "MILK", Lot = "L1", ExpiredAtUnixMs = Now - 1 }), Now + 1));

    [Fact]
    public void R_12_3_a_serial_is_registered_before_its_unit_is_in_stock() =>
        StockWorld.Given()
            .When(new RegisterSerial { Sku = "PHONE", Serial = " SN-1 " })
            .Then(new SerialRegistered { Sku = "PHONE", Serial = "SN-1" });

    [Fact]
    public void R_12_3_a_serial_the_sku_already_knows_is_refused_whatever_its_case() =>
        StockWorld.Given(new SerialRegistered { Sku = "PHONE", Serial = "SN-1" })
            .When(new RegisterSerial { Sku = "PHONE", Serial = "sn-1" })
            .ThenRefused(new SerialAlreadyRegistered("PHONE", "SN-1"));

    [Fact]
    public void R_12_3_a_serial_of_a_sku_that_is_not_serial_tracked_is_refused() =>
        StockWorld.Given()
            .When(new RegisterSerial { Sku = "MILK", Serial = "SN-1" })
            .ThenRefused(new TrackingMismatch("MILK", TrackingMode.Lot, TrackingMode.Serial, LotRules.SerialsUnique));

    [Fact]
    public void R_12_3_a_registered_serial_comes_into_stock_with_its_recorded_spelling() =>
        StockWorld.Given(new SerialRegistered { Sku = "PHONE", Serial = "SN-1" })
            .When(new AddItem { Sku = "PHONE", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Received", Serials = ["sn-1"] })
            .Then(new QuantityAdded { Sku = "PHONE", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Received", Serials = ["SN-1"] });

    [Fact]
    public void R_12_4_a_serial_already_on_hand_can_not_be_added_again() =>
        StockWorld.Given(Added("PHONE", "A-01", 1, serials: ["SN-1"]))
            .When(new AddItem { Sku = "PHONE", Warehouse = "MAIN", Location = "B-01", Quantity = 1, Reason = "Received", Serials = ["SN-1"] })
            .ThenRefused(new SerialAlreadyInStock("PHONE", "SN-1", "MAIN", "A-01"));

    [Fact]
    public void R_12_4_a_serial_removed_from_stock_may_come_back() =>
        StockWorld.Given(
                Added("PHONE", "A-01", 1, serials: ["SN-1"]),
                new QuantityRemoved { Sku = "PHONE", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Damaged", Serials = ["SN-1"] })
            .When(new AddItem { Sku = "PHONE", Warehouse = "MAIN", Location = "B-01", Quantity = 1, Reason = "Received", Serials = ["SN-1"] })
            .Then(new QuantityAdded { Sku = "PHONE", Warehouse = "MAIN", Location = "B-01", Quantity = 1, Reason = "Received", Serials = ["SN-1"] });

    [Fact]
    public void R_12_4_removing_a_serial_that_is_not_in_the_bin_is_refused() =>
        StockWorld.Given(Added("PHONE", "A-01", 1, serials: ["SN-1"]), Added("PHONE", "B-01", 1, serials: ["SN-2"]))
            .When(new RemoveItem { Sku = "PHONE", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Damaged", Serials = ["SN-2"] })
            .ThenRefused(new SerialNotAtLocation("PHONE", "SN-2", "MAIN", "A-01"));

    [Fact]
    public void R_12_4_each_serial_has_exactly_the_place_its_last_event_gave_it()
    {
        var state = State(
            Added("PHONE", "A-01", 2, serials: ["SN-1", "SN-2"]),
            new ItemMoved { Sku = "PHONE", Warehouse = "MAIN", FromLocation = "A-01", ToLocation = "B-01", Quantity = 1, Serials = ["SN-2"] },
            new QuantityRemoved { Sku = "PHONE", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Damaged", Serials = ["SN-1"] });

        var stock = state.Stock.Of("PHONE");
        Assert.Equal(SerialPosition.NotInStock("SN-1"), stock.FindSerial("SN-1"));
        Assert.Equal(SerialPosition.At("SN-2", new LocationAddress("MAIN", "B-01")), stock.FindSerial("sn-2"));
        Assert.Equal(1, stock.OnHandAt(new LocationAddress("MAIN", "B-01")));
        Assert.Equal(1, stock.OnHand);
    }

    [Fact]
    public void R_12_5_one_serial_moves_to_another_bin_without_naming_where_it_was() =>
        StockWorld.Given(Added("PHONE", "B-01", 2, serials: ["SN-1", "SN-2"]))
            .When(new MoveSerial { Sku = "PHONE", Serial = "sn-2", Warehouse = "MAIN", ToLocation = "a-01" })
            .Then(new SerialMoved { Sku = "PHONE", Serial = "SN-2", Warehouse = "MAIN", FromLocation = "B-01", ToLocation = "A-01" });

    [Fact]
    public void R_12_5_a_serial_moved_keeps_the_bins_counts_in_step()
    {
        var state = State(
            Added("PHONE", "B-01", 2, serials: ["SN-1", "SN-2"]),
            new SerialMoved { Sku = "PHONE", Serial = "SN-2", Warehouse = "MAIN", FromLocation = "B-01", ToLocation = "A-01" });

        Assert.Equal(1, state.Stock.Of("PHONE").OnHandAt(new LocationAddress("MAIN", "B-01")));
        Assert.Equal(1, state.Stock.Of("PHONE").OnHandAt(new LocationAddress("MAIN", "A-01")));
    }

    [Fact]
    public void R_12_5_a_serial_that_is_not_on_hand_can_not_move() =>
        StockWorld.Given(new SerialRegistered { Sku = "PHONE", Serial = "SN-1" })
            .When(new MoveSerial { Sku = "PHONE", Serial = "SN-1", Warehouse = "MAIN", ToLocation = "A-01" })
            .ThenRefused(new SerialNotInStock("PHONE", "SN-1"));

    [Fact]
    public void R_12_5_a_serial_moves_between_warehouses_only_by_transfer() =>
        StockWorld.Given(Added("PHONE", "B-01", 1, serials: ["SN-1"]))
            .When(new MoveSerial { Sku = "PHONE", Serial = "SN-1", Warehouse = "WEST", ToLocation = "A-01" })
            .ThenRefused(new SerialInOtherWarehouse("PHONE", "SN-1", "MAIN", "WEST"));

    [Fact]
    public void R_12_5_moving_a_serial_to_the_bin_it_is_in_changes_nothing() =>
        StockWorld.Given(Added("PHONE", "B-01", 1, serials: ["SN-1"]))
            .When(new MoveSerial { Sku = "PHONE", Serial = "SN-1", Warehouse = "MAIN", ToLocation = "B-01" })
            .ThenNothingChanges();

    [Fact]
    public void R_12_5_a_serial_in_a_locked_bin_can_not_move() =>
        StockWorld.Given(Added("PHONE", "B-01", 1, serials: ["SN-1"]), new LocationLocked { Warehouse = "MAIN", Location = "B-01" })
            .When(new MoveSerial { Sku = "PHONE", Serial = "SN-1", Warehouse = "MAIN", ToLocation = "A-01" })
            .ThenRefused(new LocationIsLocked("MAIN", "B-01"));
}
