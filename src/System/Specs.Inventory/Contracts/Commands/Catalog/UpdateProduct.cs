namespace Specs.Inventory.Contracts.Commands.Catalog;

[CommandContract(2001, "Change a product's name and description. Nothing is recorded when both are unchanged.")]
public sealed partial class UpdateProduct
{
    [Field(0, "The product's SKU (or one of its alternate SKUs).")]
    public required string Sku { get; init; }

    [Field(1, "The new name (1-200 characters).")]
    public required string Name { get; init; }

    [Field(2, "The new description; absent to clear it.")]
    public string? Description { get; init; }
}
