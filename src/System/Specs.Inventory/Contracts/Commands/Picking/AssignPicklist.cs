namespace Specs.Inventory.Contracts.Commands.Picking;

[CommandContract(2113, "Give an open picklist to a picker (or to another one). Refused on a completed picklist.")]
public sealed partial class AssignPicklist
{
    [Field(0, "The picklist.")]
    public Guid PicklistId { get; init; }

    [Field(1, "Who picks it (1-200 characters).")]
    public required string Picker { get; init; }
}
