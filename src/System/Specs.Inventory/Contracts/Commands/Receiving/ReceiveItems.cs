using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Commands.Receiving;

[CommandContract(2064, "Receive goods on a purchase order. Refused on a closed or cancelled order or beyond the over-receipt tolerance.")]
public sealed partial class ReceiveItems
{
    [Field(0, "The purchase order to receive against.")]
    public Guid PurchaseOrderId { get; init; }

    [Field(1, "Id of this receipt, chosen by the caller; a repeat changes nothing.")]
    public Guid ReceiptId { get; init; }

    [Field(2, "Code of the location to put the goods in.")]
    public required string Location { get; init; }

    [Field(3, "What is received, one line per SKU and lot.")]
    public IReadOnlyList<ReceiptLine> Lines { get; init; } = [];
}
