using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Counts;
using Specs.Inventory.Contracts.Events.Counts;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.Locations;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Counts;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.Lots;
using Specs.Inventory.Domain.ReferenceData;
using Specs.Inventory.Domain.Stock;
using Specs.Inventory.Ports;
using static Specs.Inventory.Tests.Domain.StockWorld;

namespace Specs.Inventory.Tests.Domain.Counts;

public sealed class CountRulesTests
{
    /// <summary>The id the decider gives the first count (the test id generator's first id).</summary>
    private static readonly Guid Id = new DeterministicIds(seed: 1).NextId();

    private static CountStarted Started(params CountLine[] lines) =>
        new() { CountId = Id, Warehouse = Main, Locations = ["A-01", "B-01"], Reason = "Cycle count", Lines = lines };

    private static CountLine Line(string sku, string location, long quantity, string? lot = null) =>
        new() { Sku = sku, Location = location, Quantity = quantity, Lot = lot };

    private static CountRecorded Recorded(string sku, string location, long counted, long snapshot, long expected, string? lot = null, bool isRecount = false, string[]? serials = null) =>
        new() { CountId = Id, Sku = sku, Warehouse = Main, Location = location, Lot = lot, Counted = counted, Snapshot = snapshot, Expected = expected, Variance = counted - expected, IsRecount = isRecount, Serials = serials ?? [] };

    private static RecordCount Record(string sku, string location, long quantity, string? lot = null, string[]? serials = null) =>
        new() { CountId = Id, Sku = sku, Location = location, Quantity = quantity, Lot = lot, Serials = serials ?? [] };

    private static QuantityRemoved Removed(string sku, string location, long quantity) =>
        new() { Sku = sku, Warehouse = Main, Location = location, Quantity = quantity, Reason = "Damaged" };

    private static QuantityAdjusted Adjusted(string sku, string location, long delta, long quantity, string? lot = null) =>
        new() { Sku = sku, Warehouse = Main, Location = location, Delta = delta, Quantity = quantity, Reason = "Cycle count", Lot = lot };

    [Fact]
    public void R_11_1_a_count_snapshots_every_sku_and_lot_in_its_locations_and_cites_the_recorded_reason()
    {
        var decision = StockWorld.Given(Added("SKU-100", "A-01", 10), Lot("MILK", "L1"), Added("MILK", "B-01", 5, lot: "L1"), Added("SKU-100", "A-02", 99))
            .When(new StartCount { Warehouse = "main", Locations = ["a-01", "B-01"], Reason = "cycle COUNT" })
            .Then(Started(Line("MILK", "B-01", 5, "L1"), Line("SKU-100", "A-01", 10)));

        Assert.Equal($"count/{Id:N}", decision.Stream);
    }

    [Fact]
    public void R_11_1_a_location_already_in_an_open_count_is_refused() =>
        StockWorld.Given(Started())
            .When(new StartCount { Warehouse = Main, Locations = ["A-02", "b-01"], Reason = "Cycle count" })
            .ThenRefused(new LocationAlreadyCounted(Main, "B-01", Id));

    [Fact]
    public void R_11_1_a_location_may_be_counted_again_once_its_count_is_cancelled() =>
        StockWorld.Given(Started(), new CountCancelled { CountId = Id, Warehouse = Main })
            .When(new StartCount { Warehouse = Main, Locations = ["B-01"], Reason = "Cycle count" })
            .Then(new CountStarted { CountId = Id, Warehouse = Main, Locations = ["B-01"], Reason = "Cycle count" });

    [Fact]
    public void R_11_1_no_locations_a_repeated_location_and_101_locations_are_refused()
    {
        StockWorld.Given().When(new StartCount { Warehouse = Main, Locations = [], Reason = "Cycle count" })
            .ThenRefused(new CountLocationsInvalid(Main, 0, 100));
        StockWorld.Given().When(new StartCount { Warehouse = Main, Locations = ["A-01", "a-01"], Reason = "Cycle count" })
            .ThenRefused(new CountLocationsInvalid(Main, 2, 100));
        StockWorld.Given().When(new StartCount { Warehouse = Main, Locations = [.. Enumerable.Range(0, 101).Select(i => $"L-{i}")], Reason = "Cycle count" })
            .ThenRefused(new CountLocationsInvalid(Main, 101, 100));
    }

    [Fact]
    public void R_11_1_exactly_100_locations_may_be_counted()
    {
        var codes = Enumerable.Range(0, 100).Select(i => $"L-{i:D3}").ToArray();
        StockWorld.Given([.. codes.Select(code => Location(Main, code, LocationType.Bulk))])
            .When(new StartCount { Warehouse = Main, Locations = codes, Reason = "Cycle count" })
            .Then(new CountStarted { CountId = Id, Warehouse = Main, Locations = codes, Reason = "Cycle count" });
    }

