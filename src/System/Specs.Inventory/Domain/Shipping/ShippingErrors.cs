namespace Specs.Inventory.Domain.Shipping;

/// <summary>R-9.1: a check covers more units than the line has picked and not yet checked (passed never exceeds picked).</summary>
public sealed record ScanExceedsPicked(Guid PicklistId, string Sku, Guid? SaleId, long Requested, long Unchecked) : DomainError
{
    public override string RuleId => ShippingRules.ChecksNeverExceedPicked;

    public override string Describe() => $"Only {Unchecked} picked units of '{Sku}' on picklist {PicklistId} are waiting for a check, not {Requested}.";
}

/// <summary>R-9.1: a check's note is longer than the limit.</summary>
public sealed record CheckNoteTooLong(Guid PicklistId, int Length, int MaxLength) : DomainError
{
    public override string RuleId => ShippingRules.ChecksNeverExceedPicked;

    public override string Describe() => $"The note is {Length} characters; at most {MaxLength} are allowed.";
}

/// <summary>R-9.2: more units are put back than the line holds picked and unshipped (of that lot).</summary>
public sealed record UnpickExceedsPicked(Guid PicklistId, string Sku, Guid? SaleId, string? Lot, long Requested, long InHand) : DomainError
{
    public override string RuleId => ShippingRules.UnpickReturnsToLocation;

    public override string Describe() =>
        $"Picklist {PicklistId} holds {InHand} picked, unshipped units of '{Sku}'{(Lot is null ? "" : $" lot '{Lot}'")}; {Requested} can't be put back.";
}

/// <summary>R-9.2: a serial put back was not picked on the line.</summary>
public sealed record SerialNotPicked(Guid PicklistId, string Sku, string Serial) : DomainError
{
    public override string RuleId => ShippingRules.UnpickReturnsToLocation;

    public override string Describe() => $"Serial '{Serial}' of '{Sku}' is not picked on picklist {PicklistId}.";
}

/// <summary>R-9.3: a line of the sale on an open picklist still needs picking.</summary>
public sealed record SaleNotFullyPicked(Guid SaleId, Guid PicklistId, string Sku, long Remaining) : DomainError
{
    public override string RuleId => ShippingRules.ShipOnlyPickedAndPassed;

    public override string Describe() => $"Sale {SaleId} can't ship: {Remaining} units of '{Sku}' on picklist {PicklistId} are still to pick.";
}

/// <summary>R-9.3: picked units of the sale are unchecked or failed (failed units must be unpicked first).</summary>
public sealed record SaleNotFullyChecked(Guid SaleId, Guid PicklistId, string Sku, long Unchecked, long Failed) : DomainError
{
    public override string RuleId => ShippingRules.ShipOnlyPickedAndPassed;

    public override string Describe() =>
        $"Sale {SaleId} can't ship: of '{Sku}' on picklist {PicklistId}, {Unchecked} picked units are unchecked and {Failed} failed the check.";
}

/// <summary>R-9.3: the sale has no picked, passed units waiting to ship.</summary>
public sealed record NothingToShip(Guid SaleId) : DomainError
{
    public override string RuleId => ShippingRules.ShipOnlyPickedAndPassed;

    public override string Describe() => $"Sale {SaleId} has no picked units waiting to ship.";
}

/// <summary>R-9.3: a tracking number is 1-64 characters and a carrier's name at most 200.</summary>
public sealed record InvalidShipmentLabel(Guid SaleId, string TrackingNumber, string? Carrier) : DomainError
{
    public override string RuleId => ShippingRules.ShipOnlyPickedAndPassed;

    public override string Describe() => $"Sale {SaleId} needs a tracking number of 1-{Codes.MaxCodeLength} characters and a carrier of at most {Codes.MaxNameLength}, neither holding a control character (a tab, a line break).";
}

/// <summary>R-9.4: more units come back than the sale shipped of the SKU, less what came back already.</summary>
public sealed record ReturnExceedsShipped(Guid SaleId, string Sku, long Requested, long Returnable) : DomainError
{
    public override string RuleId => ShippingRules.ReturnsBackOnHand;

    public override string Describe() => $"Sale {SaleId} can take back {Returnable} units of '{Sku}', not {Requested}.";
}
