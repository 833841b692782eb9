using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Commands.Purchasing;

[CommandContract(2064, "Receive goods on an open purchase order into a location of its warehouse. Refused on a closed or cancelled order, for a SKU not on the order, or beyond the over-receipt tolerance; a repeated receipt id changes nothing.")]
public sealed partial class ReceiveItems
{
    [Field(0, "Number of the purchase order to receive against.")]
    public required string PurchaseOrder { get; init; }

    [Field(1, "Id of this receipt (1-64 characters, unique per order), chosen by the caller such as a delivery note number; a repeat changes nothing.")]
    public required string ReceiptId { get; init; }

    [Field(2, "Code of the warehouse: the order's warehouse.")]
    public required string Warehouse { get; init; }

    [Field(3, "Code of the location to put the goods in (unique within its warehouse).")]
    public required string Location { get; init; }

    [Field(4, "What is received (1-100 lines), one line per SKU and lot.")]
    public IReadOnlyList<ReceiptLine> Lines { get; init; } = [];
}
