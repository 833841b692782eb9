using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Sales;

/// <summary>
/// what a sale reserves per SKU. A kit's own Available (units already assembled) serves first,
/// as kit availability counts them first; the rest is reserved as the kit's components by its
/// current lines, a component that is itself a kit the same way. Within one sale, units a line already
/// took from a kit's own stock are not counted again for the next line.
/// </summary>
public static class SaleReservation
{
    /// <summary>The reserved units per SKU in SKU order, or null when some SKU would exceed <see cref="StockLimits.MaxQuantity"/> (then <paramref name="tooLarge"/> names it).</summary>
    public static SortedDictionary<string, long>? Of(InventoryState state, IEnumerable<SoldLine> lines, out string tooLarge)
    {
        tooLarge = string.Empty;
        var reserved = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (Reserve(state, line.Sku, line.Quantity, reserved) is { } sku)
            {
                tooLarge = sku;
                return null;
            }
        }

        return reserved;
    }

    private static string? Reserve(InventoryState state, string sku, long quantity, SortedDictionary<string, long> reserved)
    {
        var taken = reserved.GetValueOrDefault(sku);
        var rest = quantity;
        if (state.Kits.Find(sku) is { } kit)
        {
            var own = Math.Min(quantity, Math.Max(0, StockFigures.Of(state, sku).Available - taken));
            rest = quantity - own;
            taken += own;
            if (own > 0)
            {
                reserved[sku] = taken;
            }

            foreach (var component in kit.Lines)
            {
                if (rest == 0)
                {
                    break;
                }

                if ((Int128)rest * component.Quantity > StockLimits.MaxQuantity)
                {
                    return component.Sku;
                }

                if (Reserve(state, component.Sku, rest * component.Quantity, reserved) is { } failed)
                {
                    return failed;
                }
            }

            return null;
        }

        if (taken + rest > StockLimits.MaxQuantity)
        {
            return sku;
        }

        reserved[sku] = taken + rest;
        return null;
    }
}
