using Specs.Inventory.Contracts;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Ledger;

/// <summary>
/// A stock command's target after every check that does not depend on what is on hand: an active
/// product, an open location, the lot and serials in their recorded spellings, the reason's name.
/// </summary>
public sealed record StockLine(Product Product, Location Location, string Lot, IReadOnlyList<string> Serials, string Reason)
{
    public string Sku => Product.Sku;

    public StockSlot Slot => StockSlot.At(Location.Address, Lot);

    /// <summary>The lot as events carry it: absent for SKUs that are not lot-tracked.</summary>
    public string? EventLot => Product.Tracking == TrackingMode.Lot ? Lot : null;
}
