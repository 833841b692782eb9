using System.Diagnostics.CodeAnalysis;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Locations;
using Specs.Inventory.Contracts.Events.Locations;
using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Locations;

/// <summary>
/// Area 3, warehouses and locations. Rules (docs/domain-rules.md): warehouse codes are unique;
/// location codes are unique per warehouse; commands cite existing places; stock
/// in non-sellable locations is not Available; nothing moves into or out of a locked location;
/// only an empty, unlocked location may be deleted.
/// </summary>
public static class LocationRules
{
    public const string WarehouseCodesUnique = "R-3.1";
    public const string LocationCodesUnique = "R-3.2";
    public const string PlacesExist = "R-3.3";
    public const string NonSellableExcluded = "R-3.4";
    public const string LockedLocationsFrozen = "R-3.5";
    public const string OnlyEmptyLocationsDeleted = "R-3.6";

    public static Decision Decide(CreateWarehouse command, InventoryState state)
    {
        var code = Codes.Normalize(command.Code);
        var name = Codes.Normalize(command.Name);
        if (Codes.Check(CodeKind.Warehouse, code) is { } invalid)
        {
            return Decision.Refuse(invalid);
        }

        if (!Codes.IsWellFormedName(name))
        {
            return Decision.Refuse(new InvalidWarehouseName(code, name, Codes.MaxNameLength));
        }

        return state.Locations.FindWarehouse(code) is { } existing
            ? Decision.Refuse(new WarehouseAlreadyExists(code, existing.Code))
            : Decision.Accept(StreamOf(code), new WarehouseCreated { Code = code, Name = name });
    }

    public static Decision Decide(CreateLocation command, InventoryState state)
    {
        var code = Codes.Normalize(command.Location);
        if (Codes.Check(CodeKind.Location, code) is { } invalid)
        {
            return Decision.Refuse(invalid);
        }

        var warehouse = state.Locations.FindWarehouse(Codes.Normalize(command.Warehouse));
        if (warehouse is null)
        {
            return Decision.Refuse(new UnknownWarehouse(Codes.Normalize(command.Warehouse)));
        }

        if (warehouse.Locations.GetValueOrDefault(code) is { } existing)
        {
            return Decision.Refuse(new LocationAlreadyExists(warehouse.Code, code, existing.Address.Location));
        }

        var sellable = command.Sellable ?? SellableByDefault(command.Type);
        return Decision.Accept(StreamOf(warehouse.Code), new LocationCreated { Warehouse = warehouse.Code, Location = code, Type = command.Type, Sellable = sellable });
    }

    public static Decision Decide(SetSellable command, InventoryState state) =>
        Change(state, command.Warehouse, command.Location, location => location.Sellable == command.Sellable
            ? null
            : new LocationSellabilityChanged { Warehouse = location.Address.Warehouse, Location = location.Address.Location, Sellable = command.Sellable });

    public static Decision Decide(LockLocation command, InventoryState state) =>
        Change(state, command.Warehouse, command.Location, location => location.Locked
            ? null
            : new LocationLocked { Warehouse = location.Address.Warehouse, Location = location.Address.Location });

    public static Decision Decide(UnlockLocation command, InventoryState state) =>
        Change(state, command.Warehouse, command.Location, location => location.Locked
            ? new LocationUnlocked { Warehouse = location.Address.Warehouse, Location = location.Address.Location }
            : null);

    public static Decision Decide(DeleteLocation command, InventoryState state)
    {
        if (!RequireExisting(state.Locations, command.Warehouse, command.Location, out var location, out var unknown))
        {
            return Decision.Refuse(unknown);
        }

        var address = location.Address;
        var units = state.Stock.UnitsAt(address);
        return location.Locked ? Decision.Refuse(new LocationIsLocked(address.Warehouse, address.Location))
            : units > 0 ? Decision.Refuse(LocationNotEmpty.Of(address, units))
            : Decision.Accept(StreamOf(address.Warehouse), new LocationDeleted { Warehouse = address.Warehouse, Location = address.Location });
    }

    /// <summary>Pick, bulk and dropship stock is for sale; receiving and staging stock is on its way in or out.</summary>
    public static bool SellableByDefault(LocationType type) => type is LocationType.Pick or LocationType.Bulk or LocationType.Dropship;

    /// <summary>What other areas call to resolve a location they read from: true when it exists, else false with the refusal.</summary>
    public static bool RequireExisting(LocationsState state, string warehouse, string location, [NotNullWhen(true)] out Location? found, [NotNullWhen(false)] out DomainError? refusal)
    {
        var warehouseCode = Codes.Normalize(warehouse);
        var locationCode = Codes.Normalize(location);
        found = state.Find(warehouseCode, locationCode);
        refusal = found is not null ? null
            : state.FindWarehouse(warehouseCode) is { } known ? new UnknownLocation(known.Code, locationCode)
            : new UnknownWarehouse(warehouseCode);
        return found is not null;
    }

    /// <summary>
    /// What other areas call before stock moves into or out of a location: true when it
    /// exists and is unlocked, else false with the refusal.
    /// </summary>
    public static bool RequireOpen(LocationsState state, string warehouse, string location, [NotNullWhen(true)] out Location? found, [NotNullWhen(false)] out DomainError? refusal)
    {
        if (RequireExisting(state, warehouse, location, out found, out refusal) && found.Locked)
        {
            refusal = new LocationIsLocked(found.Address.Warehouse, found.Address.Location);
            found = null;
        }

        return found is not null;
    }

    public static LocationsState Evolve(LocationsState state, WarehouseCreated created) =>
        state.With(new Warehouse(created.Code, created.Name));

    public static LocationsState Evolve(LocationsState state, LocationCreated created) =>
        state.With(new Location(new LocationAddress(created.Warehouse, created.Location), created.Type, created.Sellable, Locked: false));

    public static LocationsState Evolve(LocationsState state, LocationSellabilityChanged changed) =>
        Apply(state, changed.Warehouse, changed.Location, location => location with { Sellable = changed.Sellable });

    public static LocationsState Evolve(LocationsState state, LocationLocked locked) =>
        Apply(state, locked.Warehouse, locked.Location, location => location with { Locked = true });

    public static LocationsState Evolve(LocationsState state, LocationUnlocked unlocked) =>
        Apply(state, unlocked.Warehouse, unlocked.Location, location => location with { Locked = false });

    public static LocationsState Evolve(LocationsState state, LocationDeleted deleted) =>
        state.Without(new LocationAddress(deleted.Warehouse, deleted.Location));

    /// <summary>The stream of a warehouse and all its locations: the code, lower-cased because codes ignore case.</summary>
    public static string StreamOf(string warehouse) => $"warehouse/{warehouse.ToLowerInvariant()}";

    private static Decision Change(InventoryState state, string warehouse, string location, Func<Location, IEventContract?> change)
    {
        if (!RequireExisting(state.Locations, warehouse, location, out var found, out var unknown))
        {
            return Decision.Refuse(unknown);
        }

        var stream = StreamOf(found.Address.Warehouse);
        return change(found) is { } changed ? Decision.Accept(stream, changed) : Decision.Accept(stream);
    }

    private static LocationsState Apply(LocationsState state, string warehouse, string location, Func<Location, Location> change) =>
        state.Find(warehouse, location) is { } found ? state.With(change(found)) : state;
}
