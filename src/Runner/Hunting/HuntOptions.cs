using Specs.Inventory.Domain;

namespace Specs.Runner.Hunting;

/// <summary>What `specs hunt` was asked to do.</summary>
/// <param name="Histories">Histories to run (null: run until <paramref name="TimeBudget"/>).</param>
/// <param name="TimeBudget">Wall time to keep running for (null: run <paramref name="Histories"/>).</param>
/// <param name="Seed">The seed of the first history; history i of a run has its own seed derived from it.</param>
/// <param name="Target">The target's name (lmdb).</param>
/// <param name="OutDirectory">Where hunt.md, hunt.json and found-*.feature go.</param>
/// <param name="Plant">Seeded domain bugs to switch on for this hunt (the negative check).</param>
/// <param name="Plain">Progress as plain lines (no redrawing).</param>
public sealed record HuntOptions(int? Histories, TimeSpan? TimeBudget, ulong Seed, string Target, string OutDirectory, IReadOnlyList<PlantedBug> Plant, bool Plain = true)
{
    /// <summary>Histories a hunt runs when neither --histories nor --time-budget is given.</summary>
    public const int DefaultHistories = 200;

    /// <summary>Where a hunt writes when --out is not given.</summary>
    public const string DefaultOutDirectory = "reports/hunt";

    /// <summary>How the commands the hunt prints and writes start (null: the tool as launched from the current folder).</summary>
    public string? Launcher { get; init; }
}
