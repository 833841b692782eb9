using System.Collections.Immutable;

namespace Specs.Inventory.Domain.Lots;

/// <summary>One registered lot of a SKU. An expired lot keeps its stock, but that stock is not sellable .</summary>
public sealed record Lot(string Sku, string Code, long? ExpiresAtUnixMs, bool Expired);

/// <summary>A lot waiting for its expiry, ordered by time then SKU then lot, so due lots are found without a scan.</summary>
public readonly record struct LotDue(long ExpiresAtUnixMs, string Sku, string Lot) : IComparable<LotDue>
{
    public static bool operator <(LotDue left, LotDue right) => left.CompareTo(right) < 0;

    public static bool operator <=(LotDue left, LotDue right) => left.CompareTo(right) <= 0;

    public static bool operator >(LotDue left, LotDue right) => left.CompareTo(right) > 0;

    public static bool operator >=(LotDue left, LotDue right) => left.CompareTo(right) >= 0;

    public int CompareTo(LotDue other)
    {
        var byTime = ExpiresAtUnixMs.CompareTo(other.ExpiresAtUnixMs);
        if (byTime != 0)
        {
            return byTime;
        }

        var bySku = string.CompareOrdinal(Sku, other.Sku);
        return bySku != 0 ? bySku : string.CompareOrdinal(Lot, other.Lot);
    }
}

/// <summary>Lots per SKU (SKU and lot codes compare without regard to case), and the lots still due to expire.</summary>
public sealed record LotsState
{
    private static readonly ImmutableSortedDictionary<string, Lot> NoLots =
        ImmutableSortedDictionary.Create<string, Lot>(StringComparer.OrdinalIgnoreCase);

    public static LotsState Empty { get; } = new();

    public ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, Lot>> BySku { get; private init; } =
        ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, Lot>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Unexpired lots with an expiry, earliest first.</summary>
    public ImmutableSortedSet<LotDue> Due { get; private init; } = ImmutableSortedSet<LotDue>.Empty;

    public ImmutableSortedDictionary<string, Lot> Of(string sku) => BySku.GetValueOrDefault(sku) ?? NoLots;

    public Lot? Find(string sku, string lot) => Of(sku).GetValueOrDefault(lot);

    /// <summary>Whether units of the lot may be sold; units with no lot (empty code) always may.</summary>
    public bool IsSellable(string sku, string lot) => lot.Length == 0 || Find(sku, lot) is not { Expired: true };

    public LotsState With(Lot lot)
    {
        var previous = Find(lot.Sku, lot.Code);
        var due = previous?.ExpiresAtUnixMs is { } was ? Due.Remove(new LotDue(was, previous.Sku, previous.Code)) : Due;
        if (!lot.Expired && lot.ExpiresAtUnixMs is { } expires)
        {
            due = due.Add(new LotDue(expires, lot.Sku, lot.Code));
        }

        return this with { BySku = BySku.SetItem(lot.Sku, Of(lot.Sku).SetItem(lot.Code, lot)), Due = due };
    }
}
