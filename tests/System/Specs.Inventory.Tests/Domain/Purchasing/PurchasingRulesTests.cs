using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Purchasing;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Lots;
using Specs.Inventory.Contracts.Events.Purchasing;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.Lots;
using Specs.Inventory.Domain.Purchasing;
using Specs.Inventory.Domain.ReferenceData;
using Specs.Inventory.Domain.Stock;
using static Specs.Inventory.Tests.Domain.OrderWorld;

namespace Specs.Inventory.Tests.Domain.Purchasing;

public sealed class PurchasingRulesTests
{
    private const long Now = DeciderSpec.DefaultNowUnixMs;

    private static IEventContract[] Ordered => After(Order("PO-1", ("SKU-100", 10, 100), ("MILK", 20, 50)));

    [Fact]
    public void R_5_1_an_order_records_the_supplier_warehouse_and_skus_as_spelled_when_created_and_makes_its_units_incoming()
    {
        var decision = OrderWorld.Given()
            .When(new CreatePurchaseOrder
            {
                PurchaseOrder = " PO-1 ",
                Supplier = "acme",
                Warehouse = "main",
                Lines = [new PurchaseOrderLine { Sku = "sku-100", Quantity = 10, UnitCostMinor = 100 }],
                ExpectedAtUnixMs = Now + 1000,
            })
            .Then(new PurchaseOrderCreated
            {
                PurchaseOrder = "PO-1",
                Supplier = "Acme",
                Warehouse = "MAIN",
                Lines = [new PurchaseOrderLine { Sku = "SKU-100", Quantity = 10, UnitCostMinor = 100 }],
                ExpectedAtUnixMs = Now + 1000,
                CreatedAtUnixMs = Now,
            });

        var state = OrderWorld.State([.. decision.Events]);
        Assert.Equal("purchase-order/po-1", decision.Stream);
        Assert.Equal(10, StockFigures.Of(state, "SKU-100").Incoming);
        Assert.Equal(0, StockFigures.Of(state, "SKU-100").OnHand);
        Assert.Equal(10, state.Purchasing.IncomingOf("SKU-100", "MAIN"));
    }

    [Fact]
    public void R_5_1_a_number_already_used_is_refused_whatever_its_case() =>
        OrderWorld.Given(Ordered)
            .When(Order("po-1", ("SKU-100", 1, 0)))
            .ThenRefused(new PurchaseOrderAlreadyExists("po-1", "PO-1"));

    [Fact]
    public void R_5_1_an_inactive_supplier_is_refused() =>
        OrderWorld.Given(new ReferenceDeactivated { Kind = ReferenceKind.Supplier, Name = "Acme" })
            .When(Order("PO-1", ("SKU-100", 1, 0)))
            .ThenRefused(new InactiveReference(ReferenceKind.Supplier, "Acme"));

    [Fact]
    public void R_5_1_an_unknown_warehouse_is_refused() =>
        OrderWorld.Given()
            .When(new CreatePurchaseOrder { PurchaseOrder = "PO-1", Supplier = "Acme", Warehouse = "EAST", Lines = [new PurchaseOrderLine { Sku = "SKU-100", Quantity = 1 }] })
            .ThenRefused(new UnknownWarehouse("EAST"));

    [Fact]
    public void R_5_1_the_same_product_on_two_lines_is_refused_even_by_an_alternate_sku() =>
        OrderWorld.Given(new AlternateSkuAdded { Sku = "SKU-100", AlternateSku = "EAN-100" })
            .When(Order("PO-1", ("SKU-100", 1, 0), ("ean-100", 2, 0)))
            .ThenRefused(new DuplicatePurchaseOrderLine("PO-1", "SKU-100"));

    [Fact]
    public void R_5_1_an_order_without_lines_is_refused() =>
        OrderWorld.Given()
            .When(Order("PO-1"))
            .ThenRefused(new PurchaseOrderLineCountInvalid("PO-1", 0, 100));

    [Fact]
    public void R_5_1_a_number_of_64_characters_is_accepted_and_65_refused()
    {
        OrderWorld.Given().When(Order(new string('P', 64), ("SKU-100", 1, 0))).Then(Created(new string('P', 64), ("SKU-100", 1, 0)));
        OrderWorld.Given().When(Order(new string('P', 65), ("SKU-100", 1, 0))).ThenRefused(new InvalidPurchaseOrderNumber(new string('P', 65), 64));
    }

