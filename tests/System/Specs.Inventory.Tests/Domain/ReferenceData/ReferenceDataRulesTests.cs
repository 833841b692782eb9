using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.ReferenceData;

namespace Specs.Inventory.Tests.Domain.ReferenceData;

public sealed class ReferenceDataRulesTests
{
    [Fact]
    public void R_14_1_a_new_reason_is_created_active() =>
        DeciderSpec.Given()
            .When(new CreateReason { Name = "Damaged", Description = "Broken in the warehouse" })
            .Then(new ReasonCreated { Name = "Damaged", Description = "Broken in the warehouse" });

    [Fact]
    public void R_14_1_a_name_already_used_by_a_reason_is_refused_whatever_its_case() =>
        DeciderSpec.Given(new ReasonCreated { Name = "Damaged" })
            .When(new CreateReason { Name = "DAMAGED" })
            .ThenRefused(new NameAlreadyUsed(ReferenceKind.Reason, "DAMAGED", "Damaged"));

    [Fact]
    public void R_14_1_the_same_name_may_serve_a_reason_and_a_supplier() =>
        DeciderSpec.Given(new ReasonCreated { Name = "Acme" })
            .When(new CreateSupplier { Name = "Acme", Contact = "orders@acme.example" })
            .Then(new SupplierCreated { Name = "Acme", Contact = "orders@acme.example" });

    [Fact]
    public void R_14_1_a_channel_name_already_used_is_refused() =>
        DeciderSpec.Given(new ChannelCreated { Name = "Shopify" })
            .When(new CreateChannel { Name = "shopify" })
            .ThenRefused(new NameAlreadyUsed(ReferenceKind.Channel, "shopify", "Shopify"));

    [Fact]
    public void R_14_2_surrounding_spaces_are_trimmed_from_a_name() =>
        DeciderSpec.Given()
            .When(new CreateChannel { Name = "  Amazon  " })
            .Then(new ChannelCreated { Name = "Amazon" });

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void R_14_2_a_blank_name_is_refused(string name) =>
        DeciderSpec.Given()
            .When(new CreateReason { Name = name })
            .ThenRefused(new InvalidName(ReferenceKind.Reason, "", ReferenceDataRules.MaxNameLength));

    [Fact]
    public void R_14_2_a_name_of_exactly_100_characters_is_accepted() =>
        DeciderSpec.Given()
            .When(new CreateSupplier { Name = new string('x', 100) })
            .Then(new SupplierCreated { Name = new string('x', 100) });

    [Fact]
    public void R_14_2_a_name_of_101_characters_is_refused() =>
        DeciderSpec.Given()
            .When(new CreateSupplier { Name = new string('x', 101) })
            .ThenRefused(new InvalidName(ReferenceKind.Supplier, new string('x', 101), ReferenceDataRules.MaxNameLength));

    [Fact]
    public void R_14_2_a_name_holding_a_tab_is_refused() =>
        DeciderSpec.Given()
            .When(new CreateSupplier { Name = "Acme\tLtd" })
            .ThenRefused(new InvalidName(ReferenceKind.Supplier, "Acme\tLtd", ReferenceDataRules.MaxNameLength));

    [Fact]
    public void R_14_2_a_name_holding_a_zero_width_joiner_is_refused_because_the_name_is_a_key() =>
        // "Web shop" and "Web shop" with a joiner would be two channels that look the same, and sales cite channels by name.
        DeciderSpec.Given()
            .When(new CreateChannel { Name = "Web\u200Dshop" })
            .ThenRefused(new InvalidName(ReferenceKind.Channel, "Web\u200Dshop", ReferenceDataRules.MaxNameLength));

    [Fact]
    public void R_14_3_an_active_entry_can_be_deactivated() =>
        DeciderSpec.Given(new SupplierCreated { Name = "Acme" })
            .When(new DeactivateReference { Kind = ReferenceKind.Supplier, Name = "acme" })
            .Then(new ReferenceDeactivated { Kind = ReferenceKind.Supplier, Name = "Acme" });

    [Fact]
    public void R_14_3_deactivating_an_entry_that_does_not_exist_is_refused() =>
        DeciderSpec.Given()
            .When(new DeactivateReference { Kind = ReferenceKind.Channel, Name = "eBay" })
            .ThenRefused(new UnknownReference(ReferenceKind.Channel, "eBay"));

    [Fact]
    public void R_14_3_only_an_existing_active_entry_may_be_cited()
    {
        var state = InventoryDecider.Replay(
        [
            new ReasonCreated { Name = "Received" },
            new ReasonCreated { Name = "Obsolete" },
            new ReferenceDeactivated { Kind = ReferenceKind.Reason, Name = "Obsolete" },
        ]).ReferenceData;

        Assert.Null(ReferenceDataRules.RequireActive(state, ReferenceKind.Reason, "received"));
        Assert.Equal(new InactiveReference(ReferenceKind.Reason, "Obsolete"), ReferenceDataRules.RequireActive(state, ReferenceKind.Reason, "obsolete"));
        Assert.Equal(new UnknownReference(ReferenceKind.Reason, "Lost"), ReferenceDataRules.RequireActive(state, ReferenceKind.Reason, "Lost"));
    }

    [Fact]
    public void R_14_4_deactivating_an_inactive_entry_changes_nothing() =>
        DeciderSpec.Given(
                new ChannelCreated { Name = "eBay" },
                new ReferenceDeactivated { Kind = ReferenceKind.Channel, Name = "eBay" })
            .When(new DeactivateReference { Kind = ReferenceKind.Channel, Name = "eBay" })
            .ThenNothingChanges();

    [Fact]
    public void Refusals_say_what_was_refused_in_business_words()
    {
        Assert.Equal(
            "NameAlreadyUsed (R-14.1): A reason named 'Damaged' already exists, so 'damaged' cannot be created.",
            new NameAlreadyUsed(ReferenceKind.Reason, "damaged", "Damaged").ToString());
    }
}
