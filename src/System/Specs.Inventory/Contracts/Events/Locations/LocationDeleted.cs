namespace Specs.Inventory.Contracts.Events.Locations;

[EventContract(1037, "An empty location was deleted; its code may be used again for a new location.")]
public sealed partial class LocationDeleted
{
    [Field(0, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(1, "Code of the location (unique within its warehouse).")]
    public required string Location { get; init; }
}
