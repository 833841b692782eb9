using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Kits;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Kits;
using Specs.Inventory.Contracts.Events.Locations;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Kits;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.Stock;
using static Specs.Inventory.Tests.Domain.StockWorld;

namespace Specs.Inventory.Tests.Domain.Kits;

public sealed class KitRulesTests
{
    /// <summary>A gift box of 2 mugs and 1 tea, on top of the basics.</summary>
    private static IEventContract[] GiftBox(params IEventContract[] more) =>
    [
        Product("MUG"),
        Product("TEA"),
        Product("GIFT-BOX"),
        new KitCreated { Sku = "GIFT-BOX", Lines = [Line("MUG", 2), Line("TEA", 1)] },
        .. more,
    ];

    private static KitLine Line(string sku, long quantity) => new() { Sku = sku, Quantity = quantity };

    [Fact]
    public void R_2_1_a_kit_is_defined_on_a_product_naming_its_components_by_sku()
    {
        var decision = StockWorld.Given(Product("MUG"), Product("TEA"), Product("GIFT-BOX"), new AlternateSkuAdded { Sku = "TEA", AlternateSku = "T-1" })
            .When(new CreateKit { Sku = "gift-box", Lines = [Line("mug", 2), Line("t-1", 1)] })
            .Then(new KitCreated { Sku = "GIFT-BOX", Lines = [Line("MUG", 2), Line("TEA", 1)] });

        Assert.Equal("product/gift-box", decision.Stream);
    }

    [Fact]
    public void R_2_1_a_product_that_is_already_a_kit_is_refused() =>
        StockWorld.Given(GiftBox())
            .When(new CreateKit { Sku = "GIFT-BOX", Lines = [Line("MUG", 1)] })
            .ThenRefused(new KitAlreadyDefined("GIFT-BOX"));

    [Fact]
    public void R_2_1_a_kit_needs_an_existing_product() =>
        StockWorld.Given(Product("MUG"))
            .When(new CreateKit { Sku = "BOX", Lines = [Line("MUG", 1)] })
            .ThenRefused(new UnknownProduct("BOX"));

    [Fact]
    public void R_2_1_changing_the_lines_of_a_product_that_is_not_a_kit_is_refused() =>
        StockWorld.Given(Product("MUG"))
            .When(new UpdateKitLines { Sku = "SKU-100", Lines = [Line("MUG", 1)] })
            .ThenRefused(new UnknownKit("SKU-100"));

    [Fact]
    public void R_2_2_a_kit_without_lines_is_refused() =>
        StockWorld.Given(Product("BOX"))
            .When(new CreateKit { Sku = "BOX", Lines = [] })
            .ThenRefused(new KitLineCountInvalid("BOX", 0, 100));

    [Fact]
    public void R_2_2_a_kit_of_101_lines_is_refused() =>
        StockWorld.Given(Product("BOX"))
            .When(new CreateKit { Sku = "BOX", Lines = [.. Enumerable.Range(0, 101).Select(i => Line($"C-{i}", 1))] })
            .ThenRefused(new KitLineCountInvalid("BOX", 101, 100));

    [Fact]
    public void R_2_2_a_component_named_twice_even_by_its_alternate_is_refused() =>
        StockWorld.Given(Product("BOX"), Product("MUG"), new AlternateSkuAdded { Sku = "MUG", AlternateSku = "M" })
            .When(new CreateKit { Sku = "BOX", Lines = [Line("MUG", 1), Line("m", 1)] })
            .ThenRefused(new DuplicateComponent("BOX", "MUG"));

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public void R_2_2_units_per_kit_outside_1_to_10000_are_refused(long quantity) =>
        StockWorld.Given(Product("BOX"), Product("MUG"))
            .When(new CreateKit { Sku = "BOX", Lines = [Line("MUG", quantity)] })
            .ThenRefused(new InvalidComponentQuantity("BOX", "MUG", quantity, 10_000));

    [Fact]
    public void R_2_2_ten_thousand_units_of_a_component_per_kit_are_accepted() =>
        StockWorld.Given(Product("BOX"), Product("MUG"))
            .When(new CreateKit { Sku = "BOX", Lines = [Line("MUG", 10_000)] })
            .Then(new KitCreated { Sku = "BOX", Lines = [Line("MUG", 10_000)] });

    [Fact]
    public void R_2_3_a_component_that_is_not_a_product_is_refused() =>
        StockWorld.Given(Product("BOX"))
            .When(new CreateKit { Sku = "BOX", Lines = [Line("NOPE", 1)] })
            .ThenRefused(new UnknownComponent("BOX", "NOPE"));

    [Fact]
    public void R_2_3_an_inactive_component_is_refused() =>
        StockWorld.Given(Product("BOX"), Product("MUG"), new ProductDeactivated { Sku = "MUG" })
            .When(new CreateKit { Sku = "BOX", Lines = [Line("MUG", 1)] })
            .ThenRefused(new InactiveComponent("BOX", "MUG"));

