namespace Specs.Inventory.Contracts.Events.Shipping;

[EventContract(1129, "Picked units of a picklist line failed the check; they must be unpicked before the sale ships.")]
public sealed partial class ItemFailedCheck
{
    [Field(0, "The picklist.")]
    public Guid PicklistId { get; init; }

    [Field(1, "The SKU of the line.")]
    public required string Sku { get; init; }

    [Field(2, "The sale of the line, if any.")]
    public Guid? SaleId { get; init; }

    [Field(3, "Units that failed; always positive.")]
    public long Quantity { get; init; }

    [Field(4, "Why they failed, if said.")]
    public string? Note { get; init; }
}
