namespace Specs.Inventory.Contracts.Events.Catalog;

[EventContract(1003, "How a product's units are identified changed; only possible while none of its units are in stock.")]
public sealed partial class TrackingChanged
{
    [Field(0, "The product's SKU.")]
    public required string Sku { get; init; }

    [Field(1, "The tracking from now on.")]
    public TrackingMode Tracking { get; init; }

    [Field(2, "The tracking until now.")]
    public TrackingMode PreviousTracking { get; init; }
}
