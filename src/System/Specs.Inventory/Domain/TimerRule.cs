namespace Specs.Inventory.Domain;

/// <summary>
/// A time-driven rule (hold expiry, lot expiry): given the state and the node's time, the decisions
/// that have come due. The pipeline asks every rule whenever its time moves forward and records the
/// decisions like a command's, one after another, each seeing the state the previous ones left.
/// </summary>
/// <remarks>
/// Invariant: once a due decision's events are evolved, the rule no longer returns it (the state
/// records that the hold expired), so asking again at the same time yields nothing new. A rule should
/// find due items without scanning everything (keep them ordered by due time): it is asked often.
/// </remarks>
/// <param name="RuleId">The rule it implements, such as <c>R-5.4</c> (docs/domain-rules.md).</param>
/// <param name="DueDecisions">The decisions due at <c>nowUnixMs</c>; refusals are ignored.</param>
public sealed record TimerRule(string RuleId, Func<InventoryState, long, IReadOnlyList<Decision>> DueDecisions);
