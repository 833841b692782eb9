namespace Specs.Inventory.Contracts.Commands.Counts;

[CommandContract(2163, "Approve a count: each line's variance becomes a stock adjustment. Refused while a snapshot line is uncounted or a recount is pending.")]
public sealed partial class ApproveCount
{
    [Field(0, "Id of an open count.")]
    public Guid CountId { get; init; }
}
