using Specs.Inventory.Domain;

namespace Specs.Inventory.Pipeline;

/// <summary>
/// A remembered refusal whose error type this build no longer has (renamed or removed): the rule id
/// and the message first given are kept, so a repeat still answers what the first call answered.
/// </summary>
public sealed record UnrecognizedRefusal(string StoredRuleId, string TypeName, string Message) : DomainError
{
    public override string RuleId => StoredRuleId;

    public override string Describe() => Message;
}
