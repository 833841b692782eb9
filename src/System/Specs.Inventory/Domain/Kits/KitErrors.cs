namespace Specs.Inventory.Domain.Kits;

/// <summary>R-2.1: the product is already a kit.</summary>
public sealed record KitAlreadyDefined(string Sku) : DomainError
{
    public override string RuleId => KitRules.KitsOnProducts;

    public override string Describe() => $"'{Sku}' is already a kit; change its lines instead.";
}

/// <summary>R-2.1: a command cites a kit that is not defined.</summary>
public sealed record UnknownKit(string Sku) : DomainError
{
    public override string RuleId => KitRules.KitsOnProducts;

    public override string Describe() => $"'{Sku}' is not a kit.";
}

/// <summary>R-2.2: a kit needs at least one line and at most the limit.</summary>
public sealed record KitLineCountInvalid(string Sku, int Count, int MaxLines) : DomainError
{
    public override string RuleId => KitRules.KitLinesWellFormed;

    public override string Describe() => $"Kit '{Sku}' has {Count} lines; a kit has between 1 and {MaxLines}.";
}

/// <summary>R-2.2: a component appears on two lines (perhaps once by SKU and once by an alternate SKU).</summary>
public sealed record DuplicateComponent(string Sku, string Component) : DomainError
{
    public override string RuleId => KitRules.KitLinesWellFormed;

    public override string Describe() => $"Kit '{Sku}' lists '{Component}' more than once; put its units on one line.";
}

/// <summary>R-2.2: units of a component per kit are outside the bounds.</summary>
public sealed record InvalidComponentQuantity(string Sku, string Component, long Quantity, long MaxQuantity) : DomainError
{
    public override string RuleId => KitRules.KitLinesWellFormed;

    public override string Describe() => $"Kit '{Sku}' can't hold {Quantity} units of '{Component}'; between 1 and {MaxQuantity} are allowed.";
}

/// <summary>R-2.3: a component is not a product.</summary>
public sealed record UnknownComponent(string Sku, string Component) : DomainError
{
    public override string RuleId => KitRules.ComponentsValid;

    public override string Describe() => $"Kit '{Sku}' lists '{Component}', which is not a product.";
}

/// <summary>R-2.3: a component was deactivated.</summary>
public sealed record InactiveComponent(string Sku, string Component) : DomainError
{
    public override string RuleId => KitRules.ComponentsValid;

    public override string Describe() => $"Kit '{Sku}' lists '{Component}', which is inactive.";
}

/// <summary>R-2.3: the kit would contain itself, directly or through other kits; <see cref="Path"/> shows how ("A > B > A").</summary>
public sealed record KitContainsItself(string Sku, string Path) : DomainError
{
    public override string RuleId => KitRules.ComponentsValid;

    public override string Describe() => $"Kit '{Sku}' would contain itself: {Path}.";
}

/// <summary>R-2.4: the lines of a kit can't change while assembled units of it are in stock (they were built to the old lines).</summary>
public sealed record KitHasStock(string Sku, long UnitsInStock) : DomainError
{
    public override string RuleId => KitRules.LinesFixedWhileAssembled;

    public override string Describe() => $"Kit '{Sku}' has {UnitsInStock} assembled units in stock; disassemble or remove them before changing its lines.";
}
