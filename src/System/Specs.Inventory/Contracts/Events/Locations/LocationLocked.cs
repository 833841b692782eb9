namespace Specs.Inventory.Contracts.Events.Locations;

[EventContract(1035, "A location was locked: nothing moves into or out of it until it is unlocked.")]
public sealed partial class LocationLocked
{
    [Field(0, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(1, "Code of the location (unique within its warehouse).")]
    public required string Location { get; init; }
}
