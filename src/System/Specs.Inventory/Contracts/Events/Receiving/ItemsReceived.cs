using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Events.Receiving;

[EventContract(1064, "Goods on a purchase order were received at a location: Incoming moves to OnHand. A repeated receipt id changes nothing.")]
public sealed partial class ItemsReceived
{
    [Field(0, "The purchase order received against.")]
    public Guid PurchaseOrderId { get; init; }

    [Field(1, "Id of this receipt; receiving the same id twice has no further effect.")]
    public Guid ReceiptId { get; init; }

    [Field(2, "Code of the location the goods were put in.")]
    public required string Location { get; init; }

    [Field(3, "What was received, one line per SKU and lot.")]
    public IReadOnlyList<ReceiptLine> Lines { get; init; } = [];
}
