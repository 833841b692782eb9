namespace Specs.Inventory.Contracts.Commands.Purchasing;

[CommandContract(2068, "Cancel a purchase order before anything is received: its Incoming goes. Cancelling a cancelled order changes nothing; a closed one, or one with receipts, is refused.")]
public sealed partial class CancelPurchaseOrder
{
    [Field(0, "Number of the purchase order.")]
    public required string PurchaseOrder { get; init; }
}
