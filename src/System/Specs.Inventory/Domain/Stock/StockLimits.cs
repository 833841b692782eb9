namespace Specs.Inventory.Domain.Stock;

/// <summary>
/// Bounds on quantities, checked at the boundary. A slot holds at most a trillion units, so
/// sums over millions of slots and over every area's counters stay far from <see cref="long.MaxValue"/>.
/// </summary>
public static class StockLimits
{
    public const long MaxQuantity = 1_000_000_000_000;
}
