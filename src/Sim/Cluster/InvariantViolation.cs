namespace Specs.Sim.Cluster;

/// <summary>One broken invariant: which (REFERENCE.md §5 numbering in the id), when, and what was seen.</summary>
/// <param name="Invariant">A stable id such as <c>canonical-history</c> or <c>no-lost-ack</c>.</param>
/// <param name="Tick">When it was detected (virtual ms).</param>
/// <param name="Detail">What was seen, with the nodes, indexes and keys involved.</param>
public sealed record InvariantViolation(string Invariant, long Tick, string Detail)
{
    public override string ToString() => $"[{Invariant}] at {Tick} ms: {Detail}";
}
