namespace Specs.Inventory.Contracts.Commands.Locations;

[CommandContract(2037, "Delete a location. Refused while it holds stock or is locked.")]
public sealed partial class DeleteLocation
{
    [Field(0, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(1, "Code of the location (unique within its warehouse).")]
    public required string Location { get; init; }
}
