using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Events.Purchasing;

[EventContract(1065, "A purchase order was placed with a supplier for a warehouse; its units are Incoming.")]
public sealed partial class PurchaseOrderCreated
{
    [Field(0, "The order's number.")]
    public required string PurchaseOrder { get; init; }

    [Field(1, "Name of the supplier.")]
    public required string Supplier { get; init; }

    [Field(2, "Code of the warehouse the goods are delivered to.")]
    public required string Warehouse { get; init; }

    [Field(3, "What was ordered, one line per SKU.")]
    public IReadOnlyList<PurchaseOrderLine> Lines { get; init; } = [];

    [Field(4, "When the goods are expected, Unix milliseconds; absent when unknown.")]
    public long? ExpectedAtUnixMs { get; init; }

    [Field(5, "When the order was placed, Unix milliseconds.")]
    public long CreatedAtUnixMs { get; init; }
}
