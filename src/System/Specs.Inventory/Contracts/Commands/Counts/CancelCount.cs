namespace Specs.Inventory.Contracts.Commands.Counts;

[CommandContract(2164, "Cancel an open count; nothing it recorded adjusts stock. Cancelling a cancelled count changes nothing.")]
public sealed partial class CancelCount
{
    [Field(0, "Id of the count.")]
    public Guid CountId { get; init; }
}
