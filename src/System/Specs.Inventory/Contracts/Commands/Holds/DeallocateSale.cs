namespace Specs.Inventory.Contracts.Commands.Holds;

[CommandContract(2099, "Take a sale's allocation back; its units stay Pending. Deallocating a sale that is not allocated changes nothing.")]
public sealed partial class DeallocateSale
{
    [Field(0, "Name of the channel.")]
    public required string Channel { get; init; }

    [Field(1, "The channel's id of the sale.")]
    public required string ExternalId { get; init; }
}
