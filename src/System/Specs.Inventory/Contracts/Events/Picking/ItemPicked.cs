namespace Specs.Inventory.Contracts.Events.Picking;

[EventContract(1114, "Units of a picklist line were picked out of a location: OnHand there fell and Picked rose by the quantity; the sale's Pending fell by PendingReleased.")]
public sealed partial class ItemPicked
{
    [Field(0, "The picklist.")]
    public Guid PicklistId { get; init; }

    [Field(1, "The SKU picked.")]
    public required string Sku { get; init; }

    [Field(2, "The sale of the line, if any.")]
    public Guid? SaleId { get; init; }

    [Field(3, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(4, "Code of the location the units came out of.")]
    public required string Location { get; init; }

    [Field(5, "Units picked; always positive.")]
    public long Quantity { get; init; }

    [Field(6, "Lot of the units, for lot-tracked products.")]
    public string? Lot { get; init; }

    [Field(7, "Serial numbers of the units, for serial-tracked products.")]
    public IReadOnlyList<string> Serials { get; init; } = [];

    [Field(8, "Units by which the SKU's Pending fell: the quantity for a sale's line, at most what was pending; 0 for a line with no sale.")]
    public long PendingReleased { get; init; }
}