    [Fact]
    public void R_11_1_an_unknown_location_warehouse_or_reason_is_refused()
    {
        StockWorld.Given().When(new StartCount { Warehouse = Main, Locations = ["Z-99"], Reason = "Cycle count" })
            .ThenRefused(new UnknownLocation(Main, "Z-99"));
        StockWorld.Given().When(new StartCount { Warehouse = "EAST", Locations = ["A-01"], Reason = "Cycle count" })
            .ThenRefused(new UnknownWarehouse("EAST"));
        StockWorld.Given().When(new StartCount { Warehouse = Main, Locations = ["A-01"], Reason = "Audit" })
            .ThenRefused(new UnknownReference(ReferenceKind.Reason, "Audit"));
    }

    [Fact]
    public void R_11_2_units_removed_during_the_count_are_expected_so_an_exact_count_has_no_variance() =>
        StockWorld.Given(Added("SKU-100", "A-01", 10), Started(Line("SKU-100", "A-01", 10)), Removed("SKU-100", "A-01", 3))
            .When(Record("sku-100", "a-01", 7))
            .Then(Recorded("SKU-100", "A-01", counted: 7, snapshot: 10, expected: 7));

    [Fact]
    public void R_11_2_a_location_outside_the_count_is_refused() =>
        StockWorld.Given(Added("SKU-100", "A-02", 10), Started())
            .When(Record("SKU-100", "A-02", 10))
            .ThenRefused(new LocationNotInCount(Id, Main, "A-02"));

    [Fact]
    public void R_11_2_movements_after_a_line_was_counted_are_kept_by_approval()
    {
        var decision = StockWorld.Given(
                Added("SKU-100", "A-01", 10), Started(Line("SKU-100", "A-01", 10)),
                Recorded("SKU-100", "A-01", counted: 8, snapshot: 10, expected: 10),
                Added("SKU-100", "A-01", 5))
            .When(new ApproveCount { CountId = Id })
            .Then(new CountApproved { CountId = Id, Warehouse = Main, LinesCounted = 1, LinesAdjusted = 1, NetUnits = -2 }, Adjusted("SKU-100", "A-01", -2, 13));

        Assert.Equal(13, InventoryDecider.Replay(decision.Events, State(Added("SKU-100", "A-01", 15))).Stock.Of("SKU-100").OnHandAt(new LocationAddress(Main, "A-01")));
    }

    [Fact]
    public void R_11_2_a_locked_location_is_counted_and_adjusted_by_approval()
    {
        var locked = new LocationLocked { Warehouse = Main, Location = "A-01" };
        StockWorld.Given(Added("SKU-100", "A-01", 10), Started(Line("SKU-100", "A-01", 10)), locked)
            .When(Record("SKU-100", "A-01", 9))
            .Then(Recorded("SKU-100", "A-01", counted: 9, snapshot: 10, expected: 10));
        StockWorld.Given(Added("SKU-100", "A-01", 10), Started(Line("SKU-100", "A-01", 10)), locked, Recorded("SKU-100", "A-01", counted: 9, snapshot: 10, expected: 10))
            .When(new ApproveCount { CountId = Id })
            .Then(new CountApproved { CountId = Id, Warehouse = Main, LinesCounted = 1, LinesAdjusted = 1, NetUnits = -1 }, Adjusted("SKU-100", "A-01", -1, 9));
    }

    [Fact]
    public void R_11_2_stock_found_outside_the_snapshot_is_a_line_of_its_own() =>
        StockWorld.Given(Lot("MILK", "L1"), Started())
            .When(Record("MILK", "A-01", 4, lot: "l1"))
            .Then(Recorded("MILK", "A-01", counted: 4, snapshot: 0, expected: 0, lot: "L1"), new RecountRequested { CountId = Id, Sku = "MILK", Warehouse = Main, Location = "A-01", Lot = "L1", Variance = 4, Threshold = 2 });

    [Theory]
    [InlineData(0, 2)]
    [InlineData(40, 2)]
    [InlineData(41, 3)]
    [InlineData(100, 5)]
    [InlineData(1_000, 50)]
    public void R_11_3_the_threshold_is_the_larger_of_2_units_and_5_percent_of_expected_rounded_up(long expected, long threshold) =>
        Assert.Equal(threshold, CountRules.Threshold(expected));

    [Fact]
    public void R_11_3_a_variance_of_exactly_the_threshold_needs_no_recount() =>
        StockWorld.Given(Added("SKU-100", "A-01", 100), Started(Line("SKU-100", "A-01", 100)))
            .When(Record("SKU-100", "A-01", 95))
            .Then(Recorded("SKU-100", "A-01", counted: 95, snapshot: 100, expected: 100));

