using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Holds;
using Specs.Inventory.Contracts.Commands.Sales;
using Specs.Inventory.Contracts.Events.Holds;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Holds;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Sales;
using Specs.Inventory.Domain.Stock;
using Specs.Inventory.Ports;
using static Specs.Inventory.Tests.Domain.OrderWorld;
using static Specs.Inventory.Tests.Domain.StockWorld;

namespace Specs.Inventory.Tests.Domain.Holds;

public sealed class HoldRulesTests
{
    private const long Now = DeciderSpec.DefaultNowUnixMs;
    private const long Day = 86_400_000;

    private static CreateHold Hold(string holdId, string sku, long quantity, long? expiresAtUnixMs = null) =>
        new() { HoldId = holdId, Sku = sku, Quantity = quantity, ExpiresAtUnixMs = expiresAtUnixMs };

    private static SyncSale Sale(string externalId, long orderedAt, SalePriority priority, params (string Sku, long Quantity)[] lines) => new()
    {
        Channel = "Web",
        ExternalId = externalId,
        Lines = [.. lines.Select(line => new SaleLine { Sku = line.Sku, Quantity = line.Quantity })],
        Priority = priority,
        OrderedAtUnixMs = orderedAt,
    };

    private static AllocateSale Allocate(string externalId) => new() { Channel = "Web", ExternalId = externalId };

    [Fact]
    public void R_7_1_a_hold_takes_units_from_available_into_held()
    {
        var history = new IEventContract[] { Added("SKU-100", "A-01", 10) };

        var decision = OrderWorld.Given(history)
            .When(new CreateHold { HoldId = " H-1 ", Sku = "sku-100", Quantity = 4, ExpiresAtUnixMs = Now + Day, Note = " For Ana " })
            .Then(new HoldCreated { HoldId = "H-1", Sku = "SKU-100", Quantity = 4, ExpiresAtUnixMs = Now + Day, Note = "For Ana", CreatedAtUnixMs = Now });

        var figures = StockFigures.Of(OrderWorld.State([.. history, .. decision.Events]), "SKU-100");
        Assert.Equal("hold/h-1", decision.Stream);
        Assert.Equal((10, 4, 6), (figures.OnHand, figures.Held, figures.Available));
    }

    [Fact]
    public void R_7_1_a_hold_may_take_exactly_what_is_available_and_not_one_more()
    {
        var history = After([Added("SKU-100", "A-01", 10)], Sale("1", Now, SalePriority.Normal, ("SKU-100", 3)));

        OrderWorld.Given(history).When(Hold("H-1", "SKU-100", 7)).Then(new HoldCreated { HoldId = "H-1", Sku = "SKU-100", Quantity = 7, CreatedAtUnixMs = Now });
        OrderWorld.Given(history).When(Hold("H-1", "SKU-100", 8)).ThenRefused(new HoldExceedsAvailable("H-1", "SKU-100", 8, 7));
    }

    [Fact]
    public void R_7_1_stock_in_a_non_sellable_location_can_not_be_held() =>
        OrderWorld.Given(Added("SKU-100", "RCV", 10))
            .When(Hold("H-1", "SKU-100", 1))
            .ThenRefused(new HoldExceedsAvailable("H-1", "SKU-100", 1, 0));

    [Fact]
    public void R_7_1_a_hold_id_is_never_reused_and_its_quantity_is_bounded()
    {
        var history = After([Added("SKU-100", "A-01", 10)], Hold("H-1", "SKU-100", 1), new ReleaseHold { HoldId = "H-1" });

        OrderWorld.Given(history).When(Hold("h-1", "SKU-100", 1)).ThenRefused(new HoldAlreadyExists("h-1", "H-1"));
        OrderWorld.Given(history).When(Hold("H-2", "SKU-100", 0)).ThenRefused(new InvalidQuantity("SKU-100", 0, 1, StockLimits.MaxQuantity));
        OrderWorld.Given(history).When(Hold(new string('H', 65), "SKU-100", 1)).ThenRefused(new InvalidHoldId(new string('H', 65), 64));
    }

    [Fact]
    public void R_7_2_releasing_a_hold_gives_its_units_back_once()
    {
        var history = After([Added("SKU-100", "A-01", 10)], Hold("H-1", "SKU-100", 4));

        var decision = OrderWorld.Given(history).At(Now + 5)
            .When(new ReleaseHold { HoldId = "h-1" })
            .Then(new HoldReleased { HoldId = "H-1", Sku = "SKU-100", Quantity = 4, ReleasedAtUnixMs = Now + 5 });

        IEventContract[] released = [.. history, .. decision.Events];
        Assert.Equal((0, 10), (StockFigures.Of(OrderWorld.State(released), "SKU-100").Held, StockFigures.Of(OrderWorld.State(released), "SKU-100").Available));
        OrderWorld.Given(released).When(new ReleaseHold { HoldId = "H-1" }).ThenNothingChanges();
    }

