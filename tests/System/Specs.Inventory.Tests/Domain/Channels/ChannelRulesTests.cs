using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Channels;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Channels;
using Specs.Inventory.Contracts.Events.Kits;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Channels;
using Specs.Inventory.Domain.ReferenceData;
using static Specs.Inventory.Tests.Domain.StockWorld;

namespace Specs.Inventory.Tests.Domain.Channels;

public sealed class ChannelRulesTests
{
    private static readonly ChannelCreated Web = new() { Name = "Web shop" };
    private static readonly ChannelConnected Connected = new() { Channel = "Web shop" };

    private static IEventContract[] Channel(params IEventContract[] more) => [Web, Connected, .. more];

    private static ChannelQuantityPushed Pushed(string sku, long quantity, long available, long? previous = null) =>
        new() { Channel = "Web shop", Sku = sku, Quantity = quantity, Available = available, PreviousQuantity = previous };

    private static PushQuantities Push(params string[] skus) => new() { Channel = "web SHOP", Skus = skus };

    [Fact]
    public void R_13_1_an_active_channel_is_connected_once_under_its_recorded_name()
    {
        var decision = StockWorld.Given(Web).When(new ConnectChannel { Channel = " WEB SHOP " }).Then(Connected);
        Assert.Equal("channel/web shop", decision.Stream);
        StockWorld.Given(Channel()).When(new ConnectChannel { Channel = "web shop" }).ThenNothingChanges();
    }

    [Fact]
    public void R_13_1_an_unknown_or_inactive_channel_is_refused()
    {
        StockWorld.Given().When(new ConnectChannel { Channel = "Market" }).ThenRefused(new UnknownReference(ReferenceKind.Channel, "Market"));
        StockWorld.Given(Channel(new ReferenceDeactivated { Kind = ReferenceKind.Channel, Name = "Web shop" })).When(Push())
            .ThenRefused(new InactiveReference(ReferenceKind.Channel, "Web shop"));
    }

    [Fact]
    public void R_13_1_a_channel_that_was_never_connected_does_not_sync() =>
        StockWorld.Given(Web).When(Push("SKU-100")).ThenRefused(new ChannelNotConnected("Web shop"));

    [Fact]
    public void R_13_2_rules_are_set_per_channel_and_per_sku_and_an_unchanged_rule_records_nothing()
    {
        StockWorld.Given(Channel()).When(new SetChannelRule { Channel = "web shop", BufferPercent = 10 })
            .Then(new ChannelRuleChanged { Channel = "Web shop", BufferPercent = 10 });
        StockWorld.Given(Channel()).When(new SetChannelRule { Channel = "Web shop", Sku = "sku-100", Cap = 5 })
            .Then(new ChannelRuleChanged { Channel = "Web shop", Sku = "SKU-100", Cap = 5 });
        StockWorld.Given(Channel(new ChannelRuleChanged { Channel = "Web shop", Sku = "SKU-100", Cap = 5 }))
            .When(new SetChannelRule { Channel = "Web shop", Sku = "SKU-100", Cap = 5 }).ThenNothingChanges();
        StockWorld.Given(Channel()).When(new SetChannelRule { Channel = "Web shop" }).ThenNothingChanges();
    }

    [Fact]
    public void R_13_2_a_buffer_past_100_percent_a_negative_cap_or_an_unknown_sku_is_refused()
    {
        StockWorld.Given(Channel()).When(new SetChannelRule { Channel = "Web shop", BufferPercent = 101 })
            .ThenRefused(new InvalidChannelRule("Web shop", "buffer percent", 101, 0, 100));
        StockWorld.Given(Channel()).When(new SetChannelRule { Channel = "Web shop", Cap = -1 })
            .ThenRefused(new InvalidChannelRule("Web shop", "cap", -1, 0, 1_000_000_000_000));
        StockWorld.Given(Channel()).When(new SetChannelRule { Channel = "Web shop", Sku = "NOPE", Fixed = 1 })
            .ThenRefused(new UnknownProduct("NOPE"));
    }

    [Fact]
    public void R_13_2_a_buffer_of_exactly_100_percent_is_allowed_and_pushes_nothing_but_zero()
    {
        StockWorld.Given(Channel()).When(new SetChannelRule { Channel = "Web shop", BufferPercent = 100 })
            .Then(new ChannelRuleChanged { Channel = "Web shop", BufferPercent = 100 });
        StockWorld.Given(Channel(Added("SKU-100", "A-01", 10), new ChannelRuleChanged { Channel = "Web shop", BufferPercent = 100 }))
            .When(Push("SKU-100")).Then(Pushed("SKU-100", 0, 10));
    }