    [Theory]
    [InlineData(1_000_000_000, true)]
    [InlineData(0, true)]
    [InlineData(1_000_000_001, false)]
    [InlineData(-1, false)]
    public void R_5_1_a_unit_cost_is_between_0_and_a_billion_minor_units(long cost, bool accepted)
    {
        var spec = OrderWorld.Given().When(Order("PO-1", ("SKU-100", 1, cost)));
        if (accepted)
        {
            spec.Then(Created("PO-1", ("SKU-100", 1, cost)));
        }
        else
        {
            spec.ThenRefused(new InvalidUnitCost("PO-1", "SKU-100", cost, 1_000_000_000));
        }
    }

    [Fact]
    public void R_5_1_zero_units_on_a_new_order_is_refused() =>
        OrderWorld.Given()
            .When(Order("PO-1", ("SKU-100", 0, 5)))
            .ThenRefused(new InvalidQuantity("SKU-100", 0, 1, StockLimits.MaxQuantity));

    [Fact]
    public void R_5_2_changing_adding_and_removing_lines_records_one_event_per_changed_line_and_incoming_follows()
    {
        var decision = OrderWorld.Given(Ordered)
            .When(new UpdatePurchaseOrder
            {
                PurchaseOrder = "po-1",
                Lines =
                [
                    new PurchaseOrderLine { Sku = "SKU-100", Quantity = 12, UnitCostMinor = 100 },
                    new PurchaseOrderLine { Sku = "MILK", Quantity = 0, UnitCostMinor = 50 },
                    new PurchaseOrderLine { Sku = "MUG", Quantity = 5, UnitCostMinor = 300 },
                ],
            })
            .Then(
                new PurchaseOrderLineChanged { PurchaseOrder = "PO-1", Sku = "SKU-100", Quantity = 12, PreviousQuantity = 10, UnitCostMinor = 100 },
                new PurchaseOrderLineChanged { PurchaseOrder = "PO-1", Sku = "MILK", Quantity = 0, PreviousQuantity = 20, UnitCostMinor = 50 },
                new PurchaseOrderLineChanged { PurchaseOrder = "PO-1", Sku = "MUG", Quantity = 5, PreviousQuantity = 0, UnitCostMinor = 300 });

        var state = OrderWorld.State([.. Ordered, .. decision.Events]);
        Assert.Equal((12, 0, 5), (StockFigures.Of(state, "SKU-100").Incoming, StockFigures.Of(state, "MILK").Incoming, StockFigures.Of(state, "MUG").Incoming));
        Assert.Equal(["MUG", "SKU-100"], state.Purchasing.Find("PO-1")!.Lines.Keys);
    }

    [Fact]
    public void R_5_2_setting_the_lines_an_order_has_changes_nothing() =>
        OrderWorld.Given(Ordered)
            .When(new UpdatePurchaseOrder { PurchaseOrder = "PO-1", Lines = [new PurchaseOrderLine { Sku = "SKU-100", Quantity = 10, UnitCostMinor = 100 }] })
            .ThenNothingChanges();

    [Fact]
    public void R_5_2_a_line_can_not_be_ordered_below_what_was_received_but_exactly_at_it()
    {
        var history = After(Ordered, Receipt("PO-1", "R1", Line("SKU-100", 4)));

        OrderWorld.Given(history)
            .When(new UpdatePurchaseOrder { PurchaseOrder = "PO-1", Lines = [new PurchaseOrderLine { Sku = "SKU-100", Quantity = 3, UnitCostMinor = 100 }] })
            .ThenRefused(new QuantityBelowReceived("PO-1", "SKU-100", 3, 4));
        var exact = After(history, new UpdatePurchaseOrder { PurchaseOrder = "PO-1", Lines = [new PurchaseOrderLine { Sku = "SKU-100", Quantity = 4, UnitCostMinor = 100 }] });
        Assert.Equal(0, StockFigures.Of(OrderWorld.State(exact), "SKU-100").Incoming);
    }

    [Fact]
    public void R_5_2_removing_the_last_line_is_refused() =>
        OrderWorld.Given(After(Order("PO-1", ("SKU-100", 10, 100))))
            .When(new UpdatePurchaseOrder { PurchaseOrder = "PO-1", Lines = [new PurchaseOrderLine { Sku = "SKU-100", Quantity = 0 }] })
            .ThenRefused(new PurchaseOrderLineCountInvalid("PO-1", 0, 100));

    [Fact]
    public void R_5_3_receiving_on_a_closed_order_is_refused() =>
        OrderWorld.Given(After(Ordered, new ClosePurchaseOrder { PurchaseOrder = "PO-1" }))
            .When(Receipt("PO-1", "R1", Line("SKU-100", 1)))
            .ThenRefused(new PurchaseOrderNotOpen("PO-1", PurchaseOrderStatus.Closed));

