namespace Specs.Inventory.Contracts.Commands.Locations;

[CommandContract(2035, "Lock a location so nothing moves into or out of it (during a count, for example). Locking a locked location changes nothing.")]
public sealed partial class LockLocation
{
    [Field(0, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(1, "Code of the location (unique within its warehouse).")]
    public required string Location { get; init; }
}
