namespace Specs.Inventory.Contracts.Commands.Sales;

[CommandContract(2081, "Set a sale's status; Cancelled cancels it. Setting the status it has changes nothing; a cancelled sale's status is final.")]
public sealed partial class UpdateSaleStatus
{
    [Field(0, "Name of the channel.")]
    public required string Channel { get; init; }

    [Field(1, "The channel's id of the sale.")]
    public required string ExternalId { get; init; }

    [Field(2, "The new status.")]
    public required SaleStatus Status { get; init; }
}
