using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Sales;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Kits;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Inventory.Contracts.Events.Sales;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.ReferenceData;
using Specs.Inventory.Domain.Sales;
using Specs.Inventory.Domain.Stock;
using Specs.Inventory.Diagnostics;
using Specs.Inventory.Ports;
using static Specs.Inventory.Tests.Domain.OrderWorld;
using static Specs.Inventory.Tests.Domain.StockWorld;

namespace Specs.Inventory.Tests.Domain.Sales;

public sealed class SalesRulesTests
{
    private const long Now = DeciderSpec.DefaultNowUnixMs;

    private static SyncSale Sync(string externalId, params (string Sku, long Quantity)[] lines) =>
        SyncOn("Web", externalId, SaleStatus.Open, lines);

    private static SyncSale SyncOn(string channel, string externalId, SaleStatus status, params (string Sku, long Quantity)[] lines) => new()
    {
        Channel = channel,
        ExternalId = externalId,
        Lines = [.. lines.Select(line => new SaleLine { Sku = line.Sku, Quantity = line.Quantity })],
        Status = status,
    };

    private static IReadOnlyList<SaleLine> Lines(params (string Sku, long Quantity)[] lines) =>
        [.. lines.Select(line => new SaleLine { Sku = line.Sku, Quantity = line.Quantity })];

    private static SaleImported Imported(string externalId, (string Sku, long Quantity)[] lines, (string Sku, long Quantity)[] pending) => new()
    {
        Channel = "Web",
        ExternalId = externalId,
        Lines = Lines(lines),
        PendingLines = Lines(pending),
        Status = SaleStatus.Open,
        Priority = SalePriority.Normal,
        OrderedAtUnixMs = Now,
    };

    [Fact]
    public void R_6_1_the_first_sync_imports_the_sale_with_its_channel_and_skus_as_recorded()
    {
        var decision = OrderWorld.Given(Added("SKU-100", "A-01", 10))
            .When(new SyncSale
            {
                Channel = "web",
                ExternalId = " #1001 ",
                Lines = [new SaleLine { Sku = "sku-100", Quantity = 3 }],
                Status = SaleStatus.AwaitingPayment,
                Priority = SalePriority.High,
                OrderedAtUnixMs = Now - 60_000,
            })
            .Then(new SaleImported
            {
                Channel = "Web",
                ExternalId = "#1001",
                Lines = Lines(("SKU-100", 3)),
                PendingLines = Lines(("SKU-100", 3)),
                Status = SaleStatus.AwaitingPayment,
                Priority = SalePriority.High,
                OrderedAtUnixMs = Now - 60_000,
            });

        Assert.Equal("sale/web/#1001", decision.Stream);
    }

    [Fact]
    public void R_6_1_a_repeated_sync_with_the_same_lines_and_status_changes_nothing() =>
        OrderWorld.Given(After(Sync("1001", ("SKU-100", 3))))
            .When(SyncOn("WEB", "1001", SaleStatus.Open, ("sku-100", 3)))
            .ThenNothingChanges();

    [Fact]
    public void R_6_1_a_later_sync_records_what_changed_lines_then_status() =>
        OrderWorld.Given(After(Sync("1001", ("SKU-100", 3))))
            .When(SyncOn("Web", "1001", SaleStatus.OnHold, ("SKU-100", 2), ("MUG", 1)))
            .Then(
                new SaleLinesChanged { Channel = "Web", ExternalId = "1001", Lines = Lines(("SKU-100", 2), ("MUG", 1)), PendingLines = Lines(("MUG", 1), ("SKU-100", 2)) },
                new SaleStatusChanged { Channel = "Web", ExternalId = "1001", Status = SaleStatus.OnHold, PreviousStatus = SaleStatus.Open });

    [Fact]
    public void R_6_1_the_same_external_id_on_another_channel_is_another_sale() =>
        OrderWorld.Given(After(Sync("1001", ("SKU-100", 3))))
            .When(SyncOn("Shop", "1001", SaleStatus.Open, ("SKU-100", 3)))
            .Then(new SaleImported
            {
                Channel = "Shop",
                ExternalId = "1001",
                Lines = Lines(("SKU-100", 3)),
                PendingLines = Lines(("SKU-100", 3)),
                OrderedAtUnixMs = Now,
            });