    [Fact]
    public void R_11_3_a_variance_one_past_the_threshold_asks_for_a_recount() =>
        StockWorld.Given(Added("SKU-100", "A-01", 100), Started(Line("SKU-100", "A-01", 100)))
            .When(Record("SKU-100", "A-01", 106))
            .Then(Recorded("SKU-100", "A-01", counted: 106, snapshot: 100, expected: 100), new RecountRequested { CountId = Id, Sku = "SKU-100", Warehouse = Main, Location = "A-01", Variance = 6, Threshold = 5 });

    [Fact]
    public void R_11_3_approval_is_refused_while_a_recount_is_pending() =>
        StockWorld.Given(Added("SKU-100", "A-01", 10), Started(Line("SKU-100", "A-01", 10)), Recorded("SKU-100", "A-01", 2, 10, 10),
                new RecountRequested { CountId = Id, Sku = "SKU-100", Warehouse = Main, Location = "A-01", Variance = -8, Threshold = 2 })
            .When(new ApproveCount { CountId = Id })
            .ThenRefused(new RecountPending(Id, "SKU-100", "A-01", null, -8));

    [Fact]
    public void R_11_3_a_recount_replaces_the_count_and_is_accepted_whatever_its_variance()
    {
        var history = new IEventContract[]
        {
            Added("SKU-100", "A-01", 10), Started(Line("SKU-100", "A-01", 10)), Recorded("SKU-100", "A-01", 2, 10, 10),
            new RecountRequested { CountId = Id, Sku = "SKU-100", Warehouse = Main, Location = "A-01", Variance = -8, Threshold = 2 },
        };
        StockWorld.Given(history).When(Record("SKU-100", "A-01", 3)).Then(Recorded("SKU-100", "A-01", 3, 10, 10, isRecount: true));
        StockWorld.Given([.. history, Recorded("SKU-100", "A-01", 3, 10, 10, isRecount: true)])
            .When(new ApproveCount { CountId = Id })
            .Then(new CountApproved { CountId = Id, Warehouse = Main, LinesCounted = 1, LinesAdjusted = 1, NetUnits = -7 }, Adjusted("SKU-100", "A-01", -7, 3));
    }

    [Fact]
    public void R_11_3_a_supervisor_asks_for_a_recount_once_and_only_of_a_counted_line()
    {
        var history = new IEventContract[] { Added("SKU-100", "A-01", 10), Started(Line("SKU-100", "A-01", 10)) };
        var request = new RequestRecount { CountId = Id, Sku = "sku-100", Location = "a-01" };
        StockWorld.Given(history).When(request).ThenRefused(new LineNotCounted(Id, "SKU-100", "A-01", null));

        var requested = new RecountRequested { CountId = Id, Sku = "SKU-100", Warehouse = Main, Location = "A-01", Variance = -1, Threshold = 2 };
        StockWorld.Given([.. history, Recorded("SKU-100", "A-01", 9, 10, 10)]).When(request).Then(requested);
        StockWorld.Given([.. history, Recorded("SKU-100", "A-01", 9, 10, 10), requested]).When(request).ThenNothingChanges();
    }

    [Fact]
    public void R_11_4_approval_adjusts_each_line_with_a_variance_by_one_quantity_adjusted()
    {
        StockWorld.Given(
                Added("SKU-100", "A-01", 10), Lot("MILK", "L1"), Added("MILK", "B-01", 5, lot: "L1"),
                Started(Line("MILK", "B-01", 5, "L1"), Line("SKU-100", "A-01", 10)),
                Recorded("MILK", "B-01", 6, 5, 5, lot: "L1"), Recorded("SKU-100", "A-01", 10, 10, 10))
            .When(new ApproveCount { CountId = Id })
            .Then(new CountApproved { CountId = Id, Warehouse = Main, LinesCounted = 2, LinesAdjusted = 1, NetUnits = 1 }, Adjusted("MILK", "B-01", 1, 6, lot: "L1"));
    }

    [Fact]
    public void R_11_4_approval_is_refused_while_a_snapshot_line_is_uncounted() =>
        StockWorld.Given(Added("SKU-100", "A-01", 10), Added("SKU-100", "B-01", 1), Started(Line("SKU-100", "A-01", 10), Line("SKU-100", "B-01", 1)), Recorded("SKU-100", "A-01", 10, 10, 10))
            .When(new ApproveCount { CountId = Id })
            .ThenRefused(new CountIncomplete(Id, "SKU-100", "B-01", null, 1));

