using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Counts;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Counts;
using Specs.Inventory.Contracts.Events.Locations;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Inventory.Contracts.Events.Sales;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.ReferenceData;
using Specs.Inventory.Domain.Sales;
using Specs.Inventory.Scenarios;

namespace Specs.Runner.Tests.Host;

/// <summary>What the scenario record keeps so the living documentation can speak the scenario's words: names for ids, and where an event differs.</summary>
public sealed class ScenarioRecordWordsTests
{
    private static readonly ScenarioIdentity Scenario = new("specs/catalog/products.feature", 12, "Renaming a product");

    private static readonly ScenarioSettings Settings = new() { FixedClock = DateTimeOffset.Parse("2026-03-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture) };

    [Fact]
    public void A_product_and_a_sale_name_their_ids_and_a_step_names_any_other_the_first_name_staying_and_a_blank_one_naming_nothing()
    {
        using var host = NewHost();
        var productId = Guid.Parse("0b7c2f3e-0000-4000-8000-000000000001");
        var picklistId = Guid.Parse("0b7c2f3e-0000-4000-8000-000000000002");

        host.Given("product/sku-1", new ProductCreated { ProductId = productId, Sku = "SKU-1", Name = "Mug" });
        host.Given("sale/shop/s-1", new SaleImported { Channel = "SHOP", ExternalId = "S-1" });
        Assert.Equal(picklistId, host.Name(picklistId, "  "));
        Assert.Equal(picklistId, host.Name(picklistId, " P-1 "));
        host.Name(picklistId, "P-2");

        Assert.Equal(
            [new NamedId(productId, "SKU-1"), new NamedId(SaleIds.Of("SHOP", "S-1"), "S-1"), new NamedId(picklistId, "P-1")],
            host.Record.Names);
    }

    [Fact]
    public void An_entity_the_system_creates_is_named_by_what_it_is_and_only_the_events_of_that_type_are_read()
    {
        using var host = NewHost();
        host.Given(LocationRules.StreamOf("MAIN"), new WarehouseCreated { Code = "MAIN", Name = "Main" });
        host.Given(LocationRules.StreamOf("MAIN"), new LocationCreated { Warehouse = "MAIN", Location = "A-01", Type = LocationType.Pick, Sellable = true });
        host.Given(ReferenceDataRules.StreamOf(ReferenceKind.Reason, "Cycle count"), new ReasonCreated { Name = "Cycle count" });
        host.When(new StartCount { Warehouse = "MAIN", Locations = ["A-01"], Reason = "Cycle count" });
        host.NameNew<CountStarted>(started => started.CountId, "the new count");
        host.NameNew<ProductCreated>(created => created.ProductId, "the new product");

        var started = host.NewEvents.Select(recorded => recorded.Payload).OfType<CountStarted>().Single();
        Assert.Equal([new NamedId(started.CountId, "the new count")], host.Record.Names);
    }

    [Fact]
    public void A_wrong_field_of_an_expected_event_is_kept_in_parts_beside_the_developers_line()
    {
        using var host = NewHost();
        host.Given("product/a", new ProductCreated { Sku = "A", Name = "Apple" });
        host.When(new UpdateProduct { Sku = "A", Name = "Apricot" });

        Assert.Throws<ScenarioExpectationException>(() => host.ThenNewEvents([ExpectedEvent.Of(new ProductUpdated { Sku = "A", Name = "Banana" })]));

        var check = host.Record.Then.Single();
        Assert.Equal(["ProductUpdated"], check.Events);
        Assert.Equal(new EventDifference(1, "ProductUpdated", null, "name", "Banana", "Apricot", "ProductUpdated.name: expected 'Banana', found 'Apricot'"), check.Difference);
        Assert.Equal("event 1: ProductUpdated.name: expected 'Banana', found 'Apricot'", check.Actual);
    }

    [Fact]
    public void Another_event_in_the_expected_ones_place_is_named_and_a_wrong_count_has_no_parts()
    {
        using var host = NewHost();
        host.Given("product/a", new ProductCreated { Sku = "A", Name = "Apple" });
        host.When(new UpdateProduct { Sku = "A", Name = "Apricot" });

        Assert.Throws<ScenarioExpectationException>(() => host.ThenNewEvents([ExpectedEvent.Of(new ProductDeactivated { Sku = "A" })]));
        Assert.Throws<ScenarioExpectationException>(() => host.ThenNothingRecorded());

        Assert.Equal("ProductUpdated", host.Record.Then[0].Difference!.FoundType);
        Assert.Null(host.Record.Then[0].Difference!.Field);
        Assert.Null(host.Record.Then[1].Difference);
        Assert.StartsWith("1 were recorded: ProductUpdated", host.Record.Then[1].Actual, StringComparison.Ordinal);
    }

    private static ScenarioHost NewHost() => new(Scenario, Settings, "lmdb", context => new LmdbScenarioSystem(context));
}
