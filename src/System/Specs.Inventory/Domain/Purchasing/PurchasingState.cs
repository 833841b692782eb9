using System.Collections.Immutable;

namespace Specs.Inventory.Domain.Purchasing;

/// <summary>Where a purchase order stands. Only an open order is received against or changed .</summary>
public enum PurchaseOrderStatus
{
    Open,
    Closed,
    Cancelled,
}

/// <summary>One SKU of a purchase order: units ordered, units received so far, and the agreed unit cost.</summary>
public sealed record OrderLine(string Sku, long Ordered, long Received, long UnitCostMinor)
{
    /// <summary>Units still expected: never negative, an over-receipt just leaves nothing expected.</summary>
    public long Outstanding => Math.Max(0, Ordered - Received);
}

/// <summary>A purchase order as the rules see it; lines by SKU (compared without regard to case).</summary>
public sealed record PurchaseOrder(string Number, string Supplier, string Warehouse, PurchaseOrderStatus Status)
{
    public ImmutableSortedDictionary<string, OrderLine> Lines { get; init; } =
        ImmutableSortedDictionary.Create<string, OrderLine>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Receipt ids already recorded on this order, compared without regard to case.</summary>
    public ImmutableSortedSet<string> Receipts { get; init; } = ImmutableSortedSet.Create<string>(StringComparer.OrdinalIgnoreCase);

    public long CreatedAtUnixMs { get; init; }

    public long? ExpectedAtUnixMs { get; init; }

    public bool HasReceipts => !Receipts.IsEmpty;

    /// <summary>Units the order still brings per SKU: its outstanding units while open, nothing once closed or cancelled.</summary>
    public long IncomingOf(string sku) => Status == PurchaseOrderStatus.Open && Lines.GetValueOrDefault(sku) is { } line ? line.Outstanding : 0;
}

/// <summary>
/// Purchase orders by number (compared without regard to case), every SKU's moving average cost
/// and Incoming per SKU and warehouse (the SKU-wide total lives in the stock model,
/// <see cref="Stock.SkuStock.Incoming"/>).
/// </summary>
public sealed record PurchasingState
{
    private static readonly ImmutableSortedDictionary<string, long> NoUnits =
        ImmutableSortedDictionary.Create<string, long>(StringComparer.OrdinalIgnoreCase);

    public static PurchasingState Empty { get; } = new();

    public ImmutableSortedDictionary<string, PurchaseOrder> Orders { get; private init; } =
        ImmutableSortedDictionary.Create<string, PurchaseOrder>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Moving average unit cost per SKU in minor units; a SKU never received has none.</summary>
    public ImmutableSortedDictionary<string, long> AverageCosts { get; private init; } = NoUnits;

    /// <summary>Incoming per SKU, then per warehouse; only positive figures are kept.</summary>
    public ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, long>> IncomingByWarehouse { get; private init; } =
        ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, long>>(StringComparer.OrdinalIgnoreCase);

    public PurchaseOrder? Find(string number) => Orders.GetValueOrDefault(number);

    public long? AverageCostOf(string sku) => AverageCosts.TryGetValue(sku, out var cost) ? cost : null;

    public long IncomingOf(string sku, string warehouse) =>
        IncomingByWarehouse.GetValueOrDefault(sku)?.GetValueOrDefault(warehouse) ?? 0;

    public PurchasingState With(PurchaseOrder order) => this with { Orders = Orders.SetItem(order.Number, order) };

    public PurchasingState WithAverageCost(string sku, long averageCostMinor) => this with { AverageCosts = AverageCosts.SetItem(sku, averageCostMinor) };

    public PurchasingState WithIncoming(string sku, string warehouse, long delta)
    {
        if (delta == 0)
        {
            return this;
        }

        var perWarehouse = IncomingByWarehouse.GetValueOrDefault(sku) ?? NoUnits;
        var units = perWarehouse.GetValueOrDefault(warehouse) + delta;
        Diagnostics.Invariant.Assert(units >= 0, $"Incoming of {sku} in {warehouse} would be {units}");
        perWarehouse = units == 0 ? perWarehouse.Remove(warehouse) : perWarehouse.SetItem(warehouse, units);
        return this with
        {
            IncomingByWarehouse = perWarehouse.IsEmpty ? IncomingByWarehouse.Remove(sku) : IncomingByWarehouse.SetItem(sku, perWarehouse),
        };
    }
}
