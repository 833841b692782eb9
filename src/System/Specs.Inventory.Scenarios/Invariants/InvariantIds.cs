namespace Specs.Inventory.Scenarios.Invariants;

/// <summary>
/// The stable ids of the invariants the hunter checks, as reports and found scenarios name them. The first six
/// are states of the store (<see cref="InventoryInvariants"/>); the last four compare runs (the hunter checks them).
/// </summary>
public static class InvariantIds
{
    /// <summary>On hand per (SKU, location) is never negative, and no figure of a SKU is.</summary>
    public const string OnHandNeverNegative = "on-hand-never-negative";

    /// <summary>The sum over a SKU's locations equals its total (on hand and sellable).</summary>
    public const string LocationsSumToTotal = "locations-sum-to-total";

    /// <summary>Available = max(0, Sellable - Pending - Held); OnHand = Sellable + NonSellable; Oversold = max(0, Pending + Held - Sellable); nothing sellable in a non-sellable location.</summary>
    public const string AvailableByFormula = "available-by-formula";

    /// <summary>Every quantity the views show is explained by the events of the log, each change by exactly one event.</summary>
    public const string ExplainedByEvents = "explained-by-events";

    /// <summary>No hold is still active once the clock has reached its expiry; a SKU's Held is what its active holds hold.</summary>
    public const string HoldsExpireOnTime = "holds-expire-on-time";

    /// <summary>Kit availability = own Available + min over lines of floor(component availability / units per kit) .</summary>
    public const string KitAvailabilityByFormula = "kit-availability-by-formula";

    /// <summary>Every view rebuilt from the log equals the live one.</summary>
    public const string ReplayEquality = "replay-equality";

    /// <summary>A command repeated with the same idempotency key changes nothing and returns the first response.</summary>
    public const string IdempotentRepeat = "idempotent-repeat";

    /// <summary>A refused command records nothing and changes no view.</summary>
    public const string RefusalChangesNothing = "refusal-changes-nothing";

    /// <summary>Two commands on unrelated SKUs give the same stock in either order.</summary>
    public const string UnrelatedCommandsCommute = "unrelated-commands-commute";

    /// <summary>Every id, in report order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        OnHandNeverNegative, LocationsSumToTotal, AvailableByFormula, ExplainedByEvents, HoldsExpireOnTime, KitAvailabilityByFormula,
        ReplayEquality, IdempotentRepeat, RefusalChangesNothing, UnrelatedCommandsCommute,
    ];
}
