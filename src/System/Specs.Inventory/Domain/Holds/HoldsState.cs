using System.Collections.Immutable;

namespace Specs.Inventory.Domain.Holds;

/// <summary>Where a hold stands; only an active hold counts in the SKU's Held.</summary>
public enum HoldStatus
{
    Active,
    Released,
    Expired,
}

/// <summary>Units of one SKU held for someone, until released or until its expiry.</summary>
public sealed record Hold(string HoldId, string Sku, long Quantity, long? ExpiresAtUnixMs, string? Note, HoldStatus Status);

/// <summary>An active hold waiting for its expiry, ordered by time then id, so due holds are found without a scan.</summary>
public readonly record struct HoldDue(long ExpiresAtUnixMs, string HoldId) : IComparable<HoldDue>
{
    public static bool operator <(HoldDue left, HoldDue right) => left.CompareTo(right) < 0;

    public static bool operator <=(HoldDue left, HoldDue right) => left.CompareTo(right) <= 0;

    public static bool operator >(HoldDue left, HoldDue right) => left.CompareTo(right) > 0;

    public static bool operator >=(HoldDue left, HoldDue right) => left.CompareTo(right) >= 0;

    public int CompareTo(HoldDue other)
    {
        var byTime = ExpiresAtUnixMs.CompareTo(other.ExpiresAtUnixMs);
        return byTime != 0 ? byTime : string.CompareOrdinal(HoldId, other.HoldId);
    }
}

/// <summary>Holds by id (compared without regard to case; ids are never reused), and the active holds due to expire.</summary>
public sealed record HoldsState
{
    public static HoldsState Empty { get; } = new();

    public ImmutableSortedDictionary<string, Hold> Holds { get; private init; } =
        ImmutableSortedDictionary.Create<string, Hold>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Active holds with an expiry, earliest first.</summary>
    public ImmutableSortedSet<HoldDue> Due { get; private init; } = ImmutableSortedSet<HoldDue>.Empty;

    public Hold? Find(string holdId) => Holds.GetValueOrDefault(holdId);

    public HoldsState With(Hold hold)
    {
        var previous = Find(hold.HoldId);
        var due = previous?.ExpiresAtUnixMs is { } was ? Due.Remove(new HoldDue(was, previous.HoldId)) : Due;
        if (hold.Status == HoldStatus.Active && hold.ExpiresAtUnixMs is { } expires)
        {
            due = due.Add(new HoldDue(expires, hold.HoldId));
        }

        return this with { Holds = Holds.SetItem(hold.HoldId, hold), Due = due };
    }
}
