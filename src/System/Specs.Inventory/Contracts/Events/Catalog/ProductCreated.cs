namespace Specs.Inventory.Contracts.Events.Catalog;

[EventContract(1000, "A product was added to the catalog; its SKU is unique in the tenant.")]
public sealed partial class ProductCreated
{
    [Field(0, "Id of the new product.")]
    public Guid ProductId { get; init; }

    [Field(1, "Stock keeping unit: the product's unique code.")]
    public required string Sku { get; init; }

    [Field(2, "Name shown to people.")]
    public required string Name { get; init; }

    [Field(3, "How units are identified: none, by lot or by serial number.")]
    public TrackingMode Tracking { get; init; }

    [Field(4, "Longer description, if any.")]
    public string? Description { get; init; }
}
