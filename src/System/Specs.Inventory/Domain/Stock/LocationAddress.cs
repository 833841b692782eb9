namespace Specs.Inventory.Domain.Stock;

/// <summary>
/// Where stock sits: a location code within a warehouse code ("bin A-01 of warehouse MAIN"). Both
/// codes are the spellings recorded when the warehouse and location were created, so two addresses
/// of one place are always equal and order the same way on every node (ordinal comparison).
/// </summary>
public readonly record struct LocationAddress(string Warehouse, string Location) : IComparable<LocationAddress>
{
    public static bool operator <(LocationAddress left, LocationAddress right) => left.CompareTo(right) < 0;

    public static bool operator <=(LocationAddress left, LocationAddress right) => left.CompareTo(right) <= 0;

    public static bool operator >(LocationAddress left, LocationAddress right) => left.CompareTo(right) > 0;

    public static bool operator >=(LocationAddress left, LocationAddress right) => left.CompareTo(right) >= 0;

    public int CompareTo(LocationAddress other)
    {
        var byWarehouse = string.CompareOrdinal(Warehouse, other.Warehouse);
        return byWarehouse != 0 ? byWarehouse : string.CompareOrdinal(Location, other.Location);
    }

    public override string ToString() => $"{Location} in {Warehouse}";
}
