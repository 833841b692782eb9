namespace Specs.Inventory.Domain.Purchasing;

/// <summary>R-5.1: another purchase order already has the number (without regard to case).</summary>
public sealed record PurchaseOrderAlreadyExists(string PurchaseOrder, string ExistingPurchaseOrder) : DomainError
{
    public override string RuleId => PurchasingRules.OrdersWellFormed;

    public override string Describe() => $"Purchase order '{ExistingPurchaseOrder}' already exists, so '{PurchaseOrder}' cannot be created.";
}

/// <summary>R-5.1: a purchase order number is blank or longer than the limit.</summary>
public sealed record InvalidPurchaseOrderNumber(string PurchaseOrder, int MaxLength) : DomainError
{
    public override string RuleId => PurchasingRules.OrdersWellFormed;

    public override string Describe() => PurchaseOrder.Length == 0
        ? "A purchase order number is required."
        : $"The purchase order number '{Codes.Shown(PurchaseOrder)}' {Codes.Flaw(PurchaseOrder, MaxLength)}";
}

/// <summary>R-5.1: a command cites a purchase order that does not exist.</summary>
public sealed record UnknownPurchaseOrder(string PurchaseOrder) : DomainError
{
    public override string RuleId => PurchasingRules.OrdersWellFormed;

    public override string Describe() => $"There is no purchase order '{PurchaseOrder}'.";
}

/// <summary>R-5.1, R-5.2: an order holds 1 to the limit of lines; R-5.5: so does a receipt.</summary>
public sealed record PurchaseOrderLineCountInvalid(string PurchaseOrder, int Count, int MaxLines) : DomainError
{
    public override string RuleId => PurchasingRules.OrdersWellFormed;

    public override string Describe() => $"Purchase order '{PurchaseOrder}' would have {Count} lines; it needs 1 to {MaxLines}.";
}

/// <summary>R-5.1: a command names the same SKU on two lines (an alternate SKU names the same product).</summary>
public sealed record DuplicatePurchaseOrderLine(string PurchaseOrder, string Sku) : DomainError
{
    public override string RuleId => PurchasingRules.OrdersWellFormed;

    public override string Describe() => $"'{Sku}' is named on more than one line of purchase order '{PurchaseOrder}'.";
}

/// <summary>R-5.1: a unit cost is negative or above the limit.</summary>
public sealed record InvalidUnitCost(string PurchaseOrder, string Sku, long UnitCostMinor, long MaxUnitCostMinor) : DomainError
{
    public override string RuleId => PurchasingRules.OrdersWellFormed;

    public override string Describe() => $"A unit cost of {UnitCostMinor} for '{Sku}' on '{PurchaseOrder}' is not allowed; it must be between 0 and {MaxUnitCostMinor} minor units.";
}

/// <summary>R-5.2: a line can't be ordered below what was already received.</summary>
public sealed record QuantityBelowReceived(string PurchaseOrder, string Sku, long Requested, long Received) : DomainError
{
    public override string RuleId => PurchasingRules.LinesChangeWhileOpen;

    public override string Describe() => $"{Received} units of '{Sku}' were already received on '{PurchaseOrder}', so it can't be ordered at {Requested}.";
}

/// <summary>R-5.3: only an open purchase order is received against or changed.</summary>
public sealed record PurchaseOrderNotOpen(string PurchaseOrder, PurchaseOrderStatus Status) : DomainError
{
    public override string RuleId => PurchasingRules.OnlyOpenOrders;

    public override string Describe() => $"Purchase order '{PurchaseOrder}' is {Status.ToString().ToLowerInvariant()}.";
}

/// <summary>R-5.4: a receipt names a SKU the order does not have.</summary>
public sealed record NotOnPurchaseOrder(string PurchaseOrder, string Sku) : DomainError
{
    public override string RuleId => PurchasingRules.OverReceiptWithinTolerance;

    public override string Describe() => $"'{Sku}' is not on purchase order '{PurchaseOrder}'; add a line first.";
}

/// <summary>R-5.4: a receipt would bring more of a line than ordered plus the tolerance.</summary>
public sealed record OverReceipt(string PurchaseOrder, string Sku, long Ordered, long AlreadyReceived, long Receiving, long Allowed) : DomainError
{
    public override string RuleId => PurchasingRules.OverReceiptWithinTolerance;

    /// <summary>Units beyond what may be received.</summary>
    public long Excess => AlreadyReceived + Receiving - Allowed;

    public override string Describe() =>
        $"{Ordered} units of '{Sku}' were ordered on '{PurchaseOrder}' and {AlreadyReceived} received; receiving {Receiving} more passes the {Allowed} allowed by {Excess}.";
}

/// <summary>R-5.5: goods are received into the order's own warehouse.</summary>
public sealed record ReceiptInOtherWarehouse(string PurchaseOrder, string Warehouse, string RequestedWarehouse) : DomainError
{
    public override string RuleId => PurchasingRules.ReceiptMovesIncomingToOnHand;

    public override string Describe() => $"Purchase order '{PurchaseOrder}' is delivered to '{Warehouse}', not '{RequestedWarehouse}'.";
}

/// <summary>R-5.5: a receipt names the same SKU and lot on two lines.</summary>
public sealed record DuplicateReceiptLine(string PurchaseOrder, string Sku, string? Lot) : DomainError
{
    public override string RuleId => PurchasingRules.ReceiptMovesIncomingToOnHand;

    public override string Describe() => $"'{Sku}'{(Lot is null ? "" : $" lot '{Lot}'")} is named on more than one line of the receipt on '{PurchaseOrder}'.";
}

/// <summary>R-5.6: a receipt id is blank or longer than the limit.</summary>
public sealed record InvalidReceiptId(string PurchaseOrder, string ReceiptId, int MaxLength) : DomainError
{
    public override string RuleId => PurchasingRules.RepeatedReceiptIgnored;

    public override string Describe() => ReceiptId.Length == 0
        ? $"A receipt on '{PurchaseOrder}' needs an id."
        : $"The receipt id '{Codes.Shown(ReceiptId)}' {Codes.Flaw(ReceiptId, MaxLength)}";
}

/// <summary>R-5.8: an order with receipts is closed, not cancelled.</summary>
public sealed record PurchaseOrderHasReceipts(string PurchaseOrder, long UnitsReceived) : DomainError
{
    public override string RuleId => PurchasingRules.CloseAndCancel;

    public override string Describe() => $"{UnitsReceived} units were already received on '{PurchaseOrder}'; close it instead of cancelling it.";
}
