using System.Collections.Immutable;
using Specs.Inventory.Diagnostics;

namespace Specs.Inventory.Domain.Stock;

/// <summary>
/// The stock of one SKU. On hand is kept per slot (location and lot) and per location; the SKU's
/// <see cref="OnHand"/> is always the sum over its slots, and no slot is ever negative:
/// slots that reach zero are removed, so every listed slot holds stock.
/// </summary>
/// <remarks>
/// <see cref="Pending"/>, <see cref="Held"/>, <see cref="Picked"/> and <see cref="InTransit"/> are
/// owned by the areas that change them (sales, holds, picking, transfers) through
/// <see cref="WithCommitted"/>; <see cref="StockFigures"/> turns them into Available.
/// </remarks>
public sealed record SkuStock
{
    private static readonly ImmutableSortedDictionary<string, SerialPosition> NoSerials =
        ImmutableSortedDictionary.Create<string, SerialPosition>(StringComparer.OrdinalIgnoreCase);

    public SkuStock(string sku) => Sku = sku;

    public string Sku { get; }

    /// <summary>On hand per location and lot; only slots that hold stock.</summary>
    public ImmutableSortedDictionary<StockSlot, long> Slots { get; private init; } = ImmutableSortedDictionary<StockSlot, long>.Empty;

    /// <summary>On hand per location, all lots together; only locations that hold stock.</summary>
    public ImmutableSortedDictionary<LocationAddress, long> Locations { get; private init; } = ImmutableSortedDictionary<LocationAddress, long>.Empty;

    /// <summary>Units sitting in locations: the sum over <see cref="Slots"/>.</summary>
    public long OnHand { get; private init; }

    /// <summary>Units sold and not yet picked (area 6).</summary>
    public long Pending { get; private init; }

    /// <summary>Units held for a customer or a channel (area 7).</summary>
    public long Held { get; private init; }

    /// <summary>Units picked out of their locations and not yet shipped (areas 8-9); not part of OnHand.</summary>
    public long Picked { get; private init; }

    /// <summary>Units shipped by one warehouse and not yet received by another (area 10); not part of OnHand.</summary>
    public long InTransit { get; private init; }

    /// <summary>Units ordered on open purchase orders and not yet received (area 5); not part of OnHand.</summary>
    public long Incoming { get; private init; }

    /// <summary>Every serial number the SKU knows and its one place, by serial (compared without regard to case).</summary>
    public ImmutableSortedDictionary<string, SerialPosition> Serials { get; private init; } = NoSerials;

    /// <summary>Units the business still holds, wherever they are: what stops tracking changes and deactivation.</summary>
    public long UnitsInStock => OnHand + Picked + InTransit;

    public long OnHandAt(StockSlot slot) => Slots.GetValueOrDefault(slot);

    public long OnHandAt(LocationAddress address) => Locations.GetValueOrDefault(address);

    public SerialPosition? FindSerial(string serial) => Serials.GetValueOrDefault(serial);

    /// <summary>Changes on hand in one slot by <paramref name="delta"/>; the result must not be negative.</summary>
    public SkuStock Change(StockSlot slot, long delta)
    {
        if (delta == 0)
        {
            return this;
        }

        var inSlot = OnHandAt(slot) + delta;
        var atLocation = OnHandAt(slot.Address) + delta;
        Invariant.Assert(inSlot >= 0 && atLocation >= 0, $"{Sku} at {slot.Address} lot '{slot.Lot}' would be {inSlot}");
        return this with
        {
            Slots = inSlot == 0 ? Slots.Remove(slot) : Slots.SetItem(slot, inSlot),
            Locations = atLocation == 0 ? Locations.Remove(slot.Address) : Locations.SetItem(slot.Address, atLocation),
            OnHand = OnHand + delta,
        };
    }

    /// <summary>Puts each serial in one place, replacing wherever it was .</summary>
    public SkuStock PlaceSerials(IEnumerable<string> serials, LocationAddress? location)
    {
        var placed = Serials;
        foreach (var serial in serials)
        {
            var spelling = placed.GetValueOrDefault(serial)?.Serial ?? serial;
            placed = placed.SetItem(spelling, location is { } at ? SerialPosition.At(spelling, at) : SerialPosition.NotInStock(spelling));
        }

        return this with { Serials = placed };
    }

    /// <summary>Puts each serial in a place that is not a location (picked, in transit), replacing wherever it was .</summary>
    public SkuStock PlaceSerials(IEnumerable<string> serials, SerialPlace place)
    {
        Invariant.Assert(place is SerialPlace.Picked or SerialPlace.InTransit, $"{place} is not a place away from locations");
        var placed = Serials;
        foreach (var serial in serials)
        {
            var spelling = placed.GetValueOrDefault(serial)?.Serial ?? serial;
            placed = placed.SetItem(spelling, SerialPosition.Away(spelling, place));
        }

        return this with { Serials = placed };
    }

    /// <summary>
    /// Changes the committed counters the later areas own. Each result must stay non-negative; moving
    /// units between OnHand and Picked or InTransit is a <see cref="Change"/> plus this.
    /// </summary>
    public SkuStock WithCommitted(long pendingDelta = 0, long heldDelta = 0, long pickedDelta = 0, long inTransitDelta = 0, long incomingDelta = 0)
    {
        var next = this with
        {
            Pending = Pending + pendingDelta,
            Held = Held + heldDelta,
            Picked = Picked + pickedDelta,
            InTransit = InTransit + inTransitDelta,
            Incoming = Incoming + incomingDelta,
        };
        Invariant.Assert(next.Pending >= 0 && next.Held >= 0 && next.Picked >= 0 && next.InTransit >= 0 && next.Incoming >= 0, $"{Sku} committed counters went negative");
        return next;
    }
}
