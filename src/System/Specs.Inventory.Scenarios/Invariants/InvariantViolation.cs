namespace Specs.Inventory.Scenarios.Invariants;

/// <summary>
/// One cross-area invariant (DOMAIN.md) found broken: which one (<see cref="Invariant"/>, a stable id such as
/// <c>explained-by-events</c>), and what was found, naming the SKU and place.
/// </summary>
public sealed record InvariantViolation(string Invariant, string Detail)
{
    public override string ToString() => $"[{Invariant}] {Detail}";
}
