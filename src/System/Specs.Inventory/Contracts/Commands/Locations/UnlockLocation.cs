namespace Specs.Inventory.Contracts.Commands.Locations;

[CommandContract(2036, "Unlock a location. Unlocking an unlocked location changes nothing.")]
public sealed partial class UnlockLocation
{
    [Field(0, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(1, "Code of the location (unique within its warehouse).")]
    public required string Location { get; init; }
}
