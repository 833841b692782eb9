namespace Specs.Inventory.Contracts.Events.Purchasing;

[EventContract(1066, "A line of an open purchase order was added, changed or removed (0 units); Incoming follows.")]
public sealed partial class PurchaseOrderLineChanged
{
    [Field(0, "Number of the purchase order.")]
    public required string PurchaseOrder { get; init; }

    [Field(1, "The SKU of the line.")]
    public required string Sku { get; init; }

    [Field(2, "Units now ordered; 0 when the line was removed.")]
    public long Quantity { get; init; }

    [Field(3, "Units ordered before; 0 when the line is new.")]
    public long PreviousQuantity { get; init; }

    [Field(4, "Cost of one unit now, in minor units.")]
    public long UnitCostMinor { get; init; }
}
