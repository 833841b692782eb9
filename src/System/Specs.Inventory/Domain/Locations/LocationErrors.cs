using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Locations;

/// <summary>R-3.1: another warehouse already has the code (without regard to case).</summary>
public sealed record WarehouseAlreadyExists(string Code, string ExistingCode) : DomainError
{
    public override string RuleId => LocationRules.WarehouseCodesUnique;

    public override string Describe() => $"A warehouse with code '{ExistingCode}' already exists, so '{Code}' cannot be created.";
}

/// <summary>R-3.1: a warehouse name is blank or longer than the limit.</summary>
public sealed record InvalidWarehouseName(string Code, string Name, int MaxLength) : DomainError
{
    public override string RuleId => LocationRules.WarehouseCodesUnique;

    public override string Describe() => Name.Length == 0
        ? $"Warehouse '{Code}' needs a name."
        : $"The name of warehouse '{Code}' {Codes.Flaw(Name, MaxLength, isName: true)}";
}

/// <summary>R-3.2: the warehouse already has a location with the code (without regard to case).</summary>
public sealed record LocationAlreadyExists(string Warehouse, string Location, string ExistingLocation) : DomainError
{
    public override string RuleId => LocationRules.LocationCodesUnique;

    public override string Describe() => $"Warehouse '{Warehouse}' already has a location '{ExistingLocation}', so '{Location}' cannot be created.";
}

/// <summary>R-3.3: a command cites a warehouse that does not exist.</summary>
public sealed record UnknownWarehouse(string Warehouse) : DomainError
{
    public override string RuleId => LocationRules.PlacesExist;

    public override string Describe() => $"There is no warehouse '{Warehouse}'.";
}

/// <summary>R-3.3: a command cites a location that does not exist in the warehouse.</summary>
public sealed record UnknownLocation(string Warehouse, string Location) : DomainError
{
    public override string RuleId => LocationRules.PlacesExist;

    public override string Describe() => $"Warehouse '{Warehouse}' has no location '{Location}'.";
}

/// <summary>R-3.5 (and ): stock may not move into or out of a locked location, and it may not be deleted.</summary>
public sealed record LocationIsLocked(string Warehouse, string Location) : DomainError
{
    public override string RuleId => LocationRules.LockedLocationsFrozen;

    public override string Describe() => $"Location '{Location}' in warehouse '{Warehouse}' is locked: nothing may move into or out of it until it is unlocked.";
}

/// <summary>R-3.6: a location that holds stock may not be deleted.</summary>
public sealed record LocationNotEmpty(string Warehouse, string Location, long UnitsOnHand) : DomainError
{
    public override string RuleId => LocationRules.OnlyEmptyLocationsDeleted;

    public override string Describe() => $"Location '{Location}' in warehouse '{Warehouse}' still holds {UnitsOnHand} units; move or remove them before deleting it.";

    public static LocationNotEmpty Of(LocationAddress address, long units) => new(address.Warehouse, address.Location, units);
}
