namespace Specs.Inventory.Contracts.Events.Purchasing;

[EventContract(1068, "A purchase order was cancelled before anything was received; its Incoming is gone.")]
public sealed partial class PurchaseOrderCancelled
{
    [Field(0, "Number of the purchase order.")]
    public required string PurchaseOrder { get; init; }

    [Field(1, "When the order was cancelled, Unix milliseconds.")]
    public long CancelledAtUnixMs { get; init; }
}
