namespace Specs.Inventory.Contracts.Commands.Sales;

[CommandContract(2082, "Cancel a sale: its pending units are released, its picked units are to be unpicked. Cancelling a cancelled sale changes nothing.")]
public sealed partial class CancelSale
{
    [Field(0, "Name of the channel.")]
    public required string Channel { get; init; }

    [Field(1, "The channel's id of the sale.")]
    public required string ExternalId { get; init; }
}
