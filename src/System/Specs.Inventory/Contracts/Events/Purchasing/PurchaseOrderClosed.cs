using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Events.Purchasing;

[EventContract(1067, "A purchase order was closed: nothing more is expected on it.")]
public sealed partial class PurchaseOrderClosed
{
    [Field(0, "Number of the purchase order.")]
    public required string PurchaseOrder { get; init; }

    [Field(1, "Units that were still expected and no longer are, per SKU (Incoming falls by them).")]
    public IReadOnlyList<PurchaseOrderLine> Unreceived { get; init; } = [];

    [Field(2, "When the order was closed, Unix milliseconds.")]
    public long ClosedAtUnixMs { get; init; }
}
