namespace Specs.Inventory.Contracts.Commands.Holds;

[CommandContract(2098, "Allocate sellable stock to a sale's units still to pick, in full. Refused when the stock left after holds, other allocations and the sales ahead of it (higher priority, then older) is short.")]
public sealed partial class AllocateSale
{
    [Field(0, "Name of the channel.")]
    public required string Channel { get; init; }

    [Field(1, "The channel's id of the sale.")]
    public required string ExternalId { get; init; }
}
