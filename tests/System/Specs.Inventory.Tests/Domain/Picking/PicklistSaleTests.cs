using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Picking;
using Specs.Inventory.Contracts.Commands.Sales;
using Specs.Inventory.Contracts.Commands.Shipping;
using Specs.Inventory.Contracts.Events.Picking;
using Specs.Inventory.Contracts.Events.Sales;
using Specs.Inventory.Contracts.Events.Shipping;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Picking;
using SaleIds = Specs.Inventory.Domain.Sales.SaleIds;
using Specs.Inventory.Ports;
using static Specs.Inventory.Tests.Domain.Picking.PickingWorld;
using static Specs.Inventory.Tests.Domain.StockWorld;

namespace Specs.Inventory.Tests.Domain.Picking;

/// <summary>R-8.10 and the link between sales and picking: lines cite real, open sales, and picks move the sale's units.</summary>
public sealed class PicklistSaleTests
{
    private static readonly Guid FirstId = new DeterministicIds(seed: 1).NextId();

    [Fact]
    public void A_sale_id_is_derived_from_channel_and_external_id_ignoring_case_and_is_stable()
    {
        Assert.Equal(SaleIds.Of("Web", "S-1"), SaleIds.Of("WEB", "s-1"));
        Assert.NotEqual(SaleIds.Of("Web", "S-1"), SaleIds.Of("Web", "S-2"));
        Assert.NotEqual(SaleIds.Of("Web", "S-1"), SaleIds.Of("Shop", "S-1"));

        // Pinned: ids are part of what callers store, so the derivation may never change.
        Assert.Equal(Guid.Parse("749e3f7f-e494-8586-82ce-d1f8724fc0bd"), SaleIds.Of("Web", "S-1"));
        Assert.Equal(8, SaleIds.Of("Web", "S-1").Version);
        Assert.Equal(SaleIds.Of("Web", "S-1"), State(Sold("S-1", "SKU-100", 1)).Sales.Find("web", "s-1")!.Id);
    }

    [Fact]
    public void R_8_10_a_line_for_a_sale_that_was_never_imported_is_refused()
    {
        var unknown = SaleIds.Of(Channel, "S-404");
        Given(Sold("S-1", "SKU-100", 2))
            .When(new CreatePicklist { Warehouse = "MAIN", Lines = [Line("SKU-100", 1, unknown)] })
            .ThenRefused(new PicklistSaleUnknown(unknown));
    }

    [Fact]
    public void R_8_10_a_line_may_plan_exactly_what_the_sale_still_needs_beyond_open_picklists_and_no_unit_more()
    {
        var history = new IEventContract[] { Sold("S-1", "SKU-100", 5), Picklist(Line("SKU-100", 3, Sale)) };

        Given(history)
            .When(new CreatePicklist { Warehouse = "MAIN", Lines = [Line("SKU-100", 2, Sale)] })
            .Then(new PicklistCreated { PicklistId = FirstId, Warehouse = "MAIN", Lines = [Line("SKU-100", 2, Sale)] });
        Given(history)
            .When(new CreatePicklist { Warehouse = "MAIN", Lines = [Line("SKU-100", 3, Sale)] })
            .ThenRefused(new PicklistLineExceedsSale(Sale, Channel, "S-1", "SKU-100", 3, 2));
        Given(history)
            .When(new CreatePicklist { Warehouse = "MAIN", Lines = [Line("MILK", 1, Sale)] })
            .ThenRefused(new PicklistLineExceedsSale(Sale, Channel, "S-1", "MILK", 1, 0));
    }

    [Fact]
    public void R_8_10_a_completed_picklist_plans_nothing_more_so_shorted_units_can_go_on_a_new_picklist()
    {
        Given(Sold("S-1", "SKU-100", 3), Picklist(Line("SKU-100", 3, Sale)), new PickShorted { PicklistId = List, Sku = "SKU-100", SaleId = Sale, Quantity = 3 }, new PicklistCompleted { PicklistId = List })
            .When(new CreatePicklist { Warehouse = "MAIN", Lines = [Line("SKU-100", 3, Sale)] })
            .Then(new PicklistCreated { PicklistId = FirstId, Warehouse = "MAIN", Lines = [Line("SKU-100", 3, Sale)] });
    }

    [Fact]
    public void R_8_10_a_cancelled_sale_is_neither_planned_nor_picked()
    {
        var cancelled = new SaleCancelled { Channel = Channel, ExternalId = "S-1", Released = [new SaleLine { Sku = "SKU-100", Quantity = 2 }] };
        Given(Sold("S-1", "SKU-100", 2), cancelled)
            .When(new CreatePicklist { Warehouse = "MAIN", Lines = [Line("SKU-100", 1, Sale)] })
            .ThenRefused(new PicklistSaleCancelled(Sale, Channel, "S-1"));
        Given(Added("SKU-100", "A-01", 5), Sold("S-1", "SKU-100", 2), Picklist(Line("SKU-100", 2, Sale)), cancelled)
            .When(new PickItem { PicklistId = List, Sku = "SKU-100", Location = "A-01", Quantity = 1, SaleId = Sale })
            .ThenRefused(new PicklistSaleCancelled(Sale, Channel, "S-1"));
    }

    [Fact]
    public void A_pick_counts_on_the_sale_so_cancelling_it_lists_the_units_to_unpick_and_unpicking_them_restores_no_pending()
    {
        var state = State(Added("SKU-100", "A-01", 5), Sold("S-1", "SKU-100", 3), Picklist(Line("SKU-100", 3, Sale)));
        state = Apply(state, new PickItem { PicklistId = List, Sku = "SKU-100", Location = "A-01", Quantity = 2, SaleId = Sale });
        Assert.Equal(2, state.Sales.FindById(Sale)!.Reserved["SKU-100"].Picked);
        Assert.Equal(1, state.Stock.Of("SKU-100").Pending);

        var cancel = Assert.IsType<SaleCancelled>(Assert.Single(Decide(state, new CancelSale { Channel = Channel, ExternalId = "S-1" }).Events));
        Assert.Equal([("SKU-100", 1L)], cancel.Released.Select(line => (line.Sku, line.Quantity)));
        Assert.Equal([("SKU-100", 2L)], cancel.ToUnpick.Select(line => (line.Sku, line.Quantity)));
        state = InventoryDecider.Evolve(state, cancel);

        var unpicked = Assert.IsType<ItemUnpicked>(Assert.Single(Decide(state, new UnpickItem { PicklistId = List, Sku = "SKU-100", Location = "A-01", Quantity = 2, SaleId = Sale }).Events));
        Assert.Equal(0, unpicked.PendingRestored);
        state = InventoryDecider.Evolve(state, unpicked);
        var stock = state.Stock.Of("SKU-100");
        Assert.Equal((5L, 0L, 0L), (stock.OnHand, stock.Picked, stock.Pending));
        Assert.Equal(0, state.Sales.FindById(Sale)!.Reserved["SKU-100"].Picked);
    }

    private static InventoryState Apply(InventoryState state, ICommandContract command) =>
        Decide(state, command).Events.Aggregate(state, InventoryDecider.Evolve);
}
