namespace Specs.Inventory.Domain.Purchasing;

/// <summary>
/// the moving average unit cost, in minor units. Units already in stock keep their average;
/// received units bring their own cost; the result is rounded half up to a whole minor unit. Computed
/// in 128 bits: cost (≤ 10^9) × units (≤ 10^12 per slot, summed over slots) does not fit in 64.
/// </summary>
public static class AverageCost
{
    /// <summary>The average after <paramref name="received"/> units at <paramref name="unitCostMinor"/> join <paramref name="unitsInStock"/> units at <paramref name="averageMinor"/> (none: the received cost).</summary>
    public static long After(long? averageMinor, long unitsInStock, long received, long unitCostMinor)
    {
        if (averageMinor is not { } average || unitsInStock <= 0)
        {
            return unitCostMinor;
        }

        var total = ((Int128)average * unitsInStock) + ((Int128)unitCostMinor * received);
        var units = (Int128)unitsInStock + received;
        return (long)((total + (units / 2)) / units);
    }
}
