using Specs.Inventory.Contracts;

namespace Specs.Inventory.Domain.ReferenceData;

/// <summary>R-14.1: a name is already used by another entry of the same kind (without regard to case).</summary>
public sealed record NameAlreadyUsed(ReferenceKind Kind, string Name, string ExistingName) : DomainError
{
    public override string RuleId => ReferenceDataRules.NamesUnique;

    public override string Describe() => $"A {Kind.ToString().ToLowerInvariant()} named '{ExistingName}' already exists, so '{Name}' cannot be created.";
}

/// <summary>R-14.2: a name is blank or longer than the limit.</summary>
public sealed record InvalidName(ReferenceKind Kind, string Name, int MaxLength) : DomainError
{
    public override string RuleId => ReferenceDataRules.NamesWellFormed;

    public override string Describe() => string.IsNullOrWhiteSpace(Name)
        ? $"A {Kind.ToString().ToLowerInvariant()} needs a name."
        : $"The {Kind.ToString().ToLowerInvariant()} name '{Codes.Shown(Name)}' {Codes.Flaw(Name, MaxLength)}";
}

/// <summary>R-14.3: a command cites reference data that does not exist.</summary>
public sealed record UnknownReference(ReferenceKind Kind, string Name) : DomainError
{
    public override string RuleId => ReferenceDataRules.OnlyActiveUsed;

    public override string Describe() => $"There is no {Kind.ToString().ToLowerInvariant()} named '{Name}'.";
}

/// <summary>R-14.3: a command cites reference data that was deactivated.</summary>
public sealed record InactiveReference(ReferenceKind Kind, string Name) : DomainError
{
    public override string RuleId => ReferenceDataRules.OnlyActiveUsed;

    public override string Describe() => $"The {Kind.ToString().ToLowerInvariant()} '{Name}' is inactive and can no longer be used.";
}
