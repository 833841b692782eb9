using System.Security.Cryptography;
using System.Text;
using Reqnroll;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Views.Catalog;

namespace Specs.Steps;

/// <summary>
/// Area 1, the catalog: products, their alternate SKUs, tracking and deactivation. Given steps record the
/// catalog's past on the product's stream; Then steps check the answer, the new events and the products view.
/// Phrases avoid the reference-data steps' "the {word} {string} ..." shapes so no step is ambiguous.
/// </summary>
[Binding]
public sealed class CatalogSteps(ScenarioHost host)
{
    [Given("the product {string} exists")]
    public void GivenTheProductExists(string sku) => host.Given(CatalogRules.StreamOf(sku), Created(sku, TrackingMode.None));

    [Given("^the product \"([^\"]*)\" tracked by (lot|serial) exists$")]
    public void GivenTheTrackedProductExists(string sku, string tracking) => host.Given(CatalogRules.StreamOf(sku), Created(sku, ParseTracking(tracking)));

    [Given("the product {string} is also known as {string}")]
    public void GivenTheProductIsAlsoKnownAs(string sku, string alternateSku) =>
        host.Given(CatalogRules.StreamOf(sku), new AlternateSkuAdded { Sku = sku, AlternateSku = alternateSku });

    [Given("the product {string} has been deactivated")]
    public void GivenTheProductHasBeenDeactivated(string sku) => host.Given(CatalogRules.StreamOf(sku), new ProductDeactivated { Sku = sku });

    [Given("the product {string} named {string} exists")]
    public void GivenTheNamedProductExists(string sku, string name) => host.Given(CatalogRules.StreamOf(sku), Created(sku, TrackingMode.None, name));

    [Given("the product {string} named {string} and described as {string} exists")]
    public void GivenTheDescribedProductExists(string sku, string name, string description) =>
        host.Given(CatalogRules.StreamOf(sku), Created(sku, TrackingMode.None, name, description));

    /// <summary>Alternates "SKU-100-ALT-01" onwards, for the limit of R-1.2.</summary>
    [Given("the product {string} has {int} alternate SKUs")]
    public void GivenTheProductHasAlternateSkus(string sku, int count)
    {
        for (var number = 1; number <= count; number++)
        {
            host.Given(CatalogRules.StreamOf(sku), new AlternateSkuAdded { Sku = sku, AlternateSku = $"{sku}-ALT-{number:00}" });
        }
    }

    [When("the merchant creates the product {string} named {string}")]
    public void WhenTheMerchantCreatesTheProduct(string sku, string name) => host.When(new CreateProduct { Sku = sku, Name = name });

    [When("the merchant creates a product with a SKU of {int} characters")]
    public void WhenTheMerchantCreatesAProductWithSkuLength(int length) => host.When(new CreateProduct { Sku = CodeOfLength(length), Name = "Sized" });

    [When("^the merchant creates the product \"([^\"]*)\" named \"([^\"]*)\" tracked by (lot|serial)$")]
    public void WhenTheMerchantCreatesATrackedProduct(string sku, string name, string tracking) =>
        host.When(new CreateProduct { Sku = sku, Name = name, Tracking = ParseTracking(tracking) });

    [When("the merchant creates the product {string} with a name of {int} characters")]
    public void WhenTheMerchantCreatesAProductWithNameLength(string sku, int length) => host.When(new CreateProduct { Sku = sku, Name = NameOfLength(length) });

    [When("the merchant updates {string} to be named {string}")]
    public void WhenTheMerchantUpdatesTheName(string sku, string name) => host.When(new UpdateProduct { Sku = sku, Name = name });

    [When("the merchant updates {string} to be named {string} and described as {string}")]
    public void WhenTheMerchantUpdatesNameAndDescription(string sku, string name, string description) =>
        host.When(new UpdateProduct { Sku = sku, Name = name, Description = description });

    [When("the merchant updates {string} to a name of {int} characters")]
    public void WhenTheMerchantUpdatesToNameLength(string sku, int length) => host.When(new UpdateProduct { Sku = sku, Name = NameOfLength(length) });

