using System.Collections.Immutable;
using Specs.Inventory.Contracts;
using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Locations;

/// <summary>One location as the rules see it. Sellable decides whether its stock counts towards Available.</summary>
public sealed record Location(LocationAddress Address, LocationType Type, bool Sellable, bool Locked);

/// <summary>One warehouse and its locations by code (compared without regard to case).</summary>
public sealed record Warehouse(string Code, string Name)
{
    public ImmutableSortedDictionary<string, Location> Locations { get; init; } =
        ImmutableSortedDictionary.Create<string, Location>(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Warehouses by code (compared without regard to case). Deleted locations are gone; their codes may be reused.</summary>
public sealed record LocationsState
{
    public static LocationsState Empty { get; } = new();

    public ImmutableSortedDictionary<string, Warehouse> Warehouses { get; private init; } =
        ImmutableSortedDictionary.Create<string, Warehouse>(StringComparer.OrdinalIgnoreCase);

    public Warehouse? FindWarehouse(string code) => Warehouses.GetValueOrDefault(code);

    public Location? Find(string warehouse, string location) => FindWarehouse(warehouse)?.Locations.GetValueOrDefault(location);

    public Location? Find(LocationAddress address) => Find(address.Warehouse, address.Location);

    /// <summary>Whether stock at the address counts towards Available; no location, no sale.</summary>
    public bool IsSellable(LocationAddress address) => Find(address)?.Sellable ?? false;

    public LocationsState With(Warehouse warehouse) => this with { Warehouses = Warehouses.SetItem(warehouse.Code, warehouse) };

    public LocationsState With(Location location) =>
        FindWarehouse(location.Address.Warehouse) is { } warehouse
            ? With(warehouse with { Locations = warehouse.Locations.SetItem(location.Address.Location, location) })
            : this;

    public LocationsState Without(LocationAddress address) =>
        FindWarehouse(address.Warehouse) is { } warehouse
            ? With(warehouse with { Locations = warehouse.Locations.Remove(address.Location) })
            : this;
}