    [Fact]
    public void R_5_3_changing_a_cancelled_order_is_refused() =>
        OrderWorld.Given(After(Ordered, new CancelPurchaseOrder { PurchaseOrder = "PO-1" }))
            .When(new UpdatePurchaseOrder { PurchaseOrder = "PO-1", Lines = [new PurchaseOrderLine { Sku = "SKU-100", Quantity = 1 }] })
            .ThenRefused(new PurchaseOrderNotOpen("PO-1", PurchaseOrderStatus.Cancelled));

    [Fact]
    public void R_5_3_an_open_order_fully_received_still_takes_the_tolerance()
    {
        var history = After(Ordered, Receipt("PO-1", "R1", Line("SKU-100", 10)));

        var more = After(history, Receipt("PO-1", "R2", Line("SKU-100", 1)));

        Assert.Equal(11, StockFigures.Of(OrderWorld.State(more), "SKU-100").OnHand);
    }

    [Fact]
    public void R_5_4_a_line_receives_its_ordered_units_plus_ten_percent_rounded_down_and_no_more()
    {
        var within = After(Ordered, Receipt("PO-1", "R1", Line("SKU-100", 11)));
        Assert.Equal(0, StockFigures.Of(OrderWorld.State(within), "SKU-100").Incoming);

        OrderWorld.Given(Ordered)
            .When(Receipt("PO-1", "R1", Line("SKU-100", 12)))
            .ThenRefused(new OverReceipt("PO-1", "SKU-100", 10, 0, 12, 11));
    }

    [Fact]
    public void R_5_4_an_order_of_nine_units_has_no_tolerance_and_earlier_receipts_count() =>
        OrderWorld.Given(After(Order("PO-1", ("SKU-100", 9, 1)), Receipt("PO-1", "R1", Line("SKU-100", 5))))
            .When(Receipt("PO-1", "R2", Line("SKU-100", 5)))
            .ThenRefused(new OverReceipt("PO-1", "SKU-100", 9, 5, 5, 9));

    [Fact]
    public void R_5_4_a_sku_not_on_the_order_is_refused() =>
        OrderWorld.Given(Ordered)
            .When(Receipt("PO-1", "R1", Line("MUG", 1)))
            .ThenRefused(new NotOnPurchaseOrder("PO-1", "MUG"));

    [Fact]
    public void R_5_5_a_receipt_puts_the_units_on_hand_at_the_location_and_takes_them_from_incoming()
    {
        var decision = OrderWorld.Given(Ordered)
            .When(ReceiptAt("main", "rcv", "po-1", " GRN-1 ", Line("sku-100", 4)))
            .Then(new ItemsReceived
            {
                PurchaseOrder = "PO-1",
                ReceiptId = "GRN-1",
                Warehouse = "MAIN",
                Location = "RCV",
                Lines = [new ReceivedLine { Sku = "SKU-100", Quantity = 4, UnitCostMinor = 100, AverageCostMinor = 100 }],
                ReceivedAtUnixMs = Now,
            });

        var state = OrderWorld.State([.. Ordered, .. decision.Events]);
        var figures = StockFigures.Of(state, "SKU-100");
        Assert.Equal((4, 6, 0), (figures.OnHand, figures.Incoming, figures.Available)); // a receiving dock is not sellable
        Assert.Equal(4, state.Stock.Of("SKU-100").OnHandAt(new LocationAddress("MAIN", "RCV")));
        Assert.Equal(6, state.Purchasing.IncomingOf("SKU-100", "MAIN"));
    }

    [Fact]
    public void R_5_5_a_receipt_naming_a_new_lot_registers_it_with_its_expiry_before_the_units_arrive()
    {
        var decision = OrderWorld.Given(Ordered)
            .When(Receipt("PO-1", "R1", Line("MILK", 20, lot: "L-7", expiresAtUnixMs: Now + 86_400_000)))
            .Then(
                new LotRegistered { Sku = "MILK", Lot = "L-7", ExpiresAtUnixMs = Now + 86_400_000 },
                new ItemsReceived
                {
                    PurchaseOrder = "PO-1",
                    ReceiptId = "R1",
                    Warehouse = "MAIN",
                    Location = "RCV",
                    Lines = [new ReceivedLine { Sku = "MILK", Quantity = 20, Lot = "L-7", UnitCostMinor = 50, AverageCostMinor = 50 }],
                    ReceivedAtUnixMs = Now,
                });

        var state = OrderWorld.State([.. Ordered, .. decision.Events]);
        Assert.Equal(Now + 86_400_000, state.Lots.Find("MILK", "L-7")!.ExpiresAtUnixMs);
        Assert.Equal(20, state.Stock.Of("MILK").OnHandAt(StockSlot.At(new LocationAddress("MAIN", "RCV"), "L-7")));
    }

