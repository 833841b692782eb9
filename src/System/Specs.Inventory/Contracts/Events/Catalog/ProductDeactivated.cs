namespace Specs.Inventory.Contracts.Events.Catalog;

[EventContract(1004, "A product was deactivated: it stays on record, keeps its codes, and may no longer be stocked or used in kits.")]
public sealed partial class ProductDeactivated
{
    [Field(0, "The product's SKU.")]
    public required string Sku { get; init; }
}
