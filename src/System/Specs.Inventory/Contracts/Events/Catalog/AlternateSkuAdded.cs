namespace Specs.Inventory.Contracts.Events.Catalog;

[EventContract(1002, "A product got another code it is known by; the code is unique among SKUs and alternate SKUs.")]
public sealed partial class AlternateSkuAdded
{
    [Field(0, "The product's SKU.")]
    public required string Sku { get; init; }

    [Field(1, "The alternate code (a supplier's or channel's SKU, a barcode...).")]
    public required string AlternateSku { get; init; }
}
