using Specs.Inventory.Contracts;
using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Ledger;

/// <summary>R-4.2: a location (and lot) holds fewer units than a command takes from it; on hand never goes below zero.</summary>
public sealed record InsufficientStock(string Sku, string Warehouse, string Location, string? Lot, long Requested, long OnHand) : DomainError
{
    public override string RuleId => LedgerRules.OnHandNeverNegative;

    /// <summary>Units missing: what a caller must add or find before retrying.</summary>
    public long Short => Requested - OnHand;

    public override string Describe() =>
        $"Only {OnHand} units of '{Sku}'{(Lot is null ? "" : $" lot '{Lot}'")} are at '{Location}' in '{Warehouse}', {Short} short of the {Requested} asked for.";

    public static InsufficientStock At(string sku, StockSlot slot, long requested, long onHand) =>
        new(sku, slot.Address.Warehouse, slot.Address.Location, slot.Lot.Length == 0 ? null : slot.Lot, requested, onHand);
}

/// <summary>R-4.3: a quantity is outside what the command accepts.</summary>
public sealed record InvalidQuantity(string Sku, long Quantity, long Minimum, long Maximum) : DomainError
{
    public override string RuleId => LedgerRules.QuantitiesBounded;

    public override string Describe() => $"{Quantity} units of '{Sku}' is not allowed; the quantity must be between {Minimum} and {Maximum}.";
}

/// <summary>R-4.3: a location would hold more units of one SKU (and lot) than the limit.</summary>
public sealed record LocationCapacityExceeded(string Sku, string Warehouse, string Location, long OnHand, long Adding, long Maximum) : DomainError
{
    public override string RuleId => LedgerRules.QuantitiesBounded;

    public override string Describe() => $"'{Location}' in '{Warehouse}' holds {OnHand} units of '{Sku}'; adding {Adding} would pass the limit of {Maximum}.";
}

/// <summary>R-4.4: serial numbers must match the quantity one for one for serial-tracked SKUs, and be absent otherwise.</summary>
public sealed record SerialCountMismatch(string Sku, TrackingMode Tracking, long Quantity, int SerialCount) : DomainError
{
    public override string RuleId => LedgerRules.SerialsMatchQuantity;

    public override string Describe() => Tracking == TrackingMode.Serial
        ? $"'{Sku}' is serial-tracked: {Quantity} units need {Quantity} serial numbers, not {SerialCount}."
        : $"'{Sku}' is not serial-tracked, so no serial numbers are expected ({SerialCount} given).";
}

/// <summary>R-4.4: a command names the same serial number twice (without regard to case).</summary>
public sealed record DuplicateSerial(string Sku, string Serial) : DomainError
{
    public override string RuleId => LedgerRules.SerialsMatchQuantity;

    public override string Describe() => $"Serial '{Serial}' of '{Sku}' is named more than once.";
}

/// <summary>R-4.5: a lot-tracked SKU's stock always names its lot.</summary>
public sealed record LotRequired(string Sku) : DomainError
{
    public override string RuleId => LedgerRules.LotRequiredWhenLotTracked;

    public override string Describe() => $"'{Sku}' is lot-tracked: name the lot.";
}

/// <summary>R-4.5: a SKU that is not lot-tracked has no lots.</summary>
public sealed record LotNotExpected(string Sku, string Lot) : DomainError
{
    public override string RuleId => LedgerRules.LotRequiredWhenLotTracked;

    public override string Describe() => $"'{Sku}' is not lot-tracked, so lot '{Lot}' can't be named.";
}

/// <summary>R-4.8: a move needs two different locations.</summary>
public sealed record SameLocation(string Sku, string Warehouse, string Location) : DomainError
{
    public override string RuleId => LedgerRules.MovesWithinWarehouse;

    public override string Describe() => $"'{Sku}' can't move from '{Location}' in '{Warehouse}' to the same location.";
}