    [Fact]
    public void R_5_5_a_registered_lot_named_with_another_expiry_is_refused() =>
        OrderWorld.Given([.. Ordered, StockWorld.Lot("MILK", "L-7", Now + 5)])
            .When(Receipt("PO-1", "R1", Line("MILK", 1, lot: "l-7", expiresAtUnixMs: Now + 6)))
            .ThenRefused(new LotAlreadyRegistered("MILK", "L-7", Now + 5, Now + 6));

    [Fact]
    public void R_5_5_a_registered_lot_named_without_an_expiry_is_received_into_as_it_is()
    {
        var history = After([.. Ordered, StockWorld.Lot("MILK", "L-7", Now + 5)], Receipt("PO-1", "R1", Line("MILK", 2, lot: "l-7")));

        var received = Assert.IsType<ItemsReceived>(history[^1]);
        Assert.Equal("L-7", Assert.Single(received.Lines).Lot);
    }

    [Fact]
    public void R_5_5_a_lot_tracked_line_without_a_lot_is_refused() =>
        OrderWorld.Given(Ordered)
            .When(Receipt("PO-1", "R1", Line("MILK", 1)))
            .ThenRefused(new LotRequired("MILK"));

    [Fact]
    public void R_5_5_goods_go_to_the_orders_own_warehouse() =>
        OrderWorld.Given(Ordered)
            .When(ReceiptAt("WEST", "A-01", "PO-1", "R1", Line("SKU-100", 1)))
            .ThenRefused(new ReceiptInOtherWarehouse("PO-1", "MAIN", "WEST"));

    [Fact]
    public void R_5_5_serial_tracked_units_arrive_with_one_serial_each_none_of_them_in_stock()
    {
        var history = After(Order("PO-2", ("PHONE", 2, 30_000)));
        OrderWorld.Given([.. history, StockWorld.Added("PHONE", "A-01", 1, serials: ["SN-1"])])
            .When(Receipt("PO-2", "R1", Line("PHONE", 2, serials: ["SN-1", "SN-2"])))
            .ThenRefused(new SerialAlreadyInStock("PHONE", "SN-1", "MAIN", "A-01"));

        var received = OrderWorld.State(After(history, Receipt("PO-2", "R1", Line("PHONE", 2, serials: ["SN-1", "SN-2"]))));
        Assert.True(received.Stock.Of("PHONE").FindSerial("SN-2")!.IsAt(new LocationAddress("MAIN", "RCV")));
    }

    [Fact]
    public void R_5_5_the_same_sku_and_lot_on_two_lines_is_refused() =>
        OrderWorld.Given(Ordered)
            .When(Receipt("PO-1", "R1", Line("SKU-100", 1), Line("sku-100", 2)))
            .ThenRefused(new DuplicateReceiptLine("PO-1", "SKU-100", null));

    [Fact]
    public void R_5_6_a_repeated_receipt_id_changes_nothing_even_with_other_lines_or_after_closing()
    {
        var history = After(Ordered, Receipt("PO-1", "GRN-1", Line("SKU-100", 4)));

        OrderWorld.Given(history).When(Receipt("PO-1", "grn-1", Line("SKU-100", 6))).ThenNothingChanges();
        OrderWorld.Given(After(history, new ClosePurchaseOrder { PurchaseOrder = "PO-1" })).When(Receipt("PO-1", "GRN-1", Line("SKU-100", 4))).ThenNothingChanges();
    }

    [Fact]
    public void R_5_6_a_receipt_id_of_65_characters_is_refused() =>
        OrderWorld.Given(Ordered)
            .When(Receipt("PO-1", new string('R', 65), Line("SKU-100", 1)))
            .ThenRefused(new InvalidReceiptId("PO-1", new string('R', 65), 64));

