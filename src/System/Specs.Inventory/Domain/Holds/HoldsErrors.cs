namespace Specs.Inventory.Domain.Holds;

/// <summary>R-7.1: a hold id is blank or longer than the limit.</summary>
public sealed record InvalidHoldId(string HoldId, int MaxLength) : DomainError
{
    public override string RuleId => HoldRules.HeldNeverExceedsAvailable;

    public override string Describe() => HoldId.Length == 0
        ? "A hold needs an id."
        : $"The hold id '{Codes.Shown(HoldId)}' {Codes.Flaw(HoldId, MaxLength)}";
}

/// <summary>R-7.1: the hold id was used before (ids are never reused, even after a release).</summary>
public sealed record HoldAlreadyExists(string HoldId, string ExistingHoldId) : DomainError
{
    public override string RuleId => HoldRules.HeldNeverExceedsAvailable;

    public override string Describe() => $"A hold '{ExistingHoldId}' already exists, so '{HoldId}' cannot be created.";
}

/// <summary>R-7.1: a hold's note is longer than the limit.</summary>
public sealed record HoldNoteTooLong(string HoldId, int Length, int MaxLength) : DomainError
{
    public override string RuleId => HoldRules.HeldNeverExceedsAvailable;

    public override string Describe() => $"The note of hold '{HoldId}' is {Length} characters; at most {MaxLength} are allowed.";
}

/// <summary>R-7.1: held never exceeds available; the SKU has fewer units available than the hold asks for.</summary>
public sealed record HoldExceedsAvailable(string HoldId, string Sku, long Requested, long Available) : DomainError
{
    public override string RuleId => HoldRules.HeldNeverExceedsAvailable;

    /// <summary>Units missing.</summary>
    public long Short => Requested - Available;

    public override string Describe() => $"Only {Available} units of '{Sku}' are available, {Short} short of the {Requested} hold '{HoldId}' asks for.";
}

/// <summary>R-7.3: a hold's expiry must lie after the clock's time.</summary>
public sealed record HoldExpiryNotInFuture(string HoldId, long ExpiresAtUnixMs, long NowUnixMs) : DomainError
{
    public override string RuleId => HoldRules.HoldsExpireByTime;

    public override string Describe() => $"Hold '{HoldId}' would expire at {ExpiresAtUnixMs} (Unix ms), not after the clock's {NowUnixMs}.";
}

/// <summary>R-7.2: a command cites a hold that does not exist.</summary>
public sealed record UnknownHold(string HoldId) : DomainError
{
    public override string RuleId => HoldRules.ReleaseFreesHeld;

    public override string Describe() => $"There is no hold '{HoldId}'.";
}

/// <summary>R-7.4: the stock left for the sale after holds, other allocations and the sales ahead of it is short of its units to pick.</summary>
public sealed record AllocationShort(string Channel, string ExternalId, string Sku, long Needed, long Free, long AheadUnits) : DomainError
{
    public override string RuleId => HoldRules.AllocationByPriorityThenDate;

    /// <summary>Units missing.</summary>
    public long Short => Needed - Free;

    public override string Describe() =>
        $"Sale '{ExternalId}' from '{Channel}' needs {Needed} units of '{Sku}' but only {Math.Max(0, Free)} are free for it ({AheadUnits} go to sales ahead of it).";
}
