namespace Specs.Inventory.Contracts.Commands.Catalog;

[CommandContract(2000, "Add a product to the catalog. Refused when the SKU is already used as a SKU or alternate SKU in the tenant.")]
public sealed partial class CreateProduct
{
    [Field(0, "Stock keeping unit (1-64 characters): unique among SKUs and alternate SKUs.")]
    public required string Sku { get; init; }

    [Field(1, "Name shown to people (1-200 characters).")]
    public required string Name { get; init; }

    [Field(2, "How units are identified: none, by lot or by serial number.")]
    public TrackingMode Tracking { get; init; }

    [Field(3, "Longer description, if any.")]
    public string? Description { get; init; }
}