    [Fact]
    public void R_2_3_a_kit_can_not_contain_itself() =>
        StockWorld.Given(Product("BOX"))
            .When(new CreateKit { Sku = "BOX", Lines = [Line("box", 1)] })
            .ThenRefused(new KitContainsItself("BOX", "BOX > BOX"));

    [Fact]
    public void R_2_3_a_kit_can_not_contain_itself_through_other_kits() =>
        StockWorld.Given(
                Product("A"), Product("B"), Product("C"), Product("MUG"),
                new KitCreated { Sku = "B", Lines = [Line("C", 1)] },
                new KitCreated { Sku = "C", Lines = [Line("A", 1), Line("MUG", 1)] },
                new KitCreated { Sku = "A", Lines = [Line("MUG", 1)] })
            .When(new UpdateKitLines { Sku = "A", Lines = [Line("MUG", 1), Line("B", 2)] })
            .ThenRefused(new KitContainsItself("A", "A > B > C > A"));

    [Fact]
    public void R_2_3_a_kit_may_contain_another_kit() =>
        StockWorld.Given(GiftBox(Product("HAMPER")))
            .When(new CreateKit { Sku = "HAMPER", Lines = [Line("GIFT-BOX", 2), Line("MUG", 1)] })
            .Then(new KitCreated { Sku = "HAMPER", Lines = [Line("GIFT-BOX", 2), Line("MUG", 1)] });

    [Fact]
    public void R_2_4_a_kits_lines_are_replaced() =>
        StockWorld.Given(GiftBox())
            .When(new UpdateKitLines { Sku = "GIFT-BOX", Lines = [Line("MUG", 1)] })
            .Then(new KitLinesChanged { Sku = "GIFT-BOX", Lines = [Line("MUG", 1)] });

    [Fact]
    public void R_2_4_the_same_lines_in_another_order_change_nothing() =>
        StockWorld.Given(GiftBox())
            .When(new UpdateKitLines { Sku = "GIFT-BOX", Lines = [Line("TEA", 1), Line("MUG", 2)] })
            .ThenNothingChanges();

    [Fact]
    public void R_2_4_lines_can_not_change_while_one_assembled_kit_is_in_stock() =>
        StockWorld.Given(GiftBox(Added("GIFT-BOX", "A-01", 1)))
            .When(new UpdateKitLines { Sku = "GIFT-BOX", Lines = [Line("MUG", 1)] })
            .ThenRefused(new KitHasStock("GIFT-BOX", 1));

    [Fact]
    public void R_2_5_assembly_consumes_the_components_in_the_bin_and_produces_kits_there() =>
        StockWorld.Given(GiftBox(Added("MUG", "A-01", 10), Added("TEA", "A-01", 10)))
            .When(new AssembleKit { Sku = "GIFT-BOX", Warehouse = "MAIN", Location = "A-01", Quantity = 3 })
            .Then(new KitAssembled { Sku = "GIFT-BOX", Warehouse = "MAIN", Location = "A-01", Quantity = 3, Components = [Line("MUG", 6), Line("TEA", 3)] });

    [Fact]
    public void R_2_5_assembly_with_exactly_enough_components_empties_the_bin_of_them()
    {
        var history = GiftBox(Added("MUG", "A-01", 4), Added("TEA", "A-01", 2));
        var decision = StockWorld.Given(history)
            .When(new AssembleKit { Sku = "GIFT-BOX", Warehouse = "MAIN", Location = "A-01", Quantity = 2 })
            .Then(new KitAssembled { Sku = "GIFT-BOX", Warehouse = "MAIN", Location = "A-01", Quantity = 2, Components = [Line("MUG", 4), Line("TEA", 2)] });

        var after = InventoryDecider.Replay(decision.Events, State(history));
        var bin = new LocationAddress("MAIN", "A-01");
        Assert.Equal(0, after.Stock.Of("MUG").OnHandAt(bin));
        Assert.Equal(0, after.Stock.Of("TEA").OnHandAt(bin));
        Assert.Equal(2, after.Stock.Of("GIFT-BOX").OnHandAt(bin));
        Assert.Equal(2, after.Stock.UnitsAt(bin));
    }

    [Fact]
    public void R_2_5_assembly_short_of_a_component_in_the_bin_is_refused_even_if_it_is_elsewhere() =>
        StockWorld.Given(GiftBox(Added("MUG", "A-01", 5), Added("MUG", "B-01", 50), Added("TEA", "A-01", 10)))
            .When(new AssembleKit { Sku = "GIFT-BOX", Warehouse = "MAIN", Location = "A-01", Quantity = 3 })
            .ThenRefused(new InsufficientStock("MUG", "MAIN", "A-01", null, 6, 5));

