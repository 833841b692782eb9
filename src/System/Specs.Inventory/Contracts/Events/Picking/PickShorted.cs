namespace Specs.Inventory.Contracts.Events.Picking;

[EventContract(1115, "Units of a picklist line could not be found: the line needs that many fewer; nothing moved and the sale's Pending is unchanged.")]
public sealed partial class PickShorted
{
    [Field(0, "The picklist.")]
    public Guid PicklistId { get; init; }

    [Field(1, "The SKU of the line.")]
    public required string Sku { get; init; }

    [Field(2, "The sale of the line, if any.")]
    public Guid? SaleId { get; init; }

    [Field(3, "Units shorted; always positive.")]
    public long Quantity { get; init; }
}
