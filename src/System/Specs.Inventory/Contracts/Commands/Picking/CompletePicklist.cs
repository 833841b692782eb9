namespace Specs.Inventory.Contracts.Commands.Picking;

[CommandContract(2116, "Close a picklist once every line is picked or shorted. Refused while a line still needs units.")]
public sealed partial class CompletePicklist
{
    [Field(0, "The picklist.")]
    public Guid PicklistId { get; init; }
}
