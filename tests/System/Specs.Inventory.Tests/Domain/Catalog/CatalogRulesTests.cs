using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Ports;

namespace Specs.Inventory.Tests.Domain.Catalog;

public sealed class CatalogRulesTests
{
    private static readonly Guid FirstId = new DeterministicIds(seed: 1).NextId();

    [Fact]
    public void R_1_1_a_new_product_is_created_with_a_server_id_and_its_trimmed_codes_on_its_own_stream()
    {
        var decision = DeciderSpec.Given()
            .When(new CreateProduct { Sku = " SKU-100 ", Name = " Blue mug ", Tracking = TrackingMode.Lot, Description = "  " })
            .Then(new ProductCreated { ProductId = FirstId, Sku = "SKU-100", Name = "Blue mug", Tracking = TrackingMode.Lot, Description = null });

        Assert.Equal("product/sku-100", decision.Stream);
    }

    [Fact]
    public void R_1_1_a_sku_already_used_is_refused_whatever_its_case() =>
        StockWorld.Given()
            .When(new CreateProduct { Sku = "sku-100", Name = "Another mug" })
            .ThenRefused(new CodeAlreadyUsed("sku-100", "SKU-100", "SKU-100"));

    [Fact]
    public void R_1_2_a_sku_typed_with_its_accent_as_a_separate_mark_is_recorded_composed()
    {
        // E and a combining acute (what a Mac keyboard or some CSV exports send) become the one character É.
        var decision = DeciderSpec.Given()
            .When(new CreateProduct { Sku = "CAFE\u0301-1", Name = "Cafe\u0301 au lait" })
            .Then(new ProductCreated { ProductId = FirstId, Sku = "CAF\u00C9-1", Name = "Caf\u00E9 au lait" });

        Assert.Equal("product/caf\u00E9-1", decision.Stream);
    }

    [Fact]
    public void R_1_1_a_sku_that_differs_only_in_how_its_accent_was_typed_is_already_used() =>
        StockWorld.Given(new ProductCreated { ProductId = FirstId, Sku = "CAF\u00C9-1", Name = "Caf\u00E9 au lait" })
            .When(new CreateProduct { Sku = "cafe\u0301-1", Name = "Another" })
            .ThenRefused(new CodeAlreadyUsed("caf\u00E9-1", "CAF\u00C9-1", "CAF\u00C9-1"));

    [Fact]
    public void R_1_1_a_sku_already_used_as_an_alternate_is_refused() =>
        StockWorld.Given(new AlternateSkuAdded { Sku = "SKU-100", AlternateSku = "0123456789012" })
            .When(new CreateProduct { Sku = "0123456789012", Name = "Barcode as SKU" })
            .ThenRefused(new CodeAlreadyUsed("0123456789012", "0123456789012", "SKU-100"));

    [Fact]
    public void R_1_1_an_alternate_sku_is_added_to_a_product_found_by_any_case() =>
        StockWorld.Given()
            .When(new AddAlternateSku { Sku = "sku-100", AlternateSku = " MUG-BLUE " })
            .Then(new AlternateSkuAdded { Sku = "SKU-100", AlternateSku = "MUG-BLUE" });

    [Fact]
    public void R_1_1_an_alternate_equal_to_another_products_sku_is_refused() =>
        StockWorld.Given()
            .When(new AddAlternateSku { Sku = "SKU-100", AlternateSku = "milk" })
            .ThenRefused(new CodeAlreadyUsed("milk", "MILK", "MILK"));

    [Fact]
    public void R_1_1_an_alternate_already_used_by_another_product_is_refused() =>
        StockWorld.Given(new AlternateSkuAdded { Sku = "MILK", AlternateSku = "M-1" })
            .When(new AddAlternateSku { Sku = "SKU-100", AlternateSku = "m-1" })
            .ThenRefused(new CodeAlreadyUsed("m-1", "M-1", "MILK"));

    [Fact]
    public void R_1_1_adding_an_alternate_the_product_already_has_changes_nothing() =>
        StockWorld.Given(new AlternateSkuAdded { Sku = "SKU-100", AlternateSku = "MUG-BLUE" })
            .When(new AddAlternateSku { Sku = "SKU-100", AlternateSku = "mug-blue" })
            .ThenNothingChanges();

    [Fact]
    public void R_1_2_a_sku_of_exactly_64_characters_is_accepted() =>
        DeciderSpec.Given()
            .When(new CreateProduct { Sku = new string('S', 64), Name = "Long" })
            .Then(new ProductCreated { ProductId = FirstId, Sku = new string('S', 64), Name = "Long" });

    [Theory]
    [InlineData(65)]
    [InlineData(0)]
    public void R_1_2_a_blank_or_65_character_sku_is_refused(int length) =>
        DeciderSpec.Given()
            .When(new CreateProduct { Sku = new string('S', length), Name = "Long" })
            .ThenRefused(new InvalidCode(CodeKind.Sku, new string('S', length), 64));

