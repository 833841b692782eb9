namespace Specs.Inventory.Contracts.Events.Locations;

[EventContract(1032, "A warehouse was created; its code is unique in the tenant.")]
public sealed partial class WarehouseCreated
{
    [Field(0, "The warehouse code (unique, compared without regard to case).")]
    public required string Code { get; init; }

    [Field(1, "Name shown to people.")]
    public required string Name { get; init; }
}
