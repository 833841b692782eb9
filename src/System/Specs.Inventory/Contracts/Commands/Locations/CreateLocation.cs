namespace Specs.Inventory.Contracts.Commands.Locations;

[CommandContract(2033, "Create a location in a warehouse. Refused when the warehouse does not exist or already has a location with that code.")]
public sealed partial class CreateLocation
{
    [Field(0, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(1, "The location code (1-64 characters, unique within the warehouse without regard to case).")]
    public required string Location { get; init; }

    [Field(2, "What the location is used for.")]
    public LocationType Type { get; init; }

    [Field(3, "Whether stock in it counts towards Available; absent for the type default (pick, bulk and dropship are sellable; receiving and staging are not).")]
    public bool? Sellable { get; init; }
}
