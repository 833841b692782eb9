namespace Specs.Inventory.Domain;

/// <summary>
/// A refusal the business can read: the command broke a rule, and nothing was written. Each kind of
/// refusal is its own type carrying what a caller needs to act (the SKU, the quantity short, the
/// location), named by the rule it enforces (docs/domain-rules.md). Never an exception: refusing is
/// normal business, and a refused command in a group commit must not disturb the others.
/// </summary>
public abstract record DomainError
{
    /// <summary>The stable id of the rule that refused, such as <c>R-14.1</c>.</summary>
    public abstract string RuleId { get; }

    /// <summary>One sentence in business words saying what was refused and why.</summary>
    public abstract string Describe();

    public sealed override string ToString() => $"{GetType().Name} ({RuleId}): {Describe()}";
}
