namespace Specs.Inventory.Contracts.Events.Picking;

[EventContract(1116, "A picklist was closed with every line picked or shorted; no more picks or shorts on it.")]
public sealed partial class PicklistCompleted
{
    [Field(0, "The picklist.")]
    public Guid PicklistId { get; init; }
}