    [Fact]
    public void R_2_5_assembly_in_a_locked_bin_is_refused() =>
        StockWorld.Given(GiftBox(Added("MUG", "A-01", 10), Added("TEA", "A-01", 10), new LocationLocked { Warehouse = "MAIN", Location = "A-01" }))
            .When(new AssembleKit { Sku = "GIFT-BOX", Warehouse = "MAIN", Location = "A-01", Quantity = 1 })
            .ThenRefused(new LocationIsLocked("MAIN", "A-01"));

    [Fact]
    public void R_2_5_assembly_from_a_tracked_component_is_refused() =>
        StockWorld.Given(Product("BOX"), new KitCreated { Sku = "BOX", Lines = [Line("MILK", 1)] })
            .When(new AssembleKit { Sku = "BOX", Warehouse = "MAIN", Location = "A-01", Quantity = 1 })
            .ThenRefused(new TrackingMismatch("MILK", TrackingMode.Lot, TrackingMode.None, KitRules.AssemblyConsumesComponents));

    [Fact]
    public void R_2_6_disassembly_returns_the_components_to_the_bin() =>
        StockWorld.Given(GiftBox(Added("GIFT-BOX", "B-01", 4)))
            .When(new DisassembleKit { Sku = "GIFT-BOX", Warehouse = "MAIN", Location = "B-01", Quantity = 4 })
            .Then(new KitDisassembled { Sku = "GIFT-BOX", Warehouse = "MAIN", Location = "B-01", Quantity = 4, Components = [Line("MUG", 8), Line("TEA", 4)] });

    [Fact]
    public void R_2_6_disassembling_more_kits_than_the_bin_holds_is_refused() =>
        StockWorld.Given(GiftBox(Added("GIFT-BOX", "B-01", 4)))
            .When(new DisassembleKit { Sku = "GIFT-BOX", Warehouse = "MAIN", Location = "B-01", Quantity = 5 })
            .ThenRefused(new InsufficientStock("GIFT-BOX", "MAIN", "B-01", null, 5, 4));

    [Fact]
    public void R_2_6_assembling_then_disassembling_restores_every_bin()
    {
        var before = State(GiftBox(Added("MUG", "A-01", 7), Added("TEA", "A-01", 3)));
        var after = InventoryDecider.Replay(
            [
                new KitAssembled { Sku = "GIFT-BOX", Warehouse = "MAIN", Location = "A-01", Quantity = 3, Components = [Line("MUG", 6), Line("TEA", 3)] },
                new KitDisassembled { Sku = "GIFT-BOX", Warehouse = "MAIN", Location = "A-01", Quantity = 3, Components = [Line("MUG", 6), Line("TEA", 3)] },
            ],
            before);

        Assert.Equal(before.Stock.UnitsByLocation, after.Stock.UnitsByLocation);
        Assert.Equal(before.Stock.Of("MUG").Slots, after.Stock.Of("MUG").Slots);
        Assert.Empty(after.Stock.Of("GIFT-BOX").Slots);
    }

    [Fact]
    public void R_2_7_kit_availability_is_the_minimum_over_lines_of_component_available_divided_by_units_per_kit()
    {
        var state = State(GiftBox(Added("MUG", "A-01", 7), Added("TEA", "A-01", 10)));

        Assert.Equal(3, KitAvailability.Of(state, "GIFT-BOX"));
    }

    [Fact]
    public void R_2_7_a_kit_with_a_component_out_of_stock_has_none_available() =>
        Assert.Equal(0, KitAvailability.Of(State(GiftBox(Added("MUG", "A-01", 7))), "GIFT-BOX"));

    [Fact]
    public void R_2_7_assembled_kits_add_to_what_the_components_can_still_make_and_unsellable_stock_counts_for_neither()
    {
        var state = State(GiftBox(Added("MUG", "A-01", 4), Added("TEA", "A-01", 2), Added("MUG", "RCV", 100), Added("GIFT-BOX", "B-01", 5)));

        Assert.Equal(5 + 2, KitAvailability.Of(state, "GIFT-BOX"));
    }

    [Fact]
    public void R_2_7_a_kit_of_kits_counts_the_inner_kits_availability()
    {
        var state = State(GiftBox(
            Product("HAMPER"),
            new KitCreated { Sku = "HAMPER", Lines = [Line("GIFT-BOX", 2), Line("MUG", 1)] },
            Added("MUG", "A-01", 9),
            Added("TEA", "A-01", 9)));

        // Gift boxes: min(9 / 2, 9 / 1) = 4; hampers: min(4 / 2, 9 / 1) = 2 (mugs are counted for both, as channels see them).
        Assert.Equal(2, KitAvailability.Of(state, "HAMPER"));
    }
}
