using System.Collections.Immutable;
using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Counts;

/// <summary>Where a count stands: open until approved or cancelled.</summary>
public enum CountStatus
{
    Open,
    Approved,
    Cancelled,
}

/// <summary>One line of a count: a slot (location and lot) of one SKU, in the snapshot or found during the count.</summary>
public readonly record struct CountLineKey(string Sku, string Location, string Lot) : IComparable<CountLineKey>
{
    public static bool operator <(CountLineKey left, CountLineKey right) => left.CompareTo(right) < 0;

    public static bool operator <=(CountLineKey left, CountLineKey right) => left.CompareTo(right) <= 0;

    public static bool operator >(CountLineKey left, CountLineKey right) => left.CompareTo(right) > 0;

    public static bool operator >=(CountLineKey left, CountLineKey right) => left.CompareTo(right) >= 0;

    public int CompareTo(CountLineKey other)
    {
        var bySku = string.CompareOrdinal(Sku, other.Sku);
        if (bySku != 0)
        {
            return bySku;
        }

        var byLocation = string.CompareOrdinal(Location, other.Location);
        return byLocation != 0 ? byLocation : string.CompareOrdinal(Lot, other.Lot);
    }
}

/// <summary>
/// What a count knows of one line: the snapshot, and once counted the count, the on hand it was compared
/// with (<see cref="Expected"/>), and for serial-tracked SKUs the serials found and those that were at the
/// location and not found (what approval adds and removes).
/// </summary>
public sealed record CountLineState(CountLineKey Key, long Snapshot)
{
    public long? Counted { get; init; }

    public long Expected { get; init; }

    public long Variance { get; init; }

    public bool RecountPending { get; init; }

    public ImmutableArray<string> SerialsFound { get; init; } = [];

    public ImmutableArray<string> SerialsMissing { get; init; } = [];
}

/// <summary>One cycle count: a warehouse, its locations (as recorded), the reason its adjustments cite, and its lines.</summary>
public sealed record Count(Guid Id, string Warehouse, ImmutableArray<string> Locations, string Reason, CountStatus Status)
{
    public ImmutableSortedDictionary<CountLineKey, CountLineState> Lines { get; init; } = ImmutableSortedDictionary<CountLineKey, CountLineState>.Empty;

    public bool Covers(string location) => Locations.Contains(location, StringComparer.OrdinalIgnoreCase);
}

/// <summary>Counts by id, and the locations that open counts cover (a location is in at most one open count, R-11.1).</summary>
public sealed record CountsState
{
    public static CountsState Empty { get; } = new();

    public ImmutableSortedDictionary<Guid, Count> Counts { get; private init; } = ImmutableSortedDictionary<Guid, Count>.Empty;

    public ImmutableSortedDictionary<LocationAddress, Guid> OpenAt { get; private init; } = ImmutableSortedDictionary<LocationAddress, Guid>.Empty;

    public Count? Find(Guid id) => Counts.GetValueOrDefault(id);

    public CountsState With(Count count)
    {
        var openAt = OpenAt;
        foreach (var location in count.Locations)
        {
            var address = new LocationAddress(count.Warehouse, location);
            openAt = count.Status == CountStatus.Open ? openAt.SetItem(address, count.Id) : openAt.Remove(address);
        }

        return this with { Counts = Counts.SetItem(count.Id, count), OpenAt = openAt };
    }
}
