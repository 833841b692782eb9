using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Commands.Purchasing;

[CommandContract(2065, "Place a purchase order with a supplier for a warehouse; its units become Incoming. Refused for a number already used, an inactive supplier, an unknown warehouse or invalid lines.")]
public sealed partial class CreatePurchaseOrder
{
    [Field(0, "The order's number (1-64 characters, unique without regard to case), chosen by the merchant such as PO-1001.")]
    public required string PurchaseOrder { get; init; }

    [Field(1, "Name of an active supplier.")]
    public required string Supplier { get; init; }

    [Field(2, "Code of the warehouse the goods are delivered to.")]
    public required string Warehouse { get; init; }

    [Field(3, "What is ordered: 1-100 lines, one per SKU, 1 to 10^12 units each.")]
    public IReadOnlyList<PurchaseOrderLine> Lines { get; init; } = [];

    [Field(4, "When the goods are expected, Unix milliseconds; absent when unknown.")]
    public long? ExpectedAtUnixMs { get; init; }
}
