using System.Collections.Immutable;

namespace Specs.Inventory.Domain.Shipping;

/// <summary>
/// What a sale has shipped and what came back, per SKU (as recorded, compared without regard to case):
/// what bounds a return. The last shipment's tracking number and carrier are kept for people.
/// </summary>
public sealed record SaleShipment(Guid SaleId, string TrackingNumber, string? Carrier)
{
    private static readonly ImmutableSortedDictionary<string, long> None = ImmutableSortedDictionary.Create<string, long>(StringComparer.OrdinalIgnoreCase);

    public ImmutableSortedDictionary<string, long> Shipped { get; init; } = None;

    public ImmutableSortedDictionary<string, long> Returned { get; init; } = None;

    /// <summary>Units of the SKU shipped and not yet returned.</summary>
    public long Returnable(string sku) => Shipped.GetValueOrDefault(sku) - Returned.GetValueOrDefault(sku);
}

/// <summary>Shipments by sale.</summary>
public sealed record ShippingState
{
    public static ShippingState Empty { get; } = new();

    public ImmutableSortedDictionary<Guid, SaleShipment> Sales { get; private init; } = ImmutableSortedDictionary<Guid, SaleShipment>.Empty;

    public SaleShipment? Find(Guid saleId) => Sales.GetValueOrDefault(saleId);

    public ShippingState With(SaleShipment shipment) => this with { Sales = Sales.SetItem(shipment.SaleId, shipment) };
}
