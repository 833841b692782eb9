namespace Specs.Inventory.Domain.Picking;

/// <summary>R-8.1: a command cites a picklist that does not exist.</summary>
public sealed record UnknownPicklist(Guid PicklistId) : DomainError
{
    public override string RuleId => PickingRules.PicklistsDefined;

    public override string Describe() => $"There is no picklist {PicklistId}.";
}

/// <summary>R-8.1: a picklist has 1 to the maximum of lines.</summary>
public sealed record PicklistLineCountInvalid(int Count, int Maximum) : DomainError
{
    public override string RuleId => PickingRules.PicklistsDefined;

    public override string Describe() => $"A picklist needs 1 to {Maximum} lines, not {Count}.";
}

/// <summary>R-8.1: a picklist lists one SKU for one sale once (an alternate SKU names the same product).</summary>
public sealed record DuplicatePicklistLine(string Sku, Guid? SaleId) : DomainError
{
    public override string RuleId => PickingRules.PicklistsDefined;

    public override string Describe() => $"'{Sku}'{SaleWords.For(SaleId)} is listed more than once.";
}

/// <summary>R-8.1: a command cites a SKU and sale the picklist has no line for.</summary>
public sealed record NotOnPicklist(Guid PicklistId, string Sku, Guid? SaleId) : DomainError
{
    public override string RuleId => PickingRules.PicklistsDefined;

    public override string Describe() => $"Picklist {PicklistId} has no line for '{Sku}'{SaleWords.For(SaleId)}.";
}

/// <summary>R-8.2: a picker's name is blank or longer than the limit.</summary>
public sealed record InvalidPickerName(Guid PicklistId, string Picker, int MaxLength) : DomainError
{
    public override string RuleId => PickingRules.PicklistsAssigned;

    public override string Describe() => Picker.Length == 0
        ? $"Name the picker of picklist {PicklistId}."
        : $"The picker's name {Codes.Flaw(Picker, MaxLength, isName: true)}";
}

/// <summary>R-8.8: a completed picklist takes no more picks, shorts or assignments.</summary>
public sealed record PicklistClosed(Guid PicklistId) : DomainError
{
    public override string RuleId => PickingRules.CompletedWhenResolved;

    public override string Describe() => $"Picklist {PicklistId} is completed.";
}

/// <summary>R-8.3: a pick asks for more units than the line still needs.</summary>
public sealed record PickExceedsLine(Guid PicklistId, string Sku, Guid? SaleId, long Requested, long Remaining) : DomainError
{
    public override string RuleId => PickingRules.NeverPickBeyondLine;

    public override string Describe() => $"The line for '{Sku}'{SaleWords.For(SaleId)} on picklist {PicklistId} needs {Remaining} more units, not {Requested}.";
}

/// <summary>R-8.5: an express pick (no location named) needs the SKU in exactly one location of the warehouse.</summary>
public sealed record ExpressPickNeedsLocation(string Sku, string Warehouse, int Locations) : DomainError
{
    public override string RuleId => PickingRules.ExpressPickFromOneLocation;

    public override string Describe() => Locations == 0
        ? $"'{Sku}' is on hand in no location of '{Warehouse}'."
        : $"'{Sku}' sits in {Locations} locations of '{Warehouse}': name the location to pick from.";
}

/// <summary>R-8.6: an earlier-expiring lot of the SKU is on hand in a pickable location of the warehouse; pick it first.</summary>
public sealed record PickNotFirstExpiry(string Sku, string Lot, long? ExpiresAtUnixMs, string EarlierLot, long EarlierExpiresAtUnixMs, string Warehouse, string Location) : DomainError
{
    public override string RuleId => PickingRules.FirstExpiryFirstOut;

    public override string Describe() =>
        $"Lot '{EarlierLot}' of '{Sku}' expires first ({EarlierExpiresAtUnixMs} Unix ms, before {(ExpiresAtUnixMs is { } at ? $"{at}" : "never")} for lot '{Lot}'); pick it at '{Location}' in '{Warehouse}'.";
}

/// <summary>R-8.6: an expired lot is not picked for anyone.</summary>
public sealed record ExpiredLotNotPickable(string Sku, string Lot) : DomainError
{
    public override string RuleId => PickingRules.FirstExpiryFirstOut;

    public override string Describe() => $"Lot '{Lot}' of '{Sku}' has expired and can't be picked.";
}

/// <summary>R-8.7: a short asks for more units than the line still needs.</summary>
public sealed record ShortExceedsLine(Guid PicklistId, string Sku, Guid? SaleId, long Requested, long Remaining) : DomainError
{
    public override string RuleId => PickingRules.ShortsReduceTheLine;

    public override string Describe() => $"The line for '{Sku}'{SaleWords.For(SaleId)} on picklist {PicklistId} needs {Remaining} more units; {Requested} can't be shorted.";
}

/// <summary>R-8.8: a picklist is completed only when every line is picked or shorted.</summary>
public sealed record PicklistNotFinished(Guid PicklistId, string Sku, Guid? SaleId, long Remaining) : DomainError
{
    public override string RuleId => PickingRules.CompletedWhenResolved;

    public override string Describe() => $"The line for '{Sku}'{SaleWords.For(SaleId)} on picklist {PicklistId} still needs {Remaining} units: pick or short them first.";
}

/// <summary>R-8.10: a picklist line cites a sale id no channel sale has (the id is <c>SaleIds.Of(channel, external id)</c>).</summary>
public sealed record PicklistSaleUnknown(Guid SaleId) : DomainError
{
    public override string RuleId => PickingRules.LinesServeSales;

    public override string Describe() => $"No sale has the id {SaleId}: import the sale from its channel before picking for it.";
}

/// <summary>R-8.10: a picklist line cites a cancelled sale; its units are not to be picked.</summary>
public sealed record PicklistSaleCancelled(Guid SaleId, string Channel, string ExternalId) : DomainError
{
    public override string RuleId => PickingRules.LinesServeSales;

    public override string Describe() => $"Sale {ExternalId} of {Channel} is cancelled: nothing is picked for it.";
}

/// <summary>
/// a picklist line asks for more units of a SKU than the sale still needs picked beyond what its lines on
/// open picklists already plan (<paramref name="Unplanned"/>; 0 when the sale does not reserve the SKU).
/// </summary>
public sealed record PicklistLineExceedsSale(Guid SaleId, string Channel, string ExternalId, string Sku, long Requested, long Unplanned) : DomainError
{
    public override string RuleId => PickingRules.LinesServeSales;

    public override string Describe() => Unplanned == 0
        ? $"Sale {ExternalId} of {Channel} needs no more units of '{Sku}' picked, so a line of {Requested} cannot be planned."
        : $"Sale {ExternalId} of {Channel} needs only {Unplanned} more units of '{Sku}' picked, not {Requested}.";
}

/// <summary>How refusals name a line's sale.</summary>
internal static class SaleWords
{
    public static string For(Guid? saleId) => saleId is { } sale ? $" for sale {sale}" : " (no sale)";
}
