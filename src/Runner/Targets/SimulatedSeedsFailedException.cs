namespace Specs.Runner.Targets;

/// <summary>One seed of a scenario that failed on the simulated cluster: what broke, and how to run it again.</summary>
/// <param name="Number">The seed number (what --seed-start takes).</param>
/// <param name="ClusterSeed">The simulator's seed derived from the scenario and the number.</param>
/// <param name="Configuration">The seed's cluster and fault configuration, in one line.</param>
/// <param name="Check">The invariant of the simulator's checkers, or "model-equivalence", "answer" or "liveness".</param>
/// <param name="Detail">What was found.</param>
/// <param name="Reproduction">The one-line command that runs this seed of this scenario alone.</param>
public sealed record SeedFailure(ulong Number, ulong ClusterSeed, string Configuration, string Check, string Detail, string Reproduction)
{
    public override string ToString() =>
        $"seed {Number} (cluster seed {ClusterSeed}; {Configuration}): {Check} broke: {Detail}\n  reproduce: {Reproduction}";
}

/// <summary>
/// The When ran on every seed's cluster, and at least one seed broke an invariant or diverged from the
/// model. One seed can break several invariants, so the count is of distinct seeds, not of failures.
/// </summary>
public sealed class SimulatedSeedsFailedException(int seeds, IReadOnlyList<SeedFailure> failures)
    : Exception($"{failures.Select(failure => failure.Number).Distinct().Count()} of {seeds} simulated cluster seed(s) failed:\n" + string.Join("\n", failures))
{
    public IReadOnlyList<SeedFailure> Failures { get; } = failures;
}