    [Fact]
    public void R_6_1_a_sale_from_an_inactive_channel_is_refused() =>
        OrderWorld.Given(new ReferenceDeactivated { Kind = ReferenceKind.Channel, Name = "Web" })
            .When(Sync("1001", ("SKU-100", 1)))
            .ThenRefused(new InactiveReference(ReferenceKind.Channel, "Web"));

    [Fact]
    public void R_6_1_an_external_id_of_65_characters_is_refused_and_one_never_seen_is_unknown()
    {
        OrderWorld.Given().When(Sync(new string('9', 65), ("SKU-100", 1))).ThenRefused(new InvalidExternalId("Web", new string('9', 65), 64));
        OrderWorld.Given().When(new CancelSale { Channel = "Web", ExternalId = "404" }).ThenRefused(new UnknownSale("Web", "404"));
    }

    /// <summary>U+001F joins channel and external id in a sale's key: an id holding it could name another channel's sale.</summary>
    [Fact]
    public void R_6_1_an_external_id_holding_a_control_character_is_refused() =>
        OrderWorld.Given().When(Sync("1001\u001fweb", ("SKU-100", 1))).ThenRefused(new InvalidExternalId("Web", "1001\u001fweb", 64));

    [Fact]
    public void R_6_1_a_sale_first_seen_cancelled_records_nothing() =>
        OrderWorld.Given()
            .When(SyncOn("Web", "1001", SaleStatus.Cancelled, ("SKU-100", 1)))
            .ThenNothingChanges();

    [Fact]
    public void R_6_2_an_unknown_product_a_duplicate_line_and_zero_units_are_refused()
    {
        OrderWorld.Given().When(Sync("1", ("NOPE", 1))).ThenRefused(new UnknownProduct("NOPE"));
        OrderWorld.Given(new AlternateSkuAdded { Sku = "SKU-100", AlternateSku = "EAN-1" }).When(Sync("1", ("SKU-100", 1), ("ean-1", 1))).ThenRefused(new DuplicateSaleLine("Web", "1", "SKU-100"));
        OrderWorld.Given().When(Sync("1", ("SKU-100", 0))).ThenRefused(new InvalidSaleQuantity("Web", "1", "SKU-100", 0, 1_000_000));
    }

    [Fact]
    public void R_6_2_a_line_takes_a_million_units_and_not_one_more()
    {
        OrderWorld.Given().When(Sync("1", ("SKU-100", 1_000_000))).Then(Imported("1", [("SKU-100", 1_000_000)], [("SKU-100", 1_000_000)]));
        OrderWorld.Given().When(Sync("1", ("SKU-100", 1_000_001))).ThenRefused(new InvalidSaleQuantity("Web", "1", "SKU-100", 1_000_001, 1_000_000));
    }

    [Fact]
    public void R_6_2_a_sale_without_lines_is_refused() =>
        OrderWorld.Given().When(Sync("1")).ThenRefused(new SaleLineCountInvalid("Web", "1", 0, 100));

    [Fact]
    public void R_6_3_a_kit_line_reserves_its_components_when_no_kit_is_assembled() =>
        OrderWorld.Given(Added("MUG", "A-01", 10), Added("TEA", "A-01", 10))
            .When(Sync("1", ("GIFT-BOX", 3)))
            .Then(Imported("1", [("GIFT-BOX", 3)], [("MUG", 6), ("TEA", 3)]));

    [Fact]
    public void R_6_3_assembled_kits_serve_first_and_only_the_rest_reserves_components() =>
        OrderWorld.Given(Added("GIFT-BOX", "A-01", 2))
            .When(Sync("1", ("GIFT-BOX", 3), ("MUG", 1)))
            .Then(Imported("1", [("GIFT-BOX", 3), ("MUG", 1)], [("GIFT-BOX", 2), ("MUG", 3), ("TEA", 1)]));

