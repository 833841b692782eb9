namespace Specs.Inventory.Contracts.Events.Locations;

[EventContract(1036, "A location was unlocked: stock may move into and out of it again.")]
public sealed partial class LocationUnlocked
{
    [Field(0, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(1, "Code of the location (unique within its warehouse).")]
    public required string Location { get; init; }
}