    [Fact]
    public void R_11_4_a_count_without_variance_is_approved_with_no_adjustment_and_recording_changes_no_stock()
    {
        var history = new IEventContract[] { Added("SKU-100", "A-01", 10), Started(Line("SKU-100", "A-01", 10)), Recorded("SKU-100", "A-01", 1, 10, 10) };
        Assert.Equal(10, State(history).Stock.Of("SKU-100").OnHand);
        StockWorld.Given(Added("SKU-100", "A-01", 10), Started(Line("SKU-100", "A-01", 10)), Recorded("SKU-100", "A-01", 10, 10, 10))
            .When(new ApproveCount { CountId = Id })
            .Then(new CountApproved { CountId = Id, Warehouse = Main, LinesCounted = 1, LinesAdjusted = 0, NetUnits = 0 });
    }

    [Fact]
    public void R_11_4_an_adjustment_never_takes_a_location_below_zero() =>
        StockWorld.Given(Added("SKU-100", "A-01", 10), Started(Line("SKU-100", "A-01", 10)), Recorded("SKU-100", "A-01", 9, 10, 10), Removed("SKU-100", "A-01", 10))
            .When(new ApproveCount { CountId = Id })
            .Then(new CountApproved { CountId = Id, Warehouse = Main, LinesCounted = 1, LinesAdjusted = 0, NetUnits = 0 });

    [Fact]
    public void R_11_4_serials_found_are_added_and_serials_missing_are_removed()
    {
        var history = new IEventContract[] { Added("PHONE", "A-01", 2, serials: ["SN-1", "SN-2"]), Started(Line("PHONE", "A-01", 2)) };
        StockWorld.Given(history).When(Record("PHONE", "A-01", 2, serials: ["sn-1", "SN-3"]))
            .Then(Recorded("PHONE", "A-01", 2, 2, 2, serials: ["SN-1", "SN-3"]));
        StockWorld.Given([.. history, Recorded("PHONE", "A-01", 2, 2, 2, serials: ["SN-1", "SN-3"])])
            .When(new ApproveCount { CountId = Id })
            .Then(
                new CountApproved { CountId = Id, Warehouse = Main, LinesCounted = 1, LinesAdjusted = 1, NetUnits = 0 },
                new QuantityAdjusted { Sku = "PHONE", Warehouse = Main, Location = "A-01", Delta = 0, Quantity = 2, Reason = "Cycle count", SerialsAdded = ["SN-3"], SerialsRemoved = ["SN-2"] });
    }

    [Fact]
    public void R_11_4_a_serial_on_hand_elsewhere_cannot_be_counted_here() =>
        StockWorld.Given(Added("PHONE", "A-02", 1, serials: ["SN-1"]), Started())
            .When(Record("PHONE", "A-01", 1, serials: ["SN-1"]))
            .ThenRefused(new SerialAlreadyInStock("PHONE", "SN-1", Main, "A-02"));

    [Fact]
    public void R_11_5_a_cancelled_count_records_nothing_more_and_cancelling_again_changes_nothing()
    {
        var cancelled = new CountCancelled { CountId = Id, Warehouse = Main };
        StockWorld.Given(Started()).When(new CancelCount { CountId = Id }).Then(cancelled);
        StockWorld.Given(Started(), cancelled).When(new CancelCount { CountId = Id }).ThenNothingChanges();
        StockWorld.Given(Started(), cancelled).When(Record("SKU-100", "A-01", 1)).ThenRefused(new CountClosed(Id, CountStatus.Cancelled));
    }

    [Fact]
    public void R_11_5_an_approved_count_cannot_be_cancelled_or_approved_again_and_an_unknown_count_is_refused()
    {
        var approved = new CountApproved { CountId = Id, Warehouse = Main };
        StockWorld.Given(Started(), approved).When(new CancelCount { CountId = Id }).ThenRefused(new CountClosed(Id, CountStatus.Approved));
        StockWorld.Given(Started(), approved).When(new ApproveCount { CountId = Id }).ThenRefused(new CountClosed(Id, CountStatus.Approved));
        StockWorld.Given().When(new ApproveCount { CountId = Id }).ThenRefused(new UnknownCount(Id));
    }

    [Fact]
    public void R_11_5_a_closed_or_unknown_count_is_refused_under_rule_R_11_5_as_the_rules_table_says()
    {
        var context = new DecisionContext(DeciderSpec.DefaultNowUnixMs, new DeterministicIds(seed: 1));
        var unknown = InventoryDecider.Decide(new ApproveCount { CountId = Id }, InventoryDecider.Replay([]), context).Refusal;
        Assert.Equal("R-11.5", unknown?.RuleId);
        Assert.Equal("R-11.5", new CountClosed(Id, CountStatus.Cancelled).RuleId);
    }
}
