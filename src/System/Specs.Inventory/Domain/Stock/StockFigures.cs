namespace Specs.Inventory.Domain.Stock;

/// <summary>
/// The quantities of one SKU as a merchant reads them (the "Stock model" in docs/domain-rules.md):
/// <list type="bullet">
/// <item>OnHand: units sitting in locations, every lot, sellable or not (picked and in-transit units are not on hand);</item>
/// <item>Sellable: the on-hand units in sellable locations and in lots that have not expired ;</item>
/// <item>Available = max(0, Sellable − Pending − Held): what channels may still sell;</item>
/// <item>Incoming: units ordered on open purchase orders and not yet received (area 5), not part of OnHand;</item>
/// <item>Oversold = max(0, Pending + Held − Sellable), so OnHand = Available + Pending + Held + NonSellable − Oversold always.</item>
/// </list>
/// </summary>
public sealed record StockFigures(string Sku, long OnHand, long Sellable, long Pending, long Held, long Picked, long InTransit, long Incoming = 0)
{
    public long NonSellable => OnHand - Sellable;

    public long Available => Math.Max(0, Sellable - Pending - Held);

    public long Oversold => Math.Max(0, Pending + Held - Sellable);

    public static StockFigures Of(InventoryState state, string sku)
    {
        var stock = state.Stock.Of(sku);
        // A plain loop over the map's own enumerator, not LINQ: the stock views ask this after every event that moves stock.
        long sellable = 0;
        foreach (var (slot, units) in stock.Slots)
        {
            sellable += state.Locations.IsSellable(slot.Address) && state.Lots.IsSellable(stock.Sku, slot.Lot) ? units : 0;
        }

        return new StockFigures(stock.Sku, stock.OnHand, sellable, stock.Pending, stock.Held, stock.Picked, stock.InTransit, stock.Incoming);
    }
}