    [When("the merchant gives {string} an alternate SKU of {int} characters")]
    public void WhenTheMerchantGivesAnAlternateSkuOfLength(string sku, int length) => host.When(new AddAlternateSku { Sku = sku, AlternateSku = CodeOfLength(length) });

    [When("the merchant gives {string} the alternate SKU {string}")]
    public void WhenTheMerchantGivesTheAlternateSku(string sku, string alternateSku) => host.When(new AddAlternateSku { Sku = sku, AlternateSku = alternateSku });

    [When("the merchant deactivates {string}")]
    public void WhenTheMerchantDeactivates(string sku) => host.When(new DeactivateProduct { Sku = sku });

    [When("^the merchant tracks \"([^\"]*)\" by (none|lot|serial)$")]
    public void WhenTheMerchantTracks(string sku, string tracking) => host.When(new SetTracking { Sku = sku, Tracking = ParseTracking(tracking) });

    [Then("the product {string} named {string} is recorded")]
    public void ThenTheProductIsRecorded(string sku, string name)
    {
        host.ThenAccepted();
        var expected = ExpectedEvent.Of(new ProductCreated { Sku = sku, Name = name }, CatalogRules.StreamOf(sku));
        host.ThenNewEvents([expected with { Fields = new Dictionary<string, string?>(expected.Fields) { ["productId"] = Placeholders.Id } }]);
    }

    [Then("a product with a SKU of {int} characters is recorded")]
    public void ThenAProductWithSkuLengthIsRecorded(int length) => ThenTheProductIsRecorded(CodeOfLength(length), "Sized");

    [Then("^the product \"([^\"]*)\" named \"([^\"]*)\" tracked by (lot|serial) is recorded$")]
    public void ThenTheTrackedProductIsRecorded(string sku, string name, string tracking)
    {
        host.ThenAccepted();
        var expected = ExpectedEvent.Of(new ProductCreated { Sku = sku, Name = name, Tracking = ParseTracking(tracking) }, CatalogRules.StreamOf(sku));
        host.ThenNewEvents([expected with { Fields = new Dictionary<string, string?>(expected.Fields) { ["productId"] = Placeholders.Id } }]);
    }

    [Then("the product {string} with a name of {int} characters is recorded")]
    public void ThenTheProductWithNameLengthIsRecorded(string sku, int length) => ThenTheProductIsRecorded(sku, NameOfLength(length));

    [Then("{string} is recorded as named {string} with no description")]
    public void ThenTheUpdateIsRecorded(string sku, string name) => ThenUpdated(sku, name, null);

    [Then("{string} is recorded as named {string} and described as {string}")]
    public void ThenTheUpdateWithDescriptionIsRecorded(string sku, string name, string description) => ThenUpdated(sku, name, description);

    [Then("{string} is recorded with a name of {int} characters")]
    public void ThenTheUpdateToNameLengthIsRecorded(string sku, int length) => ThenUpdated(sku, NameOfLength(length), null);

    [Then("an alternate SKU of {int} characters is recorded for {string}")]
    public void ThenAnAlternateSkuOfLengthIsRecorded(int length, string sku) => ThenTheAlternateSkuIsRecorded(sku, CodeOfLength(length));

    [Then("the catalog shows {string} named {string}")]
    public void ThenTheCatalogShowsTheName(string code, string name) =>
        ThenTheCatalogShows(code, $"named '{name}'", product => product.Name == name ? null : $"it is named '{product.Name}'");

    [Then("the catalog shows {string} described as {string}")]
    public void ThenTheCatalogShowsTheDescription(string code, string description) =>
        ThenTheCatalogShows(code, $"described as '{description}'", product => product.Description == description ? null : $"its description is {(product.Description is null ? "none" : $"'{product.Description}'")}");

