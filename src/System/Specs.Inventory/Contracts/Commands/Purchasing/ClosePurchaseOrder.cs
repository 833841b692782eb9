namespace Specs.Inventory.Contracts.Commands.Purchasing;

[CommandContract(2067, "Close a purchase order: nothing more is expected, its remaining Incoming goes. Closing a closed order changes nothing; a cancelled one is refused.")]
public sealed partial class ClosePurchaseOrder
{
    [Field(0, "Number of the purchase order.")]
    public required string PurchaseOrder { get; init; }
}
