using System.Collections.Immutable;

namespace Specs.Inventory.Domain.Transfers;

/// <summary>Where a transfer stands: planned, on its way (shipped, partly received), or closed (all received).</summary>
public enum TransferStatus
{
    Planned,
    Shipped,
    Closed,
}

/// <summary>Units of one SKU (as recorded) and lot (empty for SKUs that are not lot-tracked), ordered ordinally.</summary>
public readonly record struct SkuLot(string Sku, string Lot) : IComparable<SkuLot>
{
    public static bool operator <(SkuLot left, SkuLot right) => left.CompareTo(right) < 0;

    public static bool operator <=(SkuLot left, SkuLot right) => left.CompareTo(right) <= 0;

    public static bool operator >(SkuLot left, SkuLot right) => left.CompareTo(right) > 0;

    public static bool operator >=(SkuLot left, SkuLot right) => left.CompareTo(right) >= 0;

    public int CompareTo(SkuLot other)
    {
        var bySku = string.CompareOrdinal(Sku, other.Sku);
        return bySku != 0 ? bySku : string.CompareOrdinal(Lot, other.Lot);
    }
}

/// <summary>
/// A transfer between two warehouses. Invariants: received ≤ shipped per SKU and lot; shipped ≤
/// planned per SKU; <see cref="InTransitSerials"/> are exactly the serials shipped and not received.
/// </summary>
public sealed record Transfer(Guid Id, string FromWarehouse, string ToWarehouse, ImmutableSortedDictionary<string, long> Planned, TransferStatus Status)
{
    public ImmutableSortedDictionary<SkuLot, long> Shipped { get; init; } = ImmutableSortedDictionary<SkuLot, long>.Empty;

    public ImmutableSortedDictionary<SkuLot, long> Received { get; init; } = ImmutableSortedDictionary<SkuLot, long>.Empty;

    /// <summary>Per SKU, the serial numbers shipped and not yet received (compared without regard to case).</summary>
    public ImmutableSortedDictionary<string, ImmutableSortedSet<string>> InTransitSerials { get; init; } =
        ImmutableSortedDictionary.Create<string, ImmutableSortedSet<string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Units of the SKU and lot shipped and not yet received.</summary>
    public long Outstanding(SkuLot units) => Shipped.GetValueOrDefault(units) - Received.GetValueOrDefault(units);

    public long OutstandingTotal => Shipped.Values.Sum() - Received.Values.Sum();

    public bool IsInTransit(string sku, string serial) => InTransitSerials.GetValueOrDefault(sku)?.Contains(serial) == true;
}

/// <summary>Transfers by id.</summary>
public sealed record TransfersState
{
    public static TransfersState Empty { get; } = new();

    public ImmutableSortedDictionary<Guid, Transfer> Transfers { get; private init; } = ImmutableSortedDictionary<Guid, Transfer>.Empty;

    public Transfer? Find(Guid id) => Transfers.GetValueOrDefault(id);

    public TransfersState With(Transfer transfer) => this with { Transfers = Transfers.SetItem(transfer.Id, transfer) };
}
