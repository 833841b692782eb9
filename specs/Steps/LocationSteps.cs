using Reqnroll;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Locations;
using Specs.Inventory.Contracts.Events.Locations;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Views.Locations;

namespace Specs.Steps;

/// <summary>
/// Area 3, warehouses and locations. A warehouse and all its locations are on the warehouse's stream.
/// Location types are the words pick, bulk, receiving, staging and dropship; a location takes its type's
/// sellability unless a step says otherwise.
/// </summary>
[Binding]
public sealed class LocationSteps(ScenarioHost host)
{
    private const string TypeWords = "(pick|bulk|receiving|staging|dropship)";

    [Given("the warehouse {string} exists")]
    public void GivenTheWarehouseExists(string code) => host.Given(LocationRules.StreamOf(code), new WarehouseCreated { Code = code, Name = $"Warehouse {code}" });

    [Given("a warehouse {string} with a pick location {string}")]
    public void GivenAWarehouseWithOneLocation(string warehouse, string location)
    {
        GivenTheWarehouseExists(warehouse);
        GivenALocation("pick", location, warehouse);
    }

    [Given("a warehouse {string} with pick locations {string} and {string}")]
    public void GivenAWarehouseWithTwoLocations(string warehouse, string first, string second)
    {
        GivenAWarehouseWithOneLocation(warehouse, first);
        GivenALocation("pick", second, warehouse);
    }

    [Given("^an? " + TypeWords + " location \"([^\"]*)\" in \"([^\"]*)\"$")]
    public void GivenALocation(string type, string location, string warehouse)
    {
        var parsed = ParseType(type);
        host.Given(LocationRules.StreamOf(warehouse), new LocationCreated { Warehouse = warehouse, Location = location, Type = parsed, Sellable = DefaultSellable(parsed) });
    }

    [Given("the location {string} of {string} is locked")]
    public void GivenTheLocationIsLocked(string location, string warehouse) =>
        host.Given(LocationRules.StreamOf(warehouse), new LocationLocked { Warehouse = warehouse, Location = location });

    [Given("the location {string} of {string} was deleted")]
    public void GivenTheLocationWasDeleted(string location, string warehouse) =>
        host.Given(LocationRules.StreamOf(warehouse), new LocationDeleted { Warehouse = warehouse, Location = location });

    [When("the merchant creates the warehouse {string} named {string}")]
    public void WhenTheMerchantCreatesTheWarehouse(string code, string name) => host.When(new CreateWarehouse { Code = code, Name = name });

    [When("the merchant creates a warehouse with a code of {int} characters")]
    public void WhenTheMerchantCreatesAWarehouseWithCodeLength(int length) => host.When(new CreateWarehouse { Code = CatalogSteps.CodeOfLength(length), Name = "Sized" });

    [When("the merchant creates the warehouse {string} with a name of {int} characters")]
    public void WhenTheMerchantCreatesAWarehouseWithNameLength(string code, int length) => host.When(new CreateWarehouse { Code = code, Name = CatalogSteps.NameOfLength(length) });

    [When("^the merchant creates the " + TypeWords + " location \"([^\"]*)\" in \"([^\"]*)\"$")]
    public void WhenTheMerchantCreatesALocation(string type, string location, string warehouse) =>
        host.When(new CreateLocation { Warehouse = warehouse, Location = location, Type = ParseType(type) });

    [When("^the merchant creates the " + TypeWords + " location \"([^\"]*)\" in \"([^\"]*)\" as (sellable|not sellable)$")]
    public void WhenTheMerchantCreatesALocationWithSellability(string type, string location, string warehouse, string sellable) =>
        host.When(new CreateLocation { Warehouse = warehouse, Location = location, Type = ParseType(type), Sellable = sellable == "sellable" });

    [When("the merchant creates a pick location with a code of {int} characters in {string}")]
    public void WhenTheMerchantCreatesALocationWithCodeLength(int length, string warehouse) =>
        host.When(new CreateLocation { Warehouse = warehouse, Location = CatalogSteps.CodeOfLength(length), Type = LocationType.Pick });

    [When("the merchant locks the location {string} of {string}")]
    public void WhenTheMerchantLocks(string location, string warehouse) => host.When(new LockLocation { Warehouse = warehouse, Location = location });

    [When("the merchant unlocks the location {string} of {string}")]
    public void WhenTheMerchantUnlocks(string location, string warehouse) => host.When(new UnlockLocation { Warehouse = warehouse, Location = location });

