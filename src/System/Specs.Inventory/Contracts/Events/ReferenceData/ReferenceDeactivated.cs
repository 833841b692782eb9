namespace Specs.Inventory.Contracts.Events.ReferenceData;

[EventContract(1211, "A reason, supplier or channel was deactivated: it stays on record but may no longer be used.")]
public sealed partial class ReferenceDeactivated
{
    [Field(0, "What kind of reference data it is.")]
    public ReferenceKind Kind { get; init; }

    [Field(1, "Its name.")]
    public required string Name { get; init; }
}