    [Theory]
    [InlineData(10, 0, null, null, 10)]
    [InlineData(10, 10, null, null, 9)]
    [InlineData(10, 15, null, null, 8)] // 1.5 units of buffer round up to 2: never oversell
    [InlineData(10, 0, 5L, null, 5)]
    [InlineData(10, 0, 10L, null, 10)]
    [InlineData(0, 0, null, 3L, 3)]
    [InlineData(0, 50, null, null, 0)]
    [InlineData(1, 1, null, null, 0)]
    public void R_13_3_pushed_is_the_fixed_quantity_or_available_less_the_buffer_clamped_to_zero_and_the_cap(long available, long bufferPercent, long? cap, long? fixedQuantity, long pushed) =>
        Assert.Equal(pushed, new ChannelRule(bufferPercent, cap, fixedQuantity).QuantityFor(available));

    [Fact]
    public void R_13_3_a_sku_rule_overrides_the_channel_default_and_pending_holds_reduce_available()
    {
        var history = Channel(
            Added("SKU-100", "A-01", 20), Added("SKU-100", "RCV", 50), Lot("MILK", "L1"), Added("MILK", "A-01", 10, lot: "L1"),
            new ChannelRuleChanged { Channel = "Web shop", BufferPercent = 50 },
            new ChannelRuleChanged { Channel = "Web shop", Sku = "MILK", Cap = 4 });

        StockWorld.Given(history).When(Push("SKU-100", "MILK"))
            .Then(Pushed("MILK", 4, 10), Pushed("SKU-100", 10, 20));
    }

    [Fact]
    public void R_13_4_the_first_push_records_every_active_product_and_a_repeated_push_changes_nothing()
    {
        var history = Channel(Added("SKU-100", "A-01", 7), Product("OLD"), new ProductDeactivated { Sku = "OLD" });
        StockWorld.Given(history).When(Push())
            .Then(Pushed("MILK", 0, 0), Pushed("PHONE", 0, 0), Pushed("SKU-100", 7, 7));
        StockWorld.Given([.. history, Pushed("MILK", 0, 0), Pushed("PHONE", 0, 0), Pushed("SKU-100", 7, 7)]).When(Push()).ThenNothingChanges();
    }

    [Fact]
    public void R_13_4_only_skus_whose_quantity_changed_are_pushed_again()
    {
        var history = Channel(Added("SKU-100", "A-01", 7), Pushed("MILK", 0, 0), Pushed("PHONE", 0, 0), Pushed("SKU-100", 7, 7));
        StockWorld.Given([.. history, Added("SKU-100", "A-02", 3)]).When(Push()).Then(Pushed("SKU-100", 10, 10, previous: 7));
        // Stock moved to a non-sellable location: Available fell, so the channel hears of it.
        StockWorld.Given([.. history, new ItemMoved { Sku = "SKU-100", Warehouse = Main, FromLocation = "A-01", ToLocation = "RCV", Quantity = 2 }])
            .When(Push("SKU-100")).Then(Pushed("SKU-100", 5, 5, previous: 7));
    }

    [Fact]
    public void R_13_4_a_change_that_the_cap_hides_pushes_nothing() =>
        StockWorld.Given(Channel(new ChannelRuleChanged { Channel = "Web shop", Cap = 5 }, Added("SKU-100", "A-01", 7), Pushed("SKU-100", 5, 7), Added("SKU-100", "A-01", 3)))
            .When(Push("SKU-100")).ThenNothingChanges();

    [Fact]
    public void R_13_4_a_push_naming_more_than_1000_skus_or_an_unknown_sku_is_refused()
    {
        StockWorld.Given(Channel()).When(Push([.. Enumerable.Repeat("SKU-100", 1_001)])).ThenRefused(new TooManySkusToPush("Web shop", 1_001, 1_000));
        StockWorld.Given(Channel()).When(Push("NOPE")).ThenRefused(new UnknownProduct("NOPE"));
        StockWorld.Given(Channel(Added("SKU-100", "A-01", 1))).When(Push([.. Enumerable.Repeat("sku-100", 1_000)])).Then(Pushed("SKU-100", 1, 1));
    }

    [Fact]
    public void R_13_5_a_kit_pushes_its_availability_computed_from_its_components()
    {
        var history = Channel(
            Product("MUG"), Product("LID"), Product("GIFT"),
            new KitCreated { Sku = "GIFT", Lines = [new KitLine { Sku = "MUG", Quantity = 2 }, new KitLine { Sku = "LID", Quantity = 1 }] },
            Added("MUG", "A-01", 9), Added("LID", "A-01", 3), Added("GIFT", "A-01", 1),
            new ChannelRuleChanged { Channel = "Web shop", Sku = "GIFT", BufferPercent = 20 });

        // 1 assembled + min(9 / 2, 3 / 1) = 4 kits; a 20% buffer holds back 1.
        StockWorld.Given(history).When(Push("GIFT")).Then(Pushed("GIFT", 3, 4));
        StockWorld.Given([.. history, Pushed("GIFT", 3, 4), new QuantityRemoved { Sku = "LID", Warehouse = Main, Location = "A-01", Quantity = 3, Reason = "Damaged" }])
            .When(Push("GIFT")).Then(Pushed("GIFT", 0, 1, previous: 3));
    }
}
