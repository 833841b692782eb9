using Specs.Inventory.Domain.Purchasing;

namespace Specs.Steps;

/// <summary>
/// What the Given steps of areas 5-7 (purchasing, sales, holds) recorded in this scenario, so a later Given
/// can state its event in full without the scenario repeating it: a receipt carries its order line's cost,
/// a cancelled sale releases what it reserved, a released hold gives back its units. One per scenario
/// (Reqnroll's scenario container), shared by PurchasingSteps, SalesSteps and HoldSteps.
/// </summary>
public sealed class TradeMemory
{
    private readonly Dictionary<string, GivenOrder> _orders = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (long Average, long Units)> _costs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GivenSale> _sales = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GivenHold> _holds = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Remembers an order placed in the past.</summary>
    public void Ordered(string number, string warehouse, IEnumerable<GivenOrderLine> lines) =>
        _orders[number] = new GivenOrder(number, warehouse, lines.ToDictionary(line => line.Sku, StringComparer.OrdinalIgnoreCase));

    /// <summary>An order a Given placed; a Given that cites another one is a mistake in the scenario.</summary>
    public GivenOrder Order(string number) => _orders.TryGetValue(number, out var order)
        ? order
        : throw new ArgumentException($"No earlier step placed the purchase order '{number}'; place it first (Given the purchase order \"{number}\" ...).", nameof(number));

    /// <summary>
    /// The moving average after a past receipt of <paramref name="units"/> at <paramref name="unitCostMinor"/>, over the
    /// units received by earlier Given receipts; a scenario that also gives stock by other means states no average.
    /// </summary>
    public long AverageAfterReceipt(string sku, long units, long unitCostMinor)
    {
        var (average, inStock) = _costs.TryGetValue(sku, out var known) ? known : (0L, 0L);
        var after = AverageCost.After(inStock == 0 ? null : average, inStock, units, unitCostMinor);
        _costs[sku] = (after, inStock + units);
        return after;
    }

    /// <summary>Remembers a sale imported in the past with the units it reserves per SKU.</summary>
    public void Imported(string channel, string externalId, IReadOnlyList<(string Sku, long Quantity)> reserved) =>
        _sales[Key(channel, externalId)] = new GivenSale(channel, externalId, reserved);

    public GivenSale Sale(string channel, string externalId) => _sales.TryGetValue(Key(channel, externalId), out var sale)
        ? sale
        : throw new ArgumentException($"No earlier step imported the sale '{externalId}' from '{channel}'; import it first.", nameof(externalId));

    /// <summary>Remembers a hold placed in the past.</summary>
    public void Held(string holdId, string sku, long quantity, long? expiresAtUnixMs) => _holds[holdId] = new GivenHold(holdId, sku, quantity, expiresAtUnixMs);

    public GivenHold Hold(string holdId) => _holds.TryGetValue(holdId, out var hold)
        ? hold
        : throw new ArgumentException($"No earlier step placed the hold '{holdId}'; place it first.", nameof(holdId));

    private static string Key(string channel, string externalId) => channel + "\u001f" + externalId;
}

/// <summary>A purchase order a Given placed: its warehouse and its lines by SKU, with what Given receipts brought.</summary>
public sealed record GivenOrder(string Number, string Warehouse, Dictionary<string, GivenOrderLine> Lines)
{
    /// <summary>The line of <paramref name="sku"/>; a Given that names a SKU the order lacks is a mistake in the scenario.</summary>
    public GivenOrderLine Line(string sku) => Lines.TryGetValue(sku, out var line)
        ? line
        : throw new ArgumentException($"The purchase order '{Number}' has no line for '{sku}'.", nameof(sku));
}

/// <summary>One line of a purchase order a Given placed; <see cref="Received"/> grows with each Given receipt.</summary>
public sealed record GivenOrderLine(string Sku, long Quantity, long UnitCostMinor)
{
    public long Received { get; set; }

    public long Outstanding => Math.Max(0, Quantity - Received);
}

/// <summary>A sale a Given imported: the units it reserves per SKU.</summary>
public sealed record GivenSale(string Channel, string ExternalId, IReadOnlyList<(string Sku, long Quantity)> Reserved);

/// <summary>A hold a Given placed.</summary>
public sealed record GivenHold(string HoldId, string Sku, long Quantity, long? ExpiresAtUnixMs);
