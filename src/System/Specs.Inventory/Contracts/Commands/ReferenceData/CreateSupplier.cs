namespace Specs.Inventory.Contracts.Commands.ReferenceData;

[CommandContract(2209, "Create a supplier. Refused when the name is empty, too long, or already used by another supplier.")]
public sealed partial class CreateSupplier
{
    [Field(0, "The supplier's name (1-100 characters, unique among suppliers without regard to case).")]
    public required string Name { get; init; }

    [Field(1, "How to reach the supplier.")]
    public string? Contact { get; init; }
}