    [Fact]
    public void R_6_3_a_kit_inside_a_kit_expands_down_to_its_components() =>
        OrderWorld.Given(Product("HAMPER"), new KitCreated { Sku = "HAMPER", Lines = [new KitLine { Sku = "GIFT-BOX", Quantity = 2 }, new KitLine { Sku = "SKU-100", Quantity = 1 }] })
            .When(Sync("1", ("HAMPER", 1)))
            .Then(Imported("1", [("HAMPER", 1)], [("MUG", 4), ("SKU-100", 1), ("TEA", 2)]));

    [Fact]
    public void R_6_3_kits_expanding_beyond_a_trillion_units_of_a_component_are_refused() =>
        OrderWorld.Given(
                Product("CRATE"), new KitCreated { Sku = "CRATE", Lines = [new KitLine { Sku = "MUG", Quantity = 10_000 }] },
                Product("PALLET"), new KitCreated { Sku = "PALLET", Lines = [new KitLine { Sku = "CRATE", Quantity = 10_000 }] })
            .When(Sync("1", ("PALLET", 1_000_000)))
            .ThenRefused(new InvalidSaleQuantity("Web", "1", "MUG", StockLimits.MaxQuantity + 1, StockLimits.MaxQuantity));

    [Fact]
    public void R_6_4_pending_units_reduce_available_and_stay_on_hand()
    {
        var state = OrderWorld.State(After([Added("SKU-100", "A-01", 10)], Sync("1", ("SKU-100", 4))));

        var figures = StockFigures.Of(state, "SKU-100");

        Assert.Equal((10, 4, 6, 0), (figures.OnHand, figures.Pending, figures.Available, figures.Oversold));
    }

    [Fact]
    public void R_6_4_a_sale_short_of_stock_is_accepted_and_shows_as_oversold()
    {
        var history = After([Added("SKU-100", "A-01", 2)], Sync("1", ("SKU-100", 5)));

        var figures = StockFigures.Of(OrderWorld.State(history), "SKU-100");

        Assert.IsType<SaleImported>(Assert.Single(history, e => e is SaleImported));
        Assert.Equal((0, 5, 3), (figures.Available, figures.Pending, figures.Oversold));
    }

    [Fact]
    public void R_6_4_a_sale_taking_exactly_the_last_unit_leaves_nothing_available_and_nothing_oversold()
    {
        var figures = StockFigures.Of(OrderWorld.State(After([Added("SKU-100", "A-01", 5)], Sync("1", ("SKU-100", 5)))), "SKU-100");

        Assert.Equal((0, 0), (figures.Available, figures.Oversold));
    }

    [Fact]
    public void R_6_4_changed_lines_replace_the_pending_units()
    {
        var state = OrderWorld.State(After(Sync("1", ("SKU-100", 4), ("MUG", 2)), Sync("1", ("SKU-100", 1))));

        Assert.Equal((1, 0), (StockFigures.Of(state, "SKU-100").Pending, StockFigures.Of(state, "MUG").Pending));
    }

    [Fact]
    public void R_6_5_lines_are_fixed_once_a_unit_is_picked()
    {
        var state = SaleFulfilment.Picked(OrderWorld.State(After(Sync("1", ("SKU-100", 4)))), "Web", "1", "SKU-100", 1);

        var decision = InventoryDecider.Decide(Sync("1", ("SKU-100", 3)), state, new DecisionContext(Now, new DeterministicIds(1)));

        Assert.Equal(new SalePickingStarted("Web", "1", "SKU-100", 1), decision.Refusal);
    }

    [Fact]
    public void R_6_5_a_cancelled_sale_is_final_but_repeating_its_cancellation_changes_nothing()
    {
        var cancelled = After(Sync("1", ("SKU-100", 4)), new CancelSale { Channel = "Web", ExternalId = "1" });

        OrderWorld.Given(cancelled).When(Sync("1", ("SKU-100", 4))).ThenRefused(new SaleIsCancelled("Web", "1"));
        OrderWorld.Given(cancelled).When(new UpdateSaleStatus { Channel = "Web", ExternalId = "1", Status = SaleStatus.Open }).ThenRefused(new SaleIsCancelled("Web", "1"));
        OrderWorld.Given(cancelled).When(SyncOn("Web", "1", SaleStatus.Cancelled, ("SKU-100", 4))).ThenNothingChanges();
        OrderWorld.Given(cancelled).When(new CancelSale { Channel = "web", ExternalId = "1" }).ThenNothingChanges();
    }

