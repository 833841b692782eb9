namespace Specs.Inventory.Contracts.Events.Shipping;

[EventContract(1130, "Picked units went back into a location: Picked fell and OnHand there rose by the quantity; the sale's Pending rose by PendingRestored.")]
public sealed partial class ItemUnpicked
{
    [Field(0, "The picklist.")]
    public Guid PicklistId { get; init; }

    [Field(1, "The SKU of the line.")]
    public required string Sku { get; init; }

    [Field(2, "The sale of the line, if any.")]
    public Guid? SaleId { get; init; }

    [Field(3, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(4, "Code of the location the units went into.")]
    public required string Location { get; init; }

    [Field(5, "Units put back; always positive.")]
    public long Quantity { get; init; }

    [Field(6, "Lot of the units, for lot-tracked products.")]
    public string? Lot { get; init; }

    [Field(7, "Serial numbers of the units, for serial-tracked products.")]
    public IReadOnlyList<string> Serials { get; init; } = [];

    [Field(8, "Units by which the SKU's Pending rose again: at most what the line's picks released.")]
    public long PendingRestored { get; init; }
}