    [Fact]
    public void R_7_2_releasing_an_unknown_hold_is_refused() =>
        OrderWorld.Given().When(new ReleaseHold { HoldId = "H-9" }).ThenRefused(new UnknownHold("H-9"));

    [Fact]
    public void R_7_3_a_hold_expires_when_the_clock_reaches_its_expiry_and_only_once()
    {
        var state = OrderWorld.State(After([Added("SKU-100", "A-01", 10)], Hold("H-LATE", "SKU-100", 1, Now + (2 * Day)), Hold("H-1", "SKU-100", 4, Now + Day), Hold("H-FOREVER", "SKU-100", 2)));

        Assert.Empty(HoldExpiry.Due(state, Now + Day - 1));
        var due = HoldExpiry.Due(state, Now + Day);
        var after = InventoryDecider.Replay(due.SelectMany(decision => decision.Events), state);

        var decision = Assert.Single(due);
        Assert.Equal("hold/h-1", decision.Stream);
        Assert.Equivalent(new HoldExpired { HoldId = "H-1", Sku = "SKU-100", Quantity = 4, ExpiredAtUnixMs = Now + Day }, Assert.Single(decision.Events), strict: true);
        Assert.Empty(HoldExpiry.Due(after, Now + Day));
        Assert.Equal(Now + (2 * Day), HoldExpiry.NextDueUnixMs(after));
        Assert.Equal(3, StockFigures.Of(after, "SKU-100").Held);
        Assert.Contains(InventoryDecider.TimerRules, rule => rule.RuleId == HoldRules.HoldsExpireByTime);
    }

    [Fact]
    public void R_7_3_a_released_hold_never_expires_and_an_expired_one_is_not_released()
    {
        var history = After([Added("SKU-100", "A-01", 10)], Hold("H-1", "SKU-100", 4, Now + Day), new ReleaseHold { HoldId = "H-1" });
        Assert.Empty(HoldExpiry.Due(OrderWorld.State(history), Now + Day));

        IEventContract[] expired = [.. After([Added("SKU-100", "A-01", 10)], Hold("H-2", "SKU-100", 4, Now + Day)), new HoldExpired { HoldId = "H-2", Sku = "SKU-100", Quantity = 4, ExpiredAtUnixMs = Now + Day }];
        OrderWorld.Given(expired).When(new ReleaseHold { HoldId = "H-2" }).ThenNothingChanges();
        Assert.Equal(0, StockFigures.Of(OrderWorld.State(expired), "SKU-100").Held);
    }

    [Fact]
    public void R_7_3_an_expiry_at_or_before_the_clock_is_refused() =>
        OrderWorld.Given(Added("SKU-100", "A-01", 10))
            .When(Hold("H-1", "SKU-100", 1, Now))
            .ThenRefused(new HoldExpiryNotInFuture("H-1", Now, Now));

    [Fact]
    public void R_7_4_a_sale_is_allocated_its_units_still_to_pick()
    {
        var history = After([Added("SKU-100", "A-01", 10)], Sale("1", Now, SalePriority.Normal, ("SKU-100", 4)));

        var decision = OrderWorld.Given(history)
            .When(Allocate("1"))
            .Then(new SaleAllocated { Channel = "Web", ExternalId = "1", Lines = [new SaleLine { Sku = "SKU-100", Quantity = 4 }], AllocatedAtUnixMs = Now });

        var state = OrderWorld.State([.. history, .. decision.Events]);
        Assert.Equal("sale/web/1", decision.Stream);
        Assert.True(state.Sales.Find("Web", "1")!.Allocated);
        Assert.Equal(6, StockFigures.Of(state, "SKU-100").Available); // allocation is part of Pending: Available does not move
        OrderWorld.Given([.. history, .. decision.Events]).When(Allocate("1")).ThenNothingChanges();
    }

    [Fact]
    public void R_7_4_an_older_sale_of_the_same_priority_comes_first()
    {
        var history = After([Added("SKU-100", "A-01", 5)], Sale("NEW", Now, SalePriority.Normal, ("SKU-100", 3)), Sale("OLD", Now - Day, SalePriority.Normal, ("SKU-100", 3)));

        OrderWorld.Given(history).When(Allocate("NEW")).ThenRefused(new AllocationShort("Web", "NEW", "SKU-100", 3, 2, 3));
        Assert.Single(After(history, Allocate("OLD")), e => e is SaleAllocated);
    }

