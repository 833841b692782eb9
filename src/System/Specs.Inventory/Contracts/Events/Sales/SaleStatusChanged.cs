namespace Specs.Inventory.Contracts.Events.Sales;

[EventContract(1082, "A sale's status changed (not to Cancelled, which is SaleCancelled); its reserved units are unchanged.")]
public sealed partial class SaleStatusChanged
{
    [Field(0, "Name of the channel.")]
    public required string Channel { get; init; }

    [Field(1, "The channel's id of the sale.")]
    public required string ExternalId { get; init; }

    [Field(2, "The new status.")]
    public SaleStatus Status { get; init; }

    [Field(3, "The status before.")]
    public SaleStatus PreviousStatus { get; init; }
}
