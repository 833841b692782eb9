namespace Specs.Inventory.Contracts.Events.Locations;

[EventContract(1033, "A location was created in a warehouse; its code is unique within the warehouse.")]
public sealed partial class LocationCreated
{
    [Field(0, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(1, "Code of the location (unique within its warehouse).")]
    public required string Location { get; init; }

    [Field(2, "What the location is used for.")]
    public LocationType Type { get; init; }

    [Field(3, "Whether stock in the location counts towards Available.")]
    public bool Sellable { get; init; }
}
