namespace Specs.Inventory.Domain.Counts;

/// <summary>R-11.5: no count has this id, so there is nothing to count, approve or cancel.</summary>
public sealed record UnknownCount(Guid CountId) : DomainError
{
    public override string RuleId => CountRules.CancelledCountsAdjustNothing;

    public override string Describe() => $"There is no cycle count with id {CountId}.";
}

/// <summary>R-11.1: a count covers 1-100 distinct locations.</summary>
public sealed record CountLocationsInvalid(string Warehouse, int Count, int MaxLocations) : DomainError
{
    public override string RuleId => CountRules.SnapshotAtStart;

    public override string Describe() => $"A count in '{Warehouse}' names {Count} locations; it must name 1 to {MaxLocations} distinct locations.";
}

/// <summary>R-11.1: a location is already being counted by another open count.</summary>
public sealed record LocationAlreadyCounted(string Warehouse, string Location, Guid CountId) : DomainError
{
    public override string RuleId => CountRules.SnapshotAtStart;

    public override string Describe() => $"Location '{Location}' in '{Warehouse}' is already being counted by count {CountId}.";
}

/// <summary>R-11.5: the count was approved or cancelled and takes no more counts or approvals.</summary>
public sealed record CountClosed(Guid CountId, CountStatus Status) : DomainError
{
    public override string RuleId => CountRules.CancelledCountsAdjustNothing;

    public override string Describe() => $"Count {CountId} is {Status.ToString().ToLowerInvariant()}; it can no longer change.";
}

/// <summary>R-11.2: the location is not one of the count's locations.</summary>
public sealed record LocationNotInCount(Guid CountId, string Warehouse, string Location) : DomainError
{
    public override string RuleId => CountRules.MovementsReconciled;

    public override string Describe() => $"Location '{Location}' in '{Warehouse}' is not part of count {CountId}.";
}

/// <summary>R-11.3: a recount was asked for a line that has not been counted yet.</summary>
public sealed record LineNotCounted(Guid CountId, string Sku, string Location, string? Lot) : DomainError
{
    public override string RuleId => CountRules.RecountOverThreshold;

    public override string Describe() => $"'{Sku}'{(Lot is null ? "" : $" lot '{Lot}'")} at '{Location}' has not been counted in count {CountId}.";
}

/// <summary>R-11.4: approval waits until every line of the snapshot is counted.</summary>
public sealed record CountIncomplete(Guid CountId, string Sku, string Location, string? Lot, int UncountedLines) : DomainError
{
    public override string RuleId => CountRules.OnlyApprovalAdjusts;

    public override string Describe() =>
        $"Count {CountId} has {UncountedLines} uncounted lines, the first '{Sku}'{(Lot is null ? "" : $" lot '{Lot}'")} at '{Location}'.";
}

/// <summary>R-11.3: approval waits until every line whose recount was requested is counted again.</summary>
public sealed record RecountPending(Guid CountId, string Sku, string Location, string? Lot, long Variance) : DomainError
{
    public override string RuleId => CountRules.RecountOverThreshold;

    public override string Describe() =>
        $"'{Sku}'{(Lot is null ? "" : $" lot '{Lot}'")} at '{Location}' must be counted again (variance {Variance}) before count {CountId} is approved.";
}
