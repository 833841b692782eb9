namespace Specs.Inventory.Contracts.Commands.Catalog;

[CommandContract(2003, "Change how a product's units are identified. Refused while any of its units are in stock.")]
public sealed partial class SetTracking
{
    [Field(0, "The product's SKU (or one of its alternate SKUs).")]
    public required string Sku { get; init; }

    [Field(1, "The tracking to use from now on.")]
    public required TrackingMode Tracking { get; init; }
}
