using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Commands.Purchasing;

[CommandContract(2066, "Change, add or remove lines of an open purchase order; lines not named stay as they are. Refused on a closed or cancelled order or below what was received.")]
public sealed partial class UpdatePurchaseOrder
{
    [Field(0, "Number of the purchase order.")]
    public required string PurchaseOrder { get; init; }

    [Field(1, "The lines to set (1-100, one per SKU): new units ordered and unit cost; 0 units removes a line with nothing received.")]
    public IReadOnlyList<PurchaseOrderLine> Lines { get; init; } = [];
}
