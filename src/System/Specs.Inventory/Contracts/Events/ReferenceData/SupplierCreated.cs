namespace Specs.Inventory.Contracts.Events.ReferenceData;

[EventContract(1209, "A supplier was created; its name is unique and it is active.")]
public sealed partial class SupplierCreated
{
    [Field(0, "The supplier's name, as purchase orders cite it (unique, compared without regard to case).")]
    public required string Name { get; init; }

    [Field(1, "How to reach the supplier, if known.")]
    public string? Contact { get; init; }
}
