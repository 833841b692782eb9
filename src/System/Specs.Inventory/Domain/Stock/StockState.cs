using System.Collections.Immutable;
using Specs.Inventory.Diagnostics;

namespace Specs.Inventory.Domain.Stock;

/// <summary>
/// Stock of every SKU, and the units each location holds over all SKUs (what decides whether a
/// location is empty, R-3.6). SKUs are keyed by their catalog spelling and compare without regard to case.
/// </summary>
public sealed record StockState
{
    public static StockState Empty { get; } = new();

    public ImmutableSortedDictionary<string, SkuStock> Skus { get; private init; } =
        ImmutableSortedDictionary.Create<string, SkuStock>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Units on hand per location over all SKUs; only locations that hold stock.</summary>
    public ImmutableSortedDictionary<LocationAddress, long> UnitsByLocation { get; private init; } = ImmutableSortedDictionary<LocationAddress, long>.Empty;

    /// <summary>The SKU's stock; an empty one when the SKU never had any.</summary>
    public SkuStock Of(string sku) => Skus.GetValueOrDefault(sku) ?? new SkuStock(sku);

    public long UnitsAt(LocationAddress address) => UnitsByLocation.GetValueOrDefault(address);

    /// <summary>Changes on hand of one SKU in one slot, keeping the per-location totals in step.</summary>
    public StockState Change(string sku, StockSlot slot, long delta)
    {
        if (delta == 0)
        {
            return this;
        }

        var units = UnitsAt(slot.Address) + delta;
        return this with
        {
            Skus = Skus.SetItem(sku, Of(sku).Change(slot, delta)),
            UnitsByLocation = units == 0 ? UnitsByLocation.Remove(slot.Address) : UnitsByLocation.SetItem(slot.Address, units),
        };
    }

    /// <summary>Replaces one SKU's stock after a change that does not move on-hand units (serials, committed counters).</summary>
    public StockState With(SkuStock stock)
    {
        Invariant.Assert(stock.OnHand == Of(stock.Sku).OnHand, "on-hand units change only through Change, which keeps locations in step");
        return this with { Skus = Skus.SetItem(stock.Sku, stock) };
    }
}
