namespace Specs.Inventory.Contracts.Events.Catalog;

[EventContract(1001, "A product's name or description changed.")]
public sealed partial class ProductUpdated
{
    [Field(0, "The product's SKU.")]
    public required string Sku { get; init; }

    [Field(1, "The product's name from now on.")]
    public required string Name { get; init; }

    [Field(2, "The product's description from now on; absent when it has none.")]
    public string? Description { get; init; }
}
