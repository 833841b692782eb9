namespace Specs.Inventory.Contracts.Events.Picking;

[EventContract(1113, "A picklist was given to a picker.")]
public sealed partial class PicklistAssigned
{
    [Field(0, "The picklist.")]
    public Guid PicklistId { get; init; }

    [Field(1, "Who picks it now.")]
    public required string Picker { get; init; }

    [Field(2, "Who had it before, if anyone.")]
    public string? PreviousPicker { get; init; }
}
