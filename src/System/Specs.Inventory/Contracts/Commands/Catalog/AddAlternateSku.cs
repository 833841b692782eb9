namespace Specs.Inventory.Contracts.Commands.Catalog;

[CommandContract(2002, "Give a product another code it is known by. Refused when the code is any product's SKU or alternate SKU.")]
public sealed partial class AddAlternateSku
{
    [Field(0, "The product's SKU.")]
    public required string Sku { get; init; }

    [Field(1, "The alternate code (1-64 characters).")]
    public required string AlternateSku { get; init; }
}
