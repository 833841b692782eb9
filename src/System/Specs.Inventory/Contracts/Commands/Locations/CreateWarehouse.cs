namespace Specs.Inventory.Contracts.Commands.Locations;

[CommandContract(2032, "Create a warehouse. Refused when the code is already used by another warehouse.")]
public sealed partial class CreateWarehouse
{
    [Field(0, "The warehouse code (1-64 characters, unique without regard to case).")]
    public required string Code { get; init; }

    [Field(1, "Name shown to people (1-200 characters).")]
    public required string Name { get; init; }
}
