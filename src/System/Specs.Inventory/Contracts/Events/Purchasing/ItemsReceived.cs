using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Events.Purchasing;

[EventContract(1064, "Goods on a purchase order were received at a location: on hand grows there, Incoming falls by what was still expected, and each SKU's average cost is updated.")]
public sealed partial class ItemsReceived
{
    [Field(0, "Number of the purchase order received against.")]
    public required string PurchaseOrder { get; init; }

    [Field(1, "Id of this receipt; receiving the same id again has no further effect.")]
    public required string ReceiptId { get; init; }

    [Field(2, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(3, "Code of the location the goods were put in.")]
    public required string Location { get; init; }

    [Field(4, "What was received, one line per SKU and lot, with its cost.")]
    public IReadOnlyList<ReceivedLine> Lines { get; init; } = [];

    [Field(5, "When the goods were received, Unix milliseconds.")]
    public long ReceivedAtUnixMs { get; init; }
}
