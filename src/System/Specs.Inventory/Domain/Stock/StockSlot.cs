namespace Specs.Inventory.Domain.Stock;

/// <summary>
/// The finest grain of on-hand stock of one SKU: a location and a lot. <see cref="Lot"/> is empty for
/// SKUs that are not lot-tracked, so untracked and serial-tracked stock has one slot per location.
/// </summary>
public readonly record struct StockSlot(LocationAddress Address, string Lot) : IComparable<StockSlot>
{
    public static bool operator <(StockSlot left, StockSlot right) => left.CompareTo(right) < 0;

    public static bool operator <=(StockSlot left, StockSlot right) => left.CompareTo(right) <= 0;

    public static bool operator >(StockSlot left, StockSlot right) => left.CompareTo(right) > 0;

    public static bool operator >=(StockSlot left, StockSlot right) => left.CompareTo(right) >= 0;

    public static StockSlot At(LocationAddress address, string? lot = null) => new(address, lot ?? string.Empty);

    public int CompareTo(StockSlot other)
    {
        var byAddress = Address.CompareTo(other.Address);
        return byAddress != 0 ? byAddress : string.CompareOrdinal(Lot, other.Lot);
    }
}
