using Specs.Inventory.Diagnostics;

namespace Specs.Inventory.Domain.Sales;

/// <summary>
/// The hooks picking and shipping (areas 8 and 9) call from their Evolve arms to keep a sale's
/// reserved units and the SKU's Pending in step with what they move. They change the sale and
/// Pending only; the area that calls them moves the units themselves (on hand at the slot, Picked).
/// </summary>
/// <remarks>
/// Invariants: a sale's picked units never exceed its reserved units nor drop below zero; Pending
/// always equals the sum over open sales of their unpicked units.
/// </remarks>
public static class SaleFulfilment
{
    /// <summary>Units of <paramref name="sku"/> the sale still needs picked: nothing once cancelled (R-8 never picks more).</summary>
    public static long RemainingToPick(Sale sale, string sku) => sale.PendingOf(sku);

    /// <summary>
    /// <paramref name="units"/> of the sale's <paramref name="sku"/> were picked: they leave Pending (the
    /// caller moves them from on hand to Picked). Only an open sale is picked, and at most its remaining units.
    /// </summary>
    public static InventoryState Picked(InventoryState state, string channel, string externalId, string sku, long units)
    {
        var sale = state.Sales.Find(channel, externalId);
        var line = sale?.Reserved.GetValueOrDefault(sku);
        Invariant.Assert(sale is { IsCancelled: false } && line is not null && units > 0 && units <= line.Remaining, $"pick of {units} {sku} does not fit sale {channel}/{externalId}");
        var after = sale! with { Reserved = sale.Reserved.SetItem(line!.Sku, line with { Picked = line.Picked + units }) };
        return state with
        {
            Sales = state.Sales.Replace(sale, after),
            Stock = state.Stock.With(state.Stock.Of(line.Sku).WithCommitted(pendingDelta: -units)),
        };
    }

    /// <summary>
    /// <paramref name="units"/> picked for the sale were put back in a location (the caller moves them
    /// from Picked to on hand). For an open sale they are Pending again, to be picked anew; for a
    /// cancelled sale (SaleCancelled's ToUnpick) they are simply back in stock.
    /// </summary>
    public static InventoryState Unpicked(InventoryState state, string channel, string externalId, string sku, long units)
    {
        var sale = state.Sales.Find(channel, externalId);
        var line = sale?.Reserved.GetValueOrDefault(sku);
        Invariant.Assert(sale is not null && line is not null && units > 0 && units <= line.Picked, $"unpick of {units} {sku} does not fit sale {channel}/{externalId}");
        var after = sale! with { Reserved = sale.Reserved.SetItem(line!.Sku, line with { Picked = line.Picked - units }) };
        var stock = sale.IsCancelled ? state.Stock : state.Stock.With(state.Stock.Of(line.Sku).WithCommitted(pendingDelta: units));
        return state with { Sales = state.Sales.Replace(sale, after), Stock = stock };
    }
}