    [When("the merchant deletes the location {string} of {string}")]
    public void WhenTheMerchantDeletes(string location, string warehouse) => host.When(new DeleteLocation { Warehouse = warehouse, Location = location });

    [When("^the merchant marks the location \"([^\"]*)\" of \"([^\"]*)\" as (sellable|not sellable)$")]
    public void WhenTheMerchantMarksSellability(string location, string warehouse, string sellable) =>
        host.When(new SetSellable { Warehouse = warehouse, Location = location, Sellable = sellable == "sellable" });

    [Then("the warehouse {string} named {string} is recorded")]
    public void ThenTheWarehouseIsRecorded(string code, string name)
    {
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(new WarehouseCreated { Code = code, Name = name }, LocationRules.StreamOf(code))]);
    }

    [Then("a warehouse with a code of {int} characters is recorded")]
    public void ThenAWarehouseWithCodeLengthIsRecorded(int length) => ThenTheWarehouseIsRecorded(CatalogSteps.CodeOfLength(length), "Sized");

    [Then("the warehouse {string} with a name of {int} characters is recorded")]
    public void ThenTheWarehouseWithNameLengthIsRecorded(string code, int length) => ThenTheWarehouseIsRecorded(code, CatalogSteps.NameOfLength(length));

    [Then("^the " + TypeWords + " location \"([^\"]*)\" of \"([^\"]*)\" is recorded as (sellable|not sellable)$")]
    public void ThenTheLocationIsRecorded(string type, string location, string warehouse, string sellable)
    {
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(
            new LocationCreated { Warehouse = warehouse, Location = location, Type = ParseType(type), Sellable = sellable == "sellable" },
            LocationRules.StreamOf(warehouse))]);
    }

    [Then("a pick location with a code of {int} characters is recorded in {string}")]
    public void ThenALocationWithCodeLengthIsRecorded(int length, string warehouse) =>
        ThenTheLocationIsRecorded("pick", CatalogSteps.CodeOfLength(length), warehouse, "sellable");

    [Then("^the location \"([^\"]*)\" of \"([^\"]*)\" is recorded as (locked|unlocked|deleted)$")]
    public void ThenTheLocationChangeIsRecorded(string location, string warehouse, string change)
    {
        host.ThenAccepted();
        IEventContract expected = change switch
        {
            "locked" => new LocationLocked { Warehouse = warehouse, Location = location },
            "unlocked" => new LocationUnlocked { Warehouse = warehouse, Location = location },
            _ => new LocationDeleted { Warehouse = warehouse, Location = location },
        };
        host.ThenNewEvents([ExpectedEvent.Of(expected, LocationRules.StreamOf(warehouse))]);
    }

    [Then("^the location \"([^\"]*)\" of \"([^\"]*)\" is recorded as now (sellable|not sellable)$")]
    public void ThenTheSellabilityChangeIsRecorded(string location, string warehouse, string sellable)
    {
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(
            new LocationSellabilityChanged { Warehouse = warehouse, Location = location, Sellable = sellable == "sellable" },
            LocationRules.StreamOf(warehouse))]);
    }

    [Then("^the location \"([^\"]*)\" of \"([^\"]*)\" is listed as (locked|unlocked|sellable|not sellable)$")]
    public void ThenTheLocationIsListedAs(string location, string warehouse, string state) =>
        host.ThenView($"the location '{location}' of '{warehouse}' to be listed as {state}", transaction =>
            PlacesView.FindLocation(transaction, warehouse, location) switch
            {
                null => $"there is no location '{location}' in '{warehouse}'",
                var row when state switch
                {
                    "locked" => row.Locked,
                    "unlocked" => !row.Locked,
                    "sellable" => row.Sellable,
                    _ => !row.Sellable,
                } => null,
                var row => $"it is listed as {(row.Locked ? "locked" : "unlocked")} and {(row.Sellable ? "sellable" : "not sellable")}",
            });

    [Then("the location {string} of {string} is no longer listed")]
    public void ThenTheLocationIsNoLongerListed(string location, string warehouse) =>
        host.ThenView($"the location '{location}' of '{warehouse}' not to be listed", transaction =>
            PlacesView.FindLocation(transaction, warehouse, location) is null ? null : "it is still listed");

    [Then("the command is refused because the warehouse {string} already exists")]
    public void ThenRefusedAsWarehouseExists(string existingCode)
    {
        var error = host.ThenRefused<WarehouseAlreadyExists>();
        host.Expect($"the existing warehouse to be '{existingCode}'", error.ExistingCode == existingCode ? null : $"the refusal named '{error.ExistingCode}'");
    }

    [Then("the command is refused because {string} already has the location {string}")]
    public void ThenRefusedAsLocationExists(string warehouse, string existingLocation)
    {
        var error = host.ThenRefused<LocationAlreadyExists>();
        host.Expect($"the existing location to be '{existingLocation}' of '{warehouse}'",
            error.ExistingLocation == existingLocation && error.Warehouse == warehouse ? null : $"the refusal named '{error.ExistingLocation}' of '{error.Warehouse}'");
    }

    [Then("the command is refused because a warehouse code is at most {int} characters")]
    public void ThenRefusedAsWarehouseCodeTooLong(int maxLength)
    {
        var error = host.ThenRefused<InvalidCode>();
        host.Expect($"a warehouse code over {maxLength} characters to be refused",
            error.Kind == CodeKind.Warehouse && error.MaxLength == maxLength && error.Code.Length > maxLength ? null : $"the refusal was about the {error.Kind} '{error.Code}', limit {error.MaxLength}");
    }

    [Then("the command is refused because a warehouse name is 1 to {int} characters")]
    public void ThenRefusedAsWarehouseName(int maxLength)
    {
        var error = host.ThenRefused<InvalidWarehouseName>();
        host.Expect($"a warehouse name outside 1 to {maxLength} characters to be refused",
            error.MaxLength == maxLength && (error.Name.Length == 0 || error.Name.Length > maxLength) ? null : $"the refusal was about a name of {error.Name.Length} characters, limit {error.MaxLength}");
    }

    [Then("the command is refused because a location code is at most {int} characters")]
    public void ThenRefusedAsLocationCodeTooLong(int maxLength)
    {
        var error = host.ThenRefused<InvalidCode>();
        host.Expect($"a location code over {maxLength} characters to be refused",
            error.Kind == CodeKind.Location && error.MaxLength == maxLength && error.Code.Length > maxLength ? null : $"the refusal was about the {error.Kind} '{error.Code}', limit {error.MaxLength}");
    }

    [Then("the command is refused because there is no warehouse {string}")]
    public void ThenRefusedAsUnknownWarehouse(string warehouse)
    {
        var error = host.ThenRefused<UnknownWarehouse>();
        host.Expect($"the unknown warehouse to be '{warehouse}'", error.Warehouse == warehouse ? null : $"the refusal named '{error.Warehouse}'");
    }

    [Then("the command is refused because there is no location {string} in {string}")]
    public void ThenRefusedAsUnknownLocation(string location, string warehouse)
    {
        var error = host.ThenRefused<UnknownLocation>();
        host.Expect($"the unknown location to be '{location}' of '{warehouse}'",
            error.Location == location && error.Warehouse == warehouse ? null : $"the refusal named '{error.Location}' of '{error.Warehouse}'");
    }

    [Then("the command is refused because the location {string} of {string} is locked")]
    public void ThenRefusedAsLocked(string location, string warehouse)
    {
        var error = host.ThenRefused<LocationIsLocked>();
        host.Expect($"the locked location to be '{location}' of '{warehouse}'",
            error.Location == location && error.Warehouse == warehouse ? null : $"the refusal named '{error.Location}' of '{error.Warehouse}'");
    }

    [Then("the command is refused because the location {string} of {string} still holds {long} unit(s)")]
    public void ThenRefusedAsNotEmpty(string location, string warehouse, long units)
    {
        var error = host.ThenRefused<LocationNotEmpty>();
        host.Expect($"'{location}' of '{warehouse}' to be refused as holding {units} units",
            error.Location == location && error.Warehouse == warehouse && error.UnitsOnHand == units ? null : $"the refusal named '{error.Location}' of '{error.Warehouse}' with {error.UnitsOnHand} units");
    }

    private static LocationType ParseType(string word) => word switch
    {
        "pick" => LocationType.Pick,
        "bulk" => LocationType.Bulk,
        "receiving" => LocationType.Receiving,
        "staging" => LocationType.Staging,
        "dropship" => LocationType.Dropship,
        _ => throw new ArgumentException($"'{word}' is not a location type.", nameof(word)),
    };

    /// <summary>R-3.2's defaults: stock in pick, bulk and dropship locations is sellable, in receiving and staging not.</summary>
    private static bool DefaultSellable(LocationType type) => type is not (LocationType.Receiving or LocationType.Staging);
}
