using Specs.Inventory.Contracts;

namespace Specs.Inventory.Domain.Catalog;

/// <summary>R-1.1: the code is already a SKU or an alternate SKU of a product (without regard to case).</summary>
public sealed record CodeAlreadyUsed(string Code, string ExistingCode, string UsedBySku) : DomainError
{
    public override string RuleId => CatalogRules.CodesUnique;

    public override string Describe() => ExistingCode.Equals(UsedBySku, StringComparison.Ordinal)
        ? $"'{Code}' is already the SKU of product '{UsedBySku}'."
        : $"'{Code}' is already an alternate SKU ('{ExistingCode}') of product '{UsedBySku}'.";
}

/// <summary>R-1.2: a product name is blank or longer than the limit.</summary>
public sealed record InvalidProductName(string Sku, string Name, int MaxLength) : DomainError
{
    public override string RuleId => CatalogRules.CodesWellFormed;

    public override string Describe() => Name.Length == 0
        ? $"Product '{Sku}' needs a name."
        : $"The name of product '{Sku}' {Codes.Flaw(Name, MaxLength, isName: true)}";
}

/// <summary>R-1.2: a product already has as many alternate SKUs as allowed.</summary>
public sealed record TooManyAlternateSkus(string Sku, int MaxAlternates) : DomainError
{
    public override string RuleId => CatalogRules.CodesWellFormed;

    public override string Describe() => $"Product '{Sku}' already has {MaxAlternates} alternate SKUs, the most allowed.";
}

/// <summary>R-1.3: no product has this SKU or alternate SKU.</summary>
public sealed record UnknownProduct(string Sku) : DomainError
{
    public override string RuleId => CatalogRules.OnlyActiveProductsUsed;

    public override string Describe() => $"There is no product with SKU '{Sku}'.";
}

/// <summary>R-1.3: the product was deactivated and can no longer be stocked or used in kits.</summary>
public sealed record InactiveProduct(string Sku) : DomainError
{
    public override string RuleId => CatalogRules.OnlyActiveProductsUsed;

    public override string Describe() => $"Product '{Sku}' is inactive and can no longer be stocked or used in kits.";
}

/// <summary>
/// the product still has units in stock (on hand, picked or in transit), so its
/// tracking can't change and it can't be deactivated.
/// </summary>
public sealed record ProductHasStock(string Sku, long UnitsInStock, string Rule) : DomainError
{
    public override string RuleId => Rule;

    public override string Describe() => Rule == CatalogRules.TrackingFixedWhileStocked
        ? $"Product '{Sku}' has {UnitsInStock} units in stock, so its tracking can't change until they are gone."
        : $"Product '{Sku}' has {UnitsInStock} units in stock, so it can't be deactivated until they are gone.";
}

/// <summary>
/// The product's units are identified another way than a command needs: lots only for lot-tracked
/// SKUs, serials only for serial-tracked SKUs, assembly only from untracked stock.
/// </summary>
public sealed record TrackingMismatch(string Sku, TrackingMode Tracking, TrackingMode Needed, string Rule) : DomainError
{
    public override string RuleId => Rule;

    public override string Describe() => $"Product '{Sku}' is tracked by {Words(Tracking)}, but this needs a product tracked by {Words(Needed)}.";

    private static string Words(TrackingMode mode) => mode switch
    {
        TrackingMode.Lot => "lot",
        TrackingMode.Serial => "serial number",
        _ => "quantity only",
    };
}