    [Fact]
    public void R_7_4_a_higher_priority_comes_before_an_older_sale()
    {
        var history = After([Added("SKU-100", "A-01", 5)], Sale("OLD", Now - Day, SalePriority.Normal, ("SKU-100", 3)), Sale("RUSH", Now, SalePriority.Urgent, ("SKU-100", 3)));

        OrderWorld.Given(history).When(Allocate("OLD")).ThenRefused(new AllocationShort("Web", "OLD", "SKU-100", 3, 2, 3));
        var rushed = After(history, Allocate("RUSH"));
        OrderWorld.Given(rushed).When(Allocate("OLD")).ThenRefused(new AllocationShort("Web", "OLD", "SKU-100", 3, 2, 0));
    }

    [Fact]
    public void R_7_4_a_sale_behind_others_is_allocated_when_exactly_enough_is_left_for_it()
    {
        var history = After([Added("SKU-100", "A-01", 6)], Sale("OLD", Now - Day, SalePriority.Normal, ("SKU-100", 3)), Sale("NEW", Now, SalePriority.Normal, ("SKU-100", 3)));

        Assert.Single(After(history, Allocate("NEW")), e => e is SaleAllocated);
    }

    [Fact]
    public void R_7_4_holds_and_unsellable_stock_are_not_allocated()
    {
        var history = After([Added("SKU-100", "A-01", 4), Added("SKU-100", "RCV", 10)], Hold("H-1", "SKU-100", 2), Sale("1", Now, SalePriority.Normal, ("SKU-100", 3)));

        OrderWorld.Given(history).When(Allocate("1")).ThenRefused(new AllocationShort("Web", "1", "SKU-100", 3, 2, 0));
    }

    [Fact]
    public void R_7_4_a_cancelled_sale_is_not_allocated_and_cancelling_an_allocated_one_frees_its_stock_for_others()
    {
        var history = After([Added("SKU-100", "A-01", 3)], Sale("A", Now - Day, SalePriority.Normal, ("SKU-100", 3)), Sale("B", Now, SalePriority.Normal, ("SKU-100", 3)), Allocate("A"), new CancelSale { Channel = "Web", ExternalId = "A" });

        OrderWorld.Given(history).When(Allocate("A")).ThenRefused(new SaleIsCancelled("Web", "A"));
        Assert.Equal("B", Assert.IsType<SaleAllocated>(After(history, Allocate("B"))[^1]).ExternalId);
    }

    [Fact]
    public void R_7_4_picked_units_are_not_allocated_again()
    {
        var state = SaleFulfilment.Picked(OrderWorld.State(After([Added("SKU-100", "A-01", 10)], Sale("1", Now, SalePriority.Normal, ("SKU-100", 4)))), "Web", "1", "SKU-100", 3);

        var decision = InventoryDecider.Decide(Allocate("1"), state, new DecisionContext(Now, new DeterministicIds(1)));

        Assert.Equal(1, Assert.Single(Assert.IsType<SaleAllocated>(Assert.Single(decision.Events)).Lines).Quantity);
    }

    [Fact]
    public void R_7_5_deallocating_keeps_the_units_pending_and_deallocating_again_changes_nothing()
    {
        var history = After([Added("SKU-100", "A-01", 10)], Sale("1", Now, SalePriority.Normal, ("SKU-100", 4)), Allocate("1"));

        var decision = OrderWorld.Given(history)
            .When(new DeallocateSale { Channel = "Web", ExternalId = "1" })
            .Then(new SaleDeallocated { Channel = "Web", ExternalId = "1", DeallocatedAtUnixMs = Now });

        var state = OrderWorld.State([.. history, .. decision.Events]);
        Assert.False(state.Sales.Find("Web", "1")!.Allocated);
        Assert.Equal(4, StockFigures.Of(state, "SKU-100").Pending);
        OrderWorld.Given([.. history, .. decision.Events]).When(new DeallocateSale { Channel = "Web", ExternalId = "1" }).ThenNothingChanges();
    }

    [Fact]
    public void R_7_5_changing_a_sales_lines_drops_its_allocation() =>
        Assert.False(OrderWorld.State(After([Added("SKU-100", "A-01", 10)], Sale("1", Now, SalePriority.Normal, ("SKU-100", 4)), Allocate("1"), Sale("1", Now, SalePriority.Normal, ("SKU-100", 2))))
            .Sales.Find("Web", "1")!.Allocated);

    [Fact]
    public void R_7_5_deallocating_an_unknown_sale_is_refused() =>
        OrderWorld.Given().When(new DeallocateSale { Channel = "Web", ExternalId = "9" }).ThenRefused(new UnknownSale("Web", "9"));
}
