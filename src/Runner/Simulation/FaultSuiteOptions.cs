namespace Specs.Runner.Simulation;

/// <summary>What `specs faults` runs.</summary>
public sealed record FaultSuiteOptions
{
    /// <summary>Fresh seeds to run (0: none, for a regressions-only or negative-only run).</summary>
    public int Seeds { get; init; }

    public ulong SeedStart { get; init; } = 1;

    /// <summary>Run the negative suite: every seeded bug must be caught within <see cref="NegativeSeeds"/> seeds and shrunk.</summary>
    public bool Negative { get; init; }

    /// <summary>
    /// The first seed of the negative suite. Fixed (not --seed-start, not the commit) so that whether a bug is
    /// caught within <see cref="NegativeSeeds"/> depends only on the code, never on which commit ran it.
    /// </summary>
    public ulong NegativeSeedStart { get; init; } = 1;

    /// <summary>Seeds each seeded bug may take before it counts as missed.</summary>
    public int NegativeSeeds { get; init; } = 16;

    /// <summary>Simulator runs a shrink may make (a fixed count, so a shrink is the same on any machine).</summary>
    public int ShrinkRuns { get; init; } = 200;

    /// <summary>A folder of regression cases (*.schedule.json) to replay first.</summary>
    public string? Regressions { get; init; }

    public string OutputFolder { get; init; } = Path.Combine("reports", "faults");

    /// <summary>This shard's number (1-based) and the number of shards: item k runs when k mod count = index - 1.</summary>
    public (int Index, int Count) Shard { get; init; } = (1, 1);

    /// <summary>Stop starting fresh seeds after this long (for a user at a terminal; CI uses fixed counts).</summary>
    public TimeSpan? TimeBudget { get; init; }

    /// <summary>The commit the run is on, for the report and reproduction lines.</summary>
    public string? Commit { get; init; }

    /// <summary>
    /// How the reproduction lines the suite prints and reports start: the tool as the user launched it (`specs faults`
    /// gives <see cref="Output.Launcher.From(string)"/>); code that runs the suite itself gets the repository launcher.
    /// </summary>
    public string Launcher { get; init; } = Output.Launcher.AtRoot;

    /// <summary>A last change to the verify runs of regression cases that name a scenario (tests give the base folder and step assemblies).</summary>
    public Func<Cli.VerifyOptions, Cli.VerifyOptions>? AdjustScenarioRuns { get; init; }

    /// <summary>Whether <paramref name="item"/> (a seed's, case's or bug's position in its list) belongs to this shard.</summary>
    public bool InShard(int item) => item % Shard.Count == Shard.Index - 1;
}