    [Theory]
    [InlineData("SKU\t100", "SKU\\u0009100", "U+0009", 4)]
    [InlineData("SKU-\n100", "SKU-\\u000A100", "U+000A", 5)]
    [InlineData("SKU\u0085100", "SKU\\u0085100", "U+0085", 4)]
    [InlineData("📦\tBOX", "📦\\u0009BOX", "U+0009", 2)]
    public void R_1_2_a_sku_holding_a_control_character_is_refused_and_says_which_and_where(string sku, string shown, string character, int position)
    {
        DeciderSpec.Given()
            .When(new CreateProduct { Sku = sku, Name = "Pasted from a spreadsheet" })
            .ThenRefused(new InvalidCode(CodeKind.Sku, sku, 64));
        Assert.Equal(
            $"The SKU code '{shown}' holds a control character ({character}) at position {position}; tabs, line breaks and other control characters are not allowed.",
            new InvalidCode(CodeKind.Sku, sku, 64).Describe());
    }

    [Theory]
    [InlineData("\uFEFFSKU-100", "\\uFEFFSKU-100", "U+FEFF", 1)]
    [InlineData("SKU-\u200B", "SKU-\\u200B", "U+200B", 5)]
    [InlineData("SKU-A\u2028B", "SKU-A\\u2028B", "U+2028", 6)]
    [InlineData("SKU-\u200D1", "SKU-\\u200D1", "U+200D", 5)]
    [InlineData("SKU-100\U000E0041", "SKU-100\\U000E0041", "U+E0041", 8)]
    public void R_1_2_a_sku_holding_an_invisible_character_is_refused_and_says_which_and_where(string sku, string shown, string character, int position)
    {
        // A byte order mark from a CSV export made a second product that looks like SKU-100 on every screen.
        DeciderSpec.Given()
            .When(new CreateProduct { Sku = sku, Name = "From a CSV export" })
            .ThenRefused(new InvalidCode(CodeKind.Sku, sku, 64));
        Assert.Equal(
            $"The SKU code '{shown}' holds an invisible character ({character}) at position {position}; zero-width, byte order mark, direction and line separator characters are not allowed.",
            new InvalidCode(CodeKind.Sku, sku, 64).Describe());
    }

    [Fact]
    public void R_1_2_a_product_name_may_hold_the_joiners_of_an_emoji_sequence_but_not_a_zero_width_space()
    {
        DeciderSpec.Given()
            .When(new CreateProduct { Sku = "SKU-1", Name = "Family pack 👨\u200D👩\u200D👧" })
            .Then(new ProductCreated { ProductId = FirstId, Sku = "SKU-1", Name = "Family pack 👨\u200D👩\u200D👧" });
        DeciderSpec.Given()
            .When(new CreateProduct { Sku = "SKU-1", Name = "Blue\u200Bmug" })
            .ThenRefused(new InvalidProductName("SKU-1", "Blue\u200Bmug", 200));
        // A joiner that joins nothing is as invisible as any other: alone, first, or last.
        DeciderSpec.Given()
            .When(new CreateProduct { Sku = "SKU-1", Name = "\u200DBlue mug" })
            .ThenRefused(new InvalidProductName("SKU-1", "\u200DBlue mug", 200));
    }

    [Fact]
    public void R_1_2_a_sku_holding_half_a_surrogate_pair_is_refused() =>
        DeciderSpec.Given()
            .When(new CreateProduct { Sku = "SKU-\uD800", Name = "Broken text" })
            .ThenRefused(new InvalidCode(CodeKind.Sku, "SKU-\uD800", 64));

    [Fact]
    public void R_1_2_a_product_name_holding_a_line_break_is_refused() =>
        DeciderSpec.Given()
            .When(new CreateProduct { Sku = "SKU-1", Name = "Blue\nmug" })
            .ThenRefused(new InvalidProductName("SKU-1", "Blue\nmug", 200));

    [Fact]
    public void R_1_2_a_name_of_201_characters_is_refused() =>
        DeciderSpec.Given()
            .When(new CreateProduct { Sku = "SKU-1", Name = new string('n', 201) })
            .ThenRefused(new InvalidProductName("SKU-1", new string('n', 201), 200));

    [Fact]
    public void R_1_2_the_fifty_first_alternate_sku_is_refused_and_the_fiftieth_accepted()
    {
        var history = Enumerable.Range(1, 49).Select(i => (Specs.Inventory.Contracts.IEventContract)new AlternateSkuAdded { Sku = "SKU-100", AlternateSku = $"ALT-{i}" }).ToArray();
        StockWorld.Given(history)
            .When(new AddAlternateSku { Sku = "SKU-100", AlternateSku = "ALT-50" })
            .Then(new AlternateSkuAdded { Sku = "SKU-100", AlternateSku = "ALT-50" });
        StockWorld.Given([.. history, new AlternateSkuAdded { Sku = "SKU-100", AlternateSku = "ALT-50" }])
            .When(new AddAlternateSku { Sku = "SKU-100", AlternateSku = "ALT-51" })
            .ThenRefused(new TooManyAlternateSkus("SKU-100", 50));
    }

