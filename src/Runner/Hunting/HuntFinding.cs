namespace Specs.Runner.Hunting;

/// <summary>A broken invariant the hunt found, shrunk, and wrote as a scenario.</summary>
/// <param name="Seed">The seed of the history that broke it (reproduces it with --histories 1).</param>
/// <param name="Target">The target it ran on.</param>
/// <param name="PlantedBugs">The planted bugs switched on (their command-line names).</param>
/// <param name="Original">The original history's run, up to the failure.</param>
/// <param name="Shrunk">The minimal history's run.</param>
/// <param name="Case">The minimal history as a scenario (past events reduced too).</param>
/// <param name="FeaturePath">Where the scenario was written (relative to the working folder).</param>
/// <param name="TimeToFind">Wall time from the start of the hunt to the failure (before shrinking).</param>
/// <param name="ShrinkRuns">Histories the shrinker ran.</param>
/// <param name="ShrinkTime">Wall time the shrinker took.</param>
/// <param name="Reproduction">The command that hunts the original history again, as printed and reported.</param>
internal sealed record HuntFinding(
    ulong Seed,
    string Target,
    IReadOnlyList<string> PlantedBugs,
    HistoryOutcome Original,
    HistoryOutcome Shrunk,
    FoundCase Case,
    string FeaturePath,
    TimeSpan TimeToFind,
    int ShrinkRuns,
    TimeSpan ShrinkTime,
    string Reproduction)
{
    /// <summary>
    /// The command that hunts <paramref name="seed"/>'s history alone with the same target and planted bugs, and into the
    /// same folder when it was not the default: without --out it wrote beside another hunt's report.
    /// </summary>
    public static string ReproductionOf(ulong seed, HuntOptions options, string launcher)
    {
        ArgumentNullException.ThrowIfNull(options);
        var plant = options.Plant.Count == 0 ? "" : " --plant " + string.Join(',', options.Plant.Select(Inventory.Domain.PlantedBugs.NameOf));
        var folder = Path.TrimEndingDirectorySeparator(options.OutDirectory) == HuntOptions.DefaultOutDirectory ? "" : " --out " + Output.ShellWord.Quote(options.OutDirectory);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{launcher} hunt --seed {seed} --histories 1 --target {options.Target}{plant}{folder}");
    }

    /// <summary>How the commands written with the finding start (its scenario's `verify` line), as <see cref="Reproduction"/> does.</summary>
    public string Launcher { get; init; } = Output.Launcher.AtRoot;

    public HuntFailure Failure => Shrunk.Failure!;

    /// <summary>Steps of the original history up to and including the failing one.</summary>
    public int OriginalLength => Original.Failure!.StepIndex + 1;

    /// <summary>Steps of the minimal history.</summary>
    public int ShrunkLength => Shrunk.Failure!.StepIndex + 1;
}
