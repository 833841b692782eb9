using System.Collections.Immutable;
using Specs.Inventory.Diagnostics;

namespace Specs.Inventory.Domain.Stock;

/// <summary>
/// Stock of every SKU, and the units each location holds over all SKUs (what decides whether a
/// location is empty, R-3.6). SKUs are keyed by their catalog spelling and compare without regard to case.
/// </summary>
public sealed record StockState
{
    private static readonly ImmutableSortedSet<string> NoSkus = ImmutableSortedSet.Create<string>(StringComparer.OrdinalIgnoreCase);

    public static StockState Empty { get; } = new();

    public ImmutableSortedDictionary<string, SkuStock> Skus { get; private init; } =
        ImmutableSortedDictionary.Create<string, SkuStock>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Units on hand per location over all SKUs; only locations that hold stock.</summary>
    public ImmutableSortedDictionary<LocationAddress, long> UnitsByLocation { get; private init; } = ImmutableSortedDictionary<LocationAddress, long>.Empty;

    /// <summary>
    /// The SKUs with units on hand at each location, in SKU order (compared without regard to case);
    /// only locations that hold stock. An index kept in step by <see cref="Change"/>, so what a location
    /// holds (a count's snapshot, R-11.1; a sellability change) is found without a pass over every SKU.
    /// </summary>
    public ImmutableSortedDictionary<LocationAddress, ImmutableSortedSet<string>> SkusByLocation { get; private init; } =
        ImmutableSortedDictionary<LocationAddress, ImmutableSortedSet<string>>.Empty;

    /// <summary>The SKU's stock; an empty one when the SKU never had any.</summary>
    public SkuStock Of(string sku) => Skus.GetValueOrDefault(sku) ?? new SkuStock(sku);

    public long UnitsAt(LocationAddress address) => UnitsByLocation.GetValueOrDefault(address);

    /// <summary>The SKUs with units on hand at <paramref name="address"/>, in SKU order.</summary>
    public IEnumerable<SkuStock> HeldAt(LocationAddress address) =>
        SkusByLocation.TryGetValue(address, out var skus) ? skus.Select(sku => Skus[sku]) : [];

    /// <summary>Changes on hand of one SKU in one slot, keeping the per-location totals in step.</summary>
    public StockState Change(string sku, StockSlot slot, long delta)
    {
        if (delta == 0)
        {
            return this;
        }

        var units = UnitsAt(slot.Address) + delta;
        var before = Of(sku);
        var after = before.Change(slot, delta);
        return this with
        {
            Skus = Skus.SetItem(sku, after),
            UnitsByLocation = units == 0 ? UnitsByLocation.Remove(slot.Address) : UnitsByLocation.SetItem(slot.Address, units),
            SkusByLocation = Index(SkusByLocation, after.Sku, slot.Address, wasHeld: before.OnHandAt(slot.Address) > 0, isHeld: after.OnHandAt(slot.Address) > 0),
        };
    }

    private static ImmutableSortedDictionary<LocationAddress, ImmutableSortedSet<string>> Index(
        ImmutableSortedDictionary<LocationAddress, ImmutableSortedSet<string>> index, string sku, LocationAddress address, bool wasHeld, bool isHeld)
    {
        if (wasHeld == isHeld)
        {
            return index;
        }

        var skus = index.GetValueOrDefault(address) ?? NoSkus;
        skus = isHeld ? skus.Add(sku) : skus.Remove(sku);
        return skus.IsEmpty ? index.Remove(address) : index.SetItem(address, skus);
    }

    /// <summary>Replaces one SKU's stock after a change that does not move on-hand units (serials, committed counters).</summary>
    public StockState With(SkuStock stock)
    {
        Invariant.Assert(stock.OnHand == Of(stock.Sku).OnHand, "on-hand units change only through Change, which keeps locations in step");
        return this with { Skus = Skus.SetItem(stock.Sku, stock) };
    }
}