    [Fact]
    public void R_1_3_a_product_is_found_by_its_alternate_and_events_carry_its_sku() =>
        StockWorld.Given(new AlternateSkuAdded { Sku = "SKU-100", AlternateSku = "MUG-BLUE" })
            .When(new UpdateProduct { Sku = "mug-blue", Name = "Blue mug" })
            .Then(new ProductUpdated { Sku = "SKU-100", Name = "Blue mug" });

    [Fact]
    public void R_1_3_a_command_citing_an_unknown_sku_is_refused() =>
        StockWorld.Given()
            .When(new UpdateProduct { Sku = "NOPE", Name = "x" })
            .ThenRefused(new UnknownProduct("NOPE"));

    [Fact]
    public void R_1_3_an_inactive_product_can_not_be_stocked() =>
        StockWorld.Given(new ProductDeactivated { Sku = "SKU-100" })
            .When(new AddItem { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Received" })
            .ThenRefused(new InactiveProduct("SKU-100"));

    [Fact]
    public void R_1_4_an_update_records_the_new_name_and_description() =>
        StockWorld.Given()
            .When(new UpdateProduct { Sku = "SKU-100", Name = "Blue mug", Description = "350 ml" })
            .Then(new ProductUpdated { Sku = "SKU-100", Name = "Blue mug", Description = "350 ml" });

    [Fact]
    public void R_1_4_an_update_that_changes_nothing_records_nothing() =>
        StockWorld.Given(new ProductUpdated { Sku = "SKU-100", Name = "Blue mug", Description = null })
            .When(new UpdateProduct { Sku = "SKU-100", Name = " Blue mug ", Description = "" })
            .ThenNothingChanges();

    [Fact]
    public void R_1_4_an_update_to_a_blank_name_is_refused() =>
        StockWorld.Given()
            .When(new UpdateProduct { Sku = "SKU-100", Name = "  " })
            .ThenRefused(new InvalidProductName("SKU-100", "", 200));

    [Fact]
    public void R_1_5_tracking_changes_while_nothing_is_in_stock() =>
        StockWorld.Given()
            .When(new SetTracking { Sku = "SKU-100", Tracking = TrackingMode.Serial })
            .Then(new TrackingChanged { Sku = "SKU-100", Tracking = TrackingMode.Serial, PreviousTracking = TrackingMode.None });

    [Fact]
    public void R_1_5_tracking_can_not_change_while_units_are_on_hand() =>
        StockWorld.Given(StockWorld.Added("SKU-100", "A-01", 3), StockWorld.Added("SKU-100", "B-01", 2))
            .When(new SetTracking { Sku = "SKU-100", Tracking = TrackingMode.Lot })
            .ThenRefused(new ProductHasStock("SKU-100", 5, CatalogRules.TrackingFixedWhileStocked));

    [Fact]
    public void R_1_5_tracking_changes_once_the_last_unit_is_gone() =>
        StockWorld.Given(
                StockWorld.Added("SKU-100", "A-01", 1),
                new QuantityRemoved { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Damaged" })
            .When(new SetTracking { Sku = "SKU-100", Tracking = TrackingMode.Lot })
            .Then(new TrackingChanged { Sku = "SKU-100", Tracking = TrackingMode.Lot, PreviousTracking = TrackingMode.None });

    [Fact]
    public void R_1_5_setting_the_same_tracking_changes_nothing_even_with_stock() =>
        StockWorld.Given(StockWorld.Added("SKU-100", "A-01", 3))
            .When(new SetTracking { Sku = "SKU-100", Tracking = TrackingMode.None })
            .ThenNothingChanges();

    [Fact]
    public void R_1_6_a_product_without_stock_is_deactivated() =>
        StockWorld.Given()
            .When(new DeactivateProduct { Sku = "SKU-100" })
            .Then(new ProductDeactivated { Sku = "SKU-100" });

    [Fact]
    public void R_1_6_a_product_with_a_single_unit_on_hand_can_not_be_deactivated() =>
        StockWorld.Given(StockWorld.Added("SKU-100", "RCV", 1))
            .When(new DeactivateProduct { Sku = "SKU-100" })
            .ThenRefused(new ProductHasStock("SKU-100", 1, CatalogRules.DeactivatedOnlyWithoutStock));

    [Fact]
    public void R_1_6_deactivating_an_inactive_product_changes_nothing() =>
        StockWorld.Given(new ProductDeactivated { Sku = "SKU-100" })
            .When(new DeactivateProduct { Sku = "SKU-100" })
            .ThenNothingChanges();

    [Fact]
    public void Catalog_refusals_say_what_was_refused_in_business_words() =>
        Assert.Equal(
            "ProductHasStock (R-1.6): Product 'SKU-100' has 4 units in stock, so it can't be deactivated until they are gone.",
            new ProductHasStock("SKU-100", 4, CatalogRules.DeactivatedOnlyWithoutStock).ToString());
}
