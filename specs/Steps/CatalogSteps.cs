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

    [When("the merchant creates the product {string} named {string}")]
    public void WhenTheMerchantCreatesTheProduct(string sku, string name) => host.When(new CreateProduct { Sku = sku, Name = name });

    [When("the merchant creates a product with a SKU of {int} characters")]
    public void WhenTheMerchantCreatesAProductWithSkuLength(int length) => host.When(new CreateProduct { Sku = CodeOfLength(length), Name = "Sized" });

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

    private void ThenTheProductHasState(string code, bool active) =>
        host.ThenView($"the product '{code}' to be {(active ? "active" : "inactive")}", transaction =>
            ProductsView.Find(transaction, code) switch
            {
                null => $"there is no product '{code}'",
                { IsActive: var isActive } when isActive == active => null,
                _ => $"it is {(active ? "inactive" : "active")}",
            });

    /// <summary>The event of a product created in the past; its id is derived from the SKU so every run records the same bytes.</summary>
    private static ProductCreated Created(string sku, TrackingMode tracking) => new()
    {
        ProductId = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes("product:" + sku.ToLowerInvariant())).AsSpan(0, 16)),
        Sku = sku,
        Name = $"Product {sku}",
        Tracking = tracking,
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