    [Then("the catalog shows {string} without a description")]
    public void ThenTheCatalogShowsNoDescription(string code) =>
        ThenTheCatalogShows(code, "without a description", product => product.Description is null ? null : $"it is described as '{product.Description}'");

    [Then("the catalog shows {string} as a kit")]
    public void ThenTheCatalogShowsAKit(string code) =>
        ThenTheCatalogShows(code, "as a kit", product => product.IsKit ? null : "it is not a kit");

    [Then("{string} is recorded as also known as {string}")]
    public void ThenTheAlternateSkuIsRecorded(string sku, string alternateSku)
    {
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(new AlternateSkuAdded { Sku = sku, AlternateSku = alternateSku }, CatalogRules.StreamOf(sku))]);
    }

    [Then("{string} is recorded as deactivated")]
    public void ThenTheProductIsRecordedAsDeactivated(string sku)
    {
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(new ProductDeactivated { Sku = sku }, CatalogRules.StreamOf(sku))]);
    }

    [Then("^\"([^\"]*)\" is recorded as tracked by (none|lot|serial) instead of (none|lot|serial)$")]
    public void ThenTheTrackingChangeIsRecorded(string sku, string tracking, string previous)
    {
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(new TrackingChanged { Sku = sku, Tracking = ParseTracking(tracking), PreviousTracking = ParseTracking(previous) }, CatalogRules.StreamOf(sku))]);
    }

    [Then("{string} is active in the catalog")]
    public void ThenTheProductIsActive(string code) => ThenTheProductHasState(code, active: true);

    [Then("{string} is inactive in the catalog")]
    public void ThenTheProductIsInactive(string code) => ThenTheProductHasState(code, active: false);

    [Then("the catalog finds {string} as {string}")]
    public void ThenTheCatalogFinds(string code, string sku) =>
        host.ThenView($"the code '{code}' to name the product '{sku}'", transaction =>
            ProductsView.Find(transaction, code) switch
            {
                null => $"no product is known by '{code}'",
                { Sku: var found } when found == sku => null,
                { Sku: var found } => $"it names the product '{found}'",
            });

    [Then("the command is refused because {string} is already used by the product {string}")]
    public void ThenRefusedAsCodeUsed(string existingCode, string usedBySku)
    {
        var error = host.ThenRefused<CodeAlreadyUsed>();
        host.Expect($"the code '{existingCode}' of '{usedBySku}' to be named as taken",
            error.ExistingCode == existingCode && error.UsedBySku == usedBySku ? null : $"the refusal named '{error.ExistingCode}' of '{error.UsedBySku}'");
    }

    [Then("the command is refused because a SKU is at most {int} characters")]
    public void ThenRefusedAsSkuTooLong(int maxLength)
    {
        var error = host.ThenRefused<InvalidCode>();
        host.Expect($"a SKU over {maxLength} characters to be refused",
            error.Kind == CodeKind.Sku && error.MaxLength == maxLength && error.Code.Length > maxLength ? null : $"the refusal was about the {error.Kind} '{error.Code}', limit {error.MaxLength}");
    }

    [Then("the command is refused because a product needs a SKU")]
    public void ThenRefusedAsSkuBlank()
    {
        var error = host.ThenRefused<InvalidCode>();
        host.Expect("a blank SKU to be refused", error.Kind == CodeKind.Sku && error.Code.Length == 0 ? null : $"the refusal was about the {error.Kind} '{error.Code}'");
    }

    [Then("the command is refused because an alternate SKU is at most {int} characters")]
    public void ThenRefusedAsAlternateSkuTooLong(int maxLength)
    {
        var error = host.ThenRefused<InvalidCode>();
        host.Expect($"an alternate SKU over {maxLength} characters to be refused",
            error.Kind == CodeKind.AlternateSku && error.MaxLength == maxLength && error.Code.Length > maxLength ? null : $"the refusal was about the {error.Kind} '{error.Code}', limit {error.MaxLength}");
    }

    [Then("the command is refused because a product name is 1 to {int} characters")]
    public void ThenRefusedAsProductName(int maxLength)
    {
        var error = host.ThenRefused<InvalidProductName>();
        host.Expect($"a product name outside 1 to {maxLength} characters to be refused",
            error.MaxLength == maxLength && (error.Name.Length == 0 || error.Name.Length > maxLength) ? null : $"the refusal was about a name of {error.Name.Length} characters, limit {error.MaxLength}");
    }

    [Then("the command is refused because {string} already has the most alternate SKUs a product may have, {int}")]
    public void ThenRefusedAsTooManyAlternates(string sku, int maximum)
    {
        var error = host.ThenRefused<TooManyAlternateSkus>();
        host.Expect($"'{sku}' to be refused at {maximum} alternate SKUs",
            error.Sku == sku && error.MaxAlternates == maximum ? null : $"the refusal named '{error.Sku}' at {error.MaxAlternates}");
    }

    [Then("the command is refused because there is no product {string}")]
    public void ThenRefusedAsUnknownProduct(string sku)
    {
        var error = host.ThenRefused<UnknownProduct>();
        host.Expect($"the unknown product to be '{sku}'", error.Sku == sku ? null : $"the refusal named '{error.Sku}'");
    }

    [Then("the command is refused because the product {string} is inactive")]
    public void ThenRefusedAsInactiveProduct(string sku)
    {
        var error = host.ThenRefused<InactiveProduct>();
        host.Expect($"the inactive product to be '{sku}'", error.Sku == sku ? null : $"the refusal named '{error.Sku}'");
    }

    [Then("the command is refused because {string} still has {long} unit(s) in stock")]
    public void ThenRefusedAsInStock(string sku, long units)
    {
        var error = host.ThenRefused<ProductHasStock>();
        host.Expect($"'{sku}' to be refused with {units} units in stock",
            error.Sku == sku && error.UnitsInStock == units ? null : $"the refusal named '{error.Sku}' with {error.UnitsInStock} units");
    }

    private void ThenUpdated(string sku, string name, string? description)
    {
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(new ProductUpdated { Sku = sku, Name = name, Description = description }, CatalogRules.StreamOf(sku))]);
    }

    private void ThenTheCatalogShows(string code, string what, Func<ProductRow, string?> check) =>
        host.ThenView($"the catalog to show '{code}' {what}", transaction =>
            ProductsView.Find(transaction, code) is { } product ? check(product) : $"there is no product '{code}'");

    /// <summary>A product name of exactly <paramref name="length"/> characters, for the 200-character boundary of R-1.2 and R-1.4.</summary>
    public static string NameOfLength(int length) => length <= 0 ? "" : "M" + new string('m', length - 1);

    private void ThenTheProductHasState(string code, bool active) =>
        host.ThenView($"the product '{code}' to be {(active ? "active" : "inactive")}", transaction =>
            ProductsView.Find(transaction, code) switch
            {
                null => $"there is no product '{code}'",
                { IsActive: var isActive } when isActive == active => null,
                _ => $"it is {(active ? "inactive" : "active")}",
            });

    /// <summary>The event of a product created in the past; its id is derived from the SKU so every run records the same bytes.</summary>
    public static ProductCreated Created(string sku, TrackingMode tracking, string? name = null, string? description = null) => new()
    {
        ProductId = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes("product:" + sku.ToLowerInvariant())).AsSpan(0, 16)),
        Sku = sku,
        Name = name ?? $"Product {sku}",
        Tracking = tracking,
        Description = description,
    };

    private static TrackingMode ParseTracking(string word) => word switch
    {
        "none" => TrackingMode.None,
        "lot" => TrackingMode.Lot,
        "serial" => TrackingMode.Serial,
        _ => throw new ArgumentException($"'{word}' is not a tracking: say none, lot or serial.", nameof(word)),
    };

    /// <summary>A code of exactly <paramref name="length"/> characters, for the 64-character boundary of R-1.2 and R-3.2.</summary>
    public static string CodeOfLength(int length) => length <= 0 ? "" : "C" + new string('0', length - 1);
}
