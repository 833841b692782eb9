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
    TimeSpan ShrinkTime)
{
    public HuntFailure Failure => Shrunk.Failure!;

    /// <summary>Steps of the original history up to and including the failing one.</summary>
    public int OriginalLength => Original.Failure!.StepIndex + 1;

    /// <summary>Steps of the minimal history.</summary>
    public int ShrunkLength => Shrunk.Failure!.StepIndex + 1;
}
