namespace Specs.Inventory.Domain.Transfers;

/// <summary>R-10.1: a command cites a transfer that does not exist.</summary>
public sealed record UnknownTransfer(Guid TransferId) : DomainError
{
    public override string RuleId => TransferRules.TransfersBetweenWarehouses;

    public override string Describe() => $"There is no transfer {TransferId}.";
}

/// <summary>R-10.1: a transfer goes between two warehouses; within one, stock moves with MoveItem (R-4.8).</summary>
public sealed record SameWarehouseTransfer(string Warehouse) : DomainError
{
    public override string RuleId => TransferRules.TransfersBetweenWarehouses;

    public override string Describe() => $"A transfer leaves '{Warehouse}' for another warehouse; to move stock within '{Warehouse}' use MoveItem.";
}

/// <summary>R-10.1, R-10.2, R-10.4: a plan, a shipment or a receipt has 1 to the maximum of lines.</summary>
public sealed record TransferLineCountInvalid(int Count, int Maximum) : DomainError
{
    public override string RuleId => TransferRules.TransfersBetweenWarehouses;

    public override string Describe() => $"A transfer's plan, shipment or receipt needs 1 to {Maximum} lines, not {Count}.";
}

/// <summary>R-10.1: a transfer plans one line per SKU (an alternate SKU names the same product).</summary>
public sealed record DuplicateTransferLine(string Sku) : DomainError
{
    public override string RuleId => TransferRules.TransfersBetweenWarehouses;

    public override string Describe() => $"'{Sku}' is planned more than once.";
}

/// <summary>R-10.2: a transfer ships once, from the planned state.</summary>
public sealed record TransferAlreadyShipped(Guid TransferId) : DomainError
{
    public override string RuleId => TransferRules.ShippedUnitsInTransit;

    public override string Describe() => $"Transfer {TransferId} has already shipped.";
}

/// <summary>R-10.2: a shipment sends more units of a SKU than planned (or a SKU not planned, with 0 planned).</summary>
public sealed record TransferExceedsPlan(Guid TransferId, string Sku, long Planned, long Shipping) : DomainError
{
    public override string RuleId => TransferRules.ShippedUnitsInTransit;

    public override string Describe() => $"Transfer {TransferId} plans {Planned} units of '{Sku}'; {Shipping} can't be shipped.";
}

/// <summary>R-10.4: units are received on a transfer that has not shipped.</summary>
public sealed record TransferNotShipped(Guid TransferId) : DomainError
{
    public override string RuleId => TransferRules.ReceiveNoMoreThanShipped;

    public override string Describe() => $"Transfer {TransferId} has not shipped yet.";
}

/// <summary>R-10.6: every shipped unit was received; nothing more arrives on the transfer.</summary>
public sealed record TransferAlreadyClosed(Guid TransferId) : DomainError
{
    public override string RuleId => TransferRules.ClosedWhenFullyReceived;

    public override string Describe() => $"Transfer {TransferId} is closed: every unit it shipped was received.";
}

/// <summary>R-10.4 and R-10.5: more units of a SKU and lot arrive than were shipped in that lot and not yet received.</summary>
public sealed record ReceiptExceedsShipped(Guid TransferId, string Sku, string? Lot, long Requested, long Outstanding) : DomainError
{
    public override string RuleId => TransferRules.ReceiveNoMoreThanShipped;

    public override string Describe() =>
        $"Transfer {TransferId} has {Outstanding} units of '{Sku}'{(Lot is null ? "" : $" lot '{Lot}'")} in transit, not {Requested}.";
}

/// <summary>R-10.5: a serial received is not one the transfer shipped and has not delivered.</summary>
public sealed record SerialNotInTransit(Guid TransferId, string Sku, string Serial) : DomainError
{
    public override string RuleId => TransferRules.IdentityPreserved;

    public override string Describe() => $"Serial '{Serial}' of '{Sku}' is not in transit on transfer {TransferId}.";
}
