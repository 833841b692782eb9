namespace Specs.Inventory.Domain.Sales;

/// <summary>R-6.1: a channel's sale id is blank or longer than the limit.</summary>
public sealed record InvalidExternalId(string Channel, string ExternalId, int MaxLength) : DomainError
{
    public override string RuleId => SalesRules.IdempotentPerChannelId;

    public override string Describe() => ExternalId.Length == 0
        ? $"A sale from '{Channel}' needs the channel's id."
        : $"The sale id '{Codes.Shown(ExternalId)}' from '{Channel}' {Codes.Flaw(ExternalId, MaxLength)}";
}

/// <summary>R-6.1: a command cites a sale that was never imported.</summary>
public sealed record UnknownSale(string Channel, string ExternalId) : DomainError
{
    public override string RuleId => SalesRules.IdempotentPerChannelId;

    public override string Describe() => $"There is no sale '{ExternalId}' from '{Channel}'.";
}

/// <summary>R-6.2: a sale has 1 to the limit of lines.</summary>
public sealed record SaleLineCountInvalid(string Channel, string ExternalId, int Count, int MaxLines) : DomainError
{
    public override string RuleId => SalesRules.LinesWellFormed;

    public override string Describe() => $"Sale '{ExternalId}' from '{Channel}' has {Count} lines; it needs 1 to {MaxLines}.";
}

/// <summary>R-6.2: a sale names the same product on two lines (an alternate SKU names the same product).</summary>
public sealed record DuplicateSaleLine(string Channel, string ExternalId, string Sku) : DomainError
{
    public override string RuleId => SalesRules.LinesWellFormed;

    public override string Describe() => $"'{Sku}' is on more than one line of sale '{ExternalId}' from '{Channel}'.";
}

/// <summary>R-6.2: a sale line's units are outside the bounds, or its kits expand to more units of a component than a slot may hold.</summary>
public sealed record InvalidSaleQuantity(string Channel, string ExternalId, string Sku, long Quantity, long Maximum) : DomainError
{
    public override string RuleId => SalesRules.LinesWellFormed;

    public override string Describe() => $"{Quantity} units of '{Sku}' on sale '{ExternalId}' from '{Channel}' is not allowed; at least 1 and at most {Maximum}.";
}

/// <summary>R-6.5: a cancelled sale is final.</summary>
public sealed record SaleIsCancelled(string Channel, string ExternalId) : DomainError
{
    public override string RuleId => SalesRules.ChangesBeforePicking;

    public override string Describe() => $"Sale '{ExternalId}' from '{Channel}' is cancelled; it can't change any more.";
}

/// <summary>R-6.5: a sale's lines are fixed once any unit is picked.</summary>
public sealed record SalePickingStarted(string Channel, string ExternalId, string Sku, long Picked) : DomainError
{
    public override string RuleId => SalesRules.ChangesBeforePicking;

    public override string Describe() => $"{Picked} units of '{Sku}' are already picked for sale '{ExternalId}' from '{Channel}'; unpick them or cancel the sale before changing its lines.";
}
