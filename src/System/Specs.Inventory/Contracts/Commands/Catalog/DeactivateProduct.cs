namespace Specs.Inventory.Contracts.Commands.Catalog;

[CommandContract(2004, "Deactivate a product. Refused while any of its units are in stock; deactivating an inactive product changes nothing.")]
public sealed partial class DeactivateProduct
{
    [Field(0, "The product's SKU (or one of its alternate SKUs).")]
    public required string Sku { get; init; }
}
