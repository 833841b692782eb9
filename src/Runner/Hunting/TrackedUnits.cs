namespace Specs.Runner.Hunting;

/// <summary>
/// The lot or serials a driver names for units it takes from a bin, read from the views: the stock view's bins say how
/// many units a SKU has there but not which lot or serials, and without them a pick or shipment of a lot- or
/// serial-tracked SKU is refused before any of its own rules is met.
/// </summary>
internal static class TrackedUnits
{
    /// <summary>A lot of the SKU with units on hand somewhere (the view does not say where, so it may be another bin's); null for a SKU without lots.</summary>
    public static string? Lot(HuntWorld world, string sku, Draw draw)
    {
        if (HuntVocabulary.TrackingOf(sku) != Inventory.Contracts.TrackingMode.Lot)
        {
            return null;
        }

        var onHand = world.LotsOnHand(sku);
        return onHand.Count > 0 ? draw.Pick(onHand).Lot : draw.Pick(HuntVocabulary.Lots);
    }

    /// <summary>The serials the view has at the bin, as many as <paramref name="units"/>; none for a SKU without serials.</summary>
    public static IReadOnlyList<string> Serials(HuntWorld world, string sku, string warehouse, string location, long units) =>
        HuntVocabulary.TrackingOf(sku) != Inventory.Contracts.TrackingMode.Serial ? [] : [.. world.SerialsAt(sku, warehouse, location).Take((int)Math.Min(units, int.MaxValue))];
}