    [Fact]
    public void R_6_5_updating_the_status_records_the_change_and_the_same_status_nothing()
    {
        var history = After(Sync("1", ("SKU-100", 4)));

        OrderWorld.Given(history).When(new UpdateSaleStatus { Channel = "Web", ExternalId = "1", Status = SaleStatus.OnHold })
            .Then(new SaleStatusChanged { Channel = "Web", ExternalId = "1", Status = SaleStatus.OnHold, PreviousStatus = SaleStatus.Open });
        OrderWorld.Given(history).When(new UpdateSaleStatus { Channel = "Web", ExternalId = "1", Status = SaleStatus.Open }).ThenNothingChanges();
    }

    [Fact]
    public void R_6_6_cancelling_releases_the_pending_units()
    {
        var history = After([Added("SKU-100", "A-01", 10)], Sync("1", ("SKU-100", 4)));

        var decision = OrderWorld.Given(history)
            .When(new CancelSale { Channel = "Web", ExternalId = "1" })
            .Then(new SaleCancelled { Channel = "Web", ExternalId = "1", Released = Lines(("SKU-100", 4)), ToUnpick = [], CancelledAtUnixMs = Now });

        var figures = StockFigures.Of(OrderWorld.State([.. history, .. decision.Events]), "SKU-100");
        Assert.Equal((0, 10), (figures.Pending, figures.Available));
    }

    [Fact]
    public void R_6_6_the_channel_cancelling_through_a_sync_or_a_status_update_cancels_too()
    {
        var history = After(Sync("1", ("SKU-100", 4)));
        var cancelled = new SaleCancelled { Channel = "Web", ExternalId = "1", Released = Lines(("SKU-100", 4)), ToUnpick = [], CancelledAtUnixMs = Now };

        OrderWorld.Given(history).When(SyncOn("Web", "1", SaleStatus.Cancelled, ("SKU-100", 9))).Then(cancelled);
        OrderWorld.Given(history).When(new UpdateSaleStatus { Channel = "Web", ExternalId = "1", Status = SaleStatus.Cancelled }).Then(cancelled);
    }

    [Fact]
    public void R_6_6_cancelling_a_partly_picked_sale_lists_the_picked_units_to_unpick_and_unpicking_them_does_not_make_them_pending()
    {
        var state = SaleFulfilment.Picked(OrderWorld.State(After(Sync("1", ("SKU-100", 4)))), "Web", "1", "SKU-100", 3);
        var context = new DecisionContext(Now, new DeterministicIds(1));

        var decision = InventoryDecider.Decide(new CancelSale { Channel = "Web", ExternalId = "1" }, state, context);
        var cancelled = InventoryDecider.Replay(decision.Events, state);
        var unpicked = SaleFulfilment.Unpicked(cancelled, "Web", "1", "SKU-100", 3);

        var @event = Assert.IsType<SaleCancelled>(Assert.Single(decision.Events));
        Assert.Equivalent(Lines(("SKU-100", 1)), @event.Released, strict: true);
        Assert.Equivalent(Lines(("SKU-100", 3)), @event.ToUnpick, strict: true);
        Assert.Equal(0, StockFigures.Of(unpicked, "SKU-100").Pending);
        Assert.Equal(0, unpicked.Sales.Find("Web", "1")!.Reserved["SKU-100"].Picked);
    }

    [Fact]
    public void R_6_6_unpicking_for_an_open_sale_makes_the_units_pending_again()
    {
        var state = OrderWorld.State(After(Sync("1", ("SKU-100", 4))));

        var picked = SaleFulfilment.Picked(state, "Web", "1", "SKU-100", 4);
        var unpicked = SaleFulfilment.Unpicked(picked, "Web", "1", "SKU-100", 1);

        Assert.Equal((0, 1), (StockFigures.Of(picked, "SKU-100").Pending, StockFigures.Of(unpicked, "SKU-100").Pending));
        Assert.Equal(1, SaleFulfilment.RemainingToPick(unpicked.Sales.Find("Web", "1")!, "SKU-100"));
        Assert.Throws<InvariantViolationException>(() => SaleFulfilment.Picked(unpicked, "Web", "1", "SKU-100", 2));
    }
}