    [Fact]
    public void R_5_7_the_average_cost_weighs_units_in_stock_against_units_received()
    {
        var history = After(
            Order("PO-1", ("SKU-100", 10, 100)),
            Receipt("PO-1", "R1", Line("SKU-100", 10)),
            Order("PO-2", ("SKU-100", 5, 130)),
            Receipt("PO-2", "R1", Line("SKU-100", 5)));

        var received = Assert.IsType<ItemsReceived>(history[^1]);
        Assert.Equal(110, Assert.Single(received.Lines).AverageCostMinor); // (10 × 100 + 5 × 130) / 15
        Assert.Equal(110, OrderWorld.State(history).Purchasing.AverageCostOf("SKU-100"));
    }

    [Theory]
    [InlineData(1L, 1, 1, 2, 2)] // 1.5 rounds up
    [InlineData(1L, 2, 1, 2, 1)] // 1.333 rounds down
    [InlineData(null, 7, 3, 40, 40)] // no known cost yet: the received cost
    [InlineData(50L, 0, 3, 40, 40)] // nothing in stock: the received cost
    public void R_5_7_the_average_rounds_half_up_to_a_whole_minor_unit(long? average, long inStock, long received, long cost, long expected) =>
        Assert.Equal(expected, AverageCost.After(average, inStock, received, cost));

    [Fact]
    public void R_5_7_the_average_stays_exact_at_the_largest_costs_and_quantities() =>
        Assert.Equal(1_000_000_000, AverageCost.After(1_000_000_000, StockLimits.MaxQuantity, StockLimits.MaxQuantity, 1_000_000_000));

    [Fact]
    public void R_5_8_closing_an_order_ends_what_it_still_brings()
    {
        var history = After(Ordered, Receipt("PO-1", "R1", Line("SKU-100", 4)));

        var decision = OrderWorld.Given(history)
            .When(new ClosePurchaseOrder { PurchaseOrder = "po-1" })
            .Then(new PurchaseOrderClosed
            {
                PurchaseOrder = "PO-1",
                Unreceived = [new PurchaseOrderLine { Sku = "MILK", Quantity = 20, UnitCostMinor = 50 }, new PurchaseOrderLine { Sku = "SKU-100", Quantity = 6, UnitCostMinor = 100 }],
                ClosedAtUnixMs = Now,
            });

        var state = OrderWorld.State([.. history, .. decision.Events]);
        Assert.Equal((0, 0, 4), (StockFigures.Of(state, "SKU-100").Incoming, StockFigures.Of(state, "MILK").Incoming, StockFigures.Of(state, "SKU-100").OnHand));
        Assert.Empty(state.Purchasing.IncomingByWarehouse);
    }

    [Fact]
    public void R_5_8_closing_a_closed_order_changes_nothing_and_a_cancelled_one_is_refused()
    {
        OrderWorld.Given(After(Ordered, new ClosePurchaseOrder { PurchaseOrder = "PO-1" })).When(new ClosePurchaseOrder { PurchaseOrder = "PO-1" }).ThenNothingChanges();
        OrderWorld.Given(After(Ordered, new CancelPurchaseOrder { PurchaseOrder = "PO-1" })).When(new ClosePurchaseOrder { PurchaseOrder = "PO-1" })
            .ThenRefused(new PurchaseOrderNotOpen("PO-1", PurchaseOrderStatus.Cancelled));
    }

    [Fact]
    public void R_5_8_cancelling_an_order_with_nothing_received_ends_its_incoming()
    {
        var decision = OrderWorld.Given(Ordered)
            .When(new CancelPurchaseOrder { PurchaseOrder = "PO-1" })
            .Then(new PurchaseOrderCancelled { PurchaseOrder = "PO-1", CancelledAtUnixMs = Now });

        Assert.Equal(0, StockFigures.Of(OrderWorld.State([.. Ordered, .. decision.Events]), "MILK").Incoming);
    }

    [Fact]
    public void R_5_8_an_order_with_receipts_is_closed_not_cancelled() =>
        OrderWorld.Given(After(Ordered, Receipt("PO-1", "R1", Line("SKU-100", 1))))
            .When(new CancelPurchaseOrder { PurchaseOrder = "PO-1" })
            .ThenRefused(new PurchaseOrderHasReceipts("PO-1", 1));

    [Fact]
    public void R_5_8_cancelling_a_cancelled_order_changes_nothing_and_an_unknown_one_is_refused()
    {
        OrderWorld.Given(After(Ordered, new CancelPurchaseOrder { PurchaseOrder = "PO-1" })).When(new CancelPurchaseOrder { PurchaseOrder = "PO-1" }).ThenNothingChanges();
        OrderWorld.Given().When(new CancelPurchaseOrder { PurchaseOrder = "PO-9" }).ThenRefused(new UnknownPurchaseOrder("PO-9"));
    }
}
