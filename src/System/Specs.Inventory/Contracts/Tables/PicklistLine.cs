namespace Specs.Inventory.Contracts.Tables;

[ContractTable("One line of a picklist: units of a SKU to pick, for a sale or (with no sale) for another purpose such as a replenishment.")]
public sealed partial class PicklistLine
{
    [Field(0, "The SKU to pick (an alternate SKU in a command; the SKU itself in an event).")]
    public required string Sku { get; init; }

    [Field(1, "Units to pick; 1 to 10^12.")]
    public long Quantity { get; init; }

    [Field(2, "The sale the units are for, as an opaque reference; absent when the line serves no sale.")]
    public Guid? SaleId { get; init; }
}
