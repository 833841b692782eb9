namespace Specs.Inventory.Domain.Lots;

/// <summary>R-12.1: the lot is registered with another expiry; an expiry, once recorded, is not rewritten.</summary>
public sealed record LotAlreadyRegistered(string Sku, string Lot, long? ExpiresAtUnixMs, long? RequestedExpiresAtUnixMs) : DomainError
{
    public override string RuleId => LotRules.LotsRegistered;

    public override string Describe() => $"Lot '{Lot}' of '{Sku}' is already registered with expiry {Show(ExpiresAtUnixMs)}, not {Show(RequestedExpiresAtUnixMs)}.";

    private static string Show(long? unixMs) => unixMs is { } at ? $"{at} (Unix ms)" : "none";
}

/// <summary>R-4.5: a command cites a lot the SKU never registered.</summary>
public sealed record UnknownLot(string Sku, string Lot) : DomainError
{
    public override string RuleId => Ledger.LedgerRules.LotRequiredWhenLotTracked;

    public override string Describe() => $"'{Sku}' has no lot '{Lot}'; register it first.";
}

/// <summary>R-12.3: the SKU already knows the serial number (without regard to case).</summary>
public sealed record SerialAlreadyRegistered(string Sku, string Serial) : DomainError
{
    public override string RuleId => LotRules.SerialsUnique;

    public override string Describe() => $"Serial '{Serial}' of '{Sku}' is already registered.";
}

/// <summary>R-12.4: a serial added to stock is already on hand somewhere.</summary>
public sealed record SerialAlreadyInStock(string Sku, string Serial, string Warehouse, string Location) : DomainError
{
    public override string RuleId => LotRules.SerialsInOnePlace;

    public override string Describe() => $"Serial '{Serial}' of '{Sku}' is already on hand at '{Location}' in '{Warehouse}'.";
}

/// <summary>R-12.4: a serial taken from a location is not there.</summary>
public sealed record SerialNotAtLocation(string Sku, string Serial, string Warehouse, string Location) : DomainError
{
    public override string RuleId => LotRules.SerialsInOnePlace;

    public override string Describe() => $"Serial '{Serial}' of '{Sku}' is not at '{Location}' in '{Warehouse}'.";
}

/// <summary>R-12.5: a serial to move is not on hand anywhere.</summary>
public sealed record SerialNotInStock(string Sku, string Serial) : DomainError
{
    public override string RuleId => LotRules.SerialsMoveWithinWarehouse;

    public override string Describe() => $"Serial '{Serial}' of '{Sku}' is not on hand anywhere.";
}

/// <summary>R-12.5: a serial moves within its warehouse; between warehouses it needs a transfer.</summary>
public sealed record SerialInOtherWarehouse(string Sku, string Serial, string Warehouse, string RequestedWarehouse) : DomainError
{
    public override string RuleId => LotRules.SerialsMoveWithinWarehouse;

    public override string Describe() => $"Serial '{Serial}' of '{Sku}' is in warehouse '{Warehouse}', not '{RequestedWarehouse}'; use a transfer to move it between warehouses.";
}

/// <summary>R-12.4: a serial added to stock is still the business's elsewhere: picked and not shipped, or in transit.</summary>
public sealed record SerialAwayFromLocations(string Sku, string Serial, Stock.SerialPlace Place) : DomainError
{
    public override string RuleId => LotRules.SerialsInOnePlace;

    public override string Describe() => $"Serial '{Serial}' of '{Sku}' is {(Place == Stock.SerialPlace.Picked ? "picked and not shipped" : "in transit")}, so it can't be added to a location.";
}
