namespace Specs.Inventory.Contracts.Commands.ReferenceData;

[CommandContract(2211, "Deactivate a reason, supplier or channel so it can no longer be used. Refused when it does not exist; deactivating an inactive one changes nothing.")]
public sealed partial class DeactivateReference
{
    [Field(0, "What kind of reference data it is.")]
    public required ReferenceKind Kind { get; init; }

    [Field(1, "Its name.")]
    public required string Name { get; init; }
}
