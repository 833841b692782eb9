namespace Specs.Inventory.Contracts.Events.Shipping;

[EventContract(1128, "Picked units of a picklist line passed the check at the packing bench and may ship.")]
public sealed partial class ItemPassedCheck
{
    [Field(0, "The picklist.")]
    public Guid PicklistId { get; init; }

    [Field(1, "The SKU of the line.")]
    public required string Sku { get; init; }

    [Field(2, "The sale of the line, if any.")]
    public Guid? SaleId { get; init; }

    [Field(3, "Units that passed; always positive.")]
    public long Quantity { get; init; }
}
