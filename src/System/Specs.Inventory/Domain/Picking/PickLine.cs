using System.Collections.Immutable;
using Specs.Inventory.Diagnostics;

namespace Specs.Inventory.Domain.Picking;

/// <summary>
/// One line of a picklist and what became of its units. Invariants: <see cref="Remaining"/> ≥ 0 (never
/// picked beyond the line, R-8.3); <see cref="Passed"/> + <see cref="Failed"/> ≤ <see cref="InHand"/>
/// (checks never exceed picked units, R-9.1); <see cref="InHandByLot"/> sums to <see cref="InHand"/>.
/// </summary>
/// <param name="Sku">The SKU as the catalog records it.</param>
/// <param name="SaleId">The sale the units are for: an opaque reference owned by area 6; null for no sale.</param>
/// <param name="Quantity">Units the line asks for.</param>
public sealed record PickLine(string Sku, Guid? SaleId, long Quantity)
{
    private static readonly ImmutableSortedSet<string> NoSerials = ImmutableSortedSet.Create<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Units picked and not put back, shipped ones included.</summary>
    public long Picked { get; init; }

    /// <summary>Units the picker could not find .</summary>
    public long Shorted { get; init; }

    /// <summary>Units in hand that passed the check .</summary>
    public long Passed { get; init; }

    /// <summary>Units in hand that failed the check; they must be unpicked before the sale ships.</summary>
    public long Failed { get; init; }

    /// <summary>Units that left with a shipment .</summary>
    public long Shipped { get; init; }

    /// <summary>Pending units this line's picks released and its unpicks have not restored .</summary>
    public long PendingReleased { get; init; }

    /// <summary>Units in hand per lot (the empty lot for SKUs that are not lot-tracked); only lots with units.</summary>
    public ImmutableSortedDictionary<string, long> InHandByLot { get; init; } = ImmutableSortedDictionary.Create<string, long>(StringComparer.Ordinal);

    /// <summary>Serial numbers in hand (picked, not shipped or unpicked).</summary>
    public ImmutableSortedSet<string> InHandSerials { get; init; } = NoSerials;

    /// <summary>Units the line still needs picked.</summary>
    public long Remaining => Quantity - Picked - Shorted;

    /// <summary>Units picked and neither shipped nor put back.</summary>
    public long InHand => Picked - Shipped;

    /// <summary>Units in hand that were not checked yet.</summary>
    public long Unchecked => InHand - Passed - Failed;

    public long InHandOf(string lot) => InHandByLot.GetValueOrDefault(lot);

    public bool Matches(string sku, Guid? saleId) => string.Equals(Sku, sku, StringComparison.OrdinalIgnoreCase) && SaleId == saleId;

    public PickLine WithPicked(string lot, long quantity, IEnumerable<string> serials, long pendingReleased) => Checked(this with
    {
        Picked = Picked + quantity,
        PendingReleased = PendingReleased + pendingReleased,
        InHandByLot = InHandByLot.SetItem(lot, InHandOf(lot) + quantity),
        InHandSerials = InHandSerials.Union(serials),
    });

    /// <summary>Units put back leave failed units first, then unchecked ones, then passed ones: a unit is unpicked because it failed.</summary>
    public PickLine WithUnpicked(string lot, long quantity, IEnumerable<string> serials, long pendingRestored)
    {
        var fromFailed = Math.Min(quantity, Failed);
        var fromPassed = Math.Max(0, quantity - fromFailed - Unchecked);
        var left = InHandOf(lot) - quantity;
        return Checked(this with
        {
            Picked = Picked - quantity,
            Failed = Failed - fromFailed,
            Passed = Passed - fromPassed,
            PendingReleased = PendingReleased - pendingRestored,
            InHandByLot = left == 0 ? InHandByLot.Remove(lot) : InHandByLot.SetItem(lot, left),
            InHandSerials = InHandSerials.Except(serials),
        });
    }

    /// <summary>Every unit in hand leaves: they all passed .</summary>
    public PickLine WithShipped() => Checked(this with
    {
        Shipped = Shipped + InHand,
        Passed = 0,
        InHandByLot = InHandByLot.Clear(),
        InHandSerials = InHandSerials.Clear(),
    });

    private static PickLine Checked(PickLine line)
    {
        Invariant.Assert(
            line.Remaining >= 0 && line.Passed >= 0 && line.Failed >= 0 && line.Unchecked >= 0 && line.PendingReleased >= 0 && line.InHandByLot.Values.Sum() == line.InHand,
            $"picklist line {line.Sku} for sale {line.SaleId} is inconsistent");
        return line;
    }
}
