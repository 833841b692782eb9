using Specs.Runner.Execution;

namespace Specs.Runner.Cli;

/// <summary>Everything `specs verify` was asked to do, after merging specs.json defaults with the command line.</summary>
public sealed record VerifyOptions
{
    public IReadOnlyList<string> Paths { get; init; } = ["specs"];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<string> Names { get; init; } = [];

    public IReadOnlyList<string> StepAssemblies { get; init; } = [];

    public int Parallel { get; init; } = Environment.ProcessorCount;

    public bool FailFast { get; init; }

    public bool DryRun { get; init; }

    public bool Strict { get; init; } = true;

    public int Retry { get; init; }

    public string Order { get; init; } = "defined";

    public string Shard { get; init; } = "1/1";

    public string OutputDirectory { get; init; } = "reports";

    /// <summary>Report name to path overrides from `--format NAME:PATH` (message, html, junit, rerun).</summary>
    public IReadOnlyDictionary<string, string> Formats { get; init; } = new Dictionary<string, string>();

    public DateTimeOffset? FixedClock { get; init; }

    public TimeSpan ScenarioTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>`--target NAME`: the system the scenarios run on (lmdb, or none for step definitions alone).</summary>
    public string TargetName { get; init; } = Targets.TargetCatalog.Lmdb;

    /// <summary>A target given by code instead of by name (tests use targets with deliberate faults); the caller disposes it.</summary>
    public Extensibility.IVerificationTarget? Target { get; init; }

    /// <summary>`--seeds K [--seed-start S] [--nodes N]`: how the sim target runs each scenario on simulated clusters.</summary>
    public Targets.SimulatedClusterSettings Cluster { get; init; } = new();

    /// <summary>`--idempotency`: every Given event and the When delivered twice; nothing may change the second time.</summary>
    public bool Idempotency { get; init; }

    /// <summary>`--replay-check`: after each scenario every view is rebuilt from the log and compared byte for byte.</summary>
    public bool ReplayCheck { get; init; }

    /// <summary>`--rules FILE`: the Markdown rule tables the coverage report lists every rule of; null: no rules in the report.</summary>
    public string? RulesFile { get; init; }

    /// <summary>`--require-coverage`: a gap in the coverage report fails the run.</summary>
    public bool RequireCoverage { get; init; }

    /// <summary>Why specs.json's requireCoverage does not apply to this run (what makes it a partial one); null when it applies or is off.</summary>
    public string? RequireCoverageSkipped { get; init; }

    /// <summary>
    /// The options given on the command line that shape how each scenario runs, not which ones (--steps, --target and
    /// the cluster's options, --timeout, --fixed-clock, --idempotency, --replay-check, --no-strict, --retry), as typed:
    /// the summary's rerun command carries them, so that the failures run again the way they failed. What specs.json
    /// sets applies to the rerun by itself.
    /// </summary>
    public IReadOnlyList<string> RerunOptions { get; init; } = [];

    /// <summary>
    /// What narrows this run to part of the corpus (other paths, --tags, --name, a shard); null for the whole corpus. The
    /// summary lists the step definitions no scenario used only for the whole corpus: a run of one feature would list
    /// nearly every definition, burying its own result.
    /// </summary>
    public string? PartialSelection { get; init; }

    /// <summary>
    /// What narrows this run to part of the corpus apart from a shard (other paths, --tags, --name); null when it selects the
    /// whole corpus, sharded or not. The stream carries it (the living docs and coverage say what the run covered), and a
    /// shard leaves it out so that the shards of one run, merged, read as that run.
    /// </summary>
    public string? NarrowedTo { get; init; }

    /// <summary>
    /// Whether a narrowed run selected whole folders only (paths that are folders, no tag, name or line filter): then a
    /// term or rule of an area it ran that no scenario touched is a gap; in a narrower run it is only "not in this run".
    /// </summary>
    public bool NarrowedToWholeFolders { get; init; }

    /// <summary>Folder that relative paths and feature uris are resolved against (the current directory).</summary>
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Progress and colours: null means decide from whether stdout is a terminal.</summary>
    public bool? Interactive { get; init; }

    public const int TimeoutSecondsMax = 24 * 3600;

    /// <summary>What the scenario host needs from these options.</summary>
    public Inventory.Scenarios.ScenarioSettings ToScenarioSettings() => new()
    {
        FixedClock = FixedClock,
        Idempotency = Idempotency,
        ReplayCheck = ReplayCheck,
    };

    public RunSettings ToRunSettings(IReadOnlyList<System.Reflection.Assembly> assemblies, Extensibility.IVerificationTarget target) => new()
    {
        Target = target,
        BindingAssemblies = assemblies,
        Parallel = Parallel,
        ScenarioTimeout = ScenarioTimeout,
        FailFast = FailFast,
        Retry = Retry,
        Strict = Strict,
        DryRun = DryRun,
        Clock = FixedClock is { } instant ? RunClock.Fixed(instant) : RunClock.System,
        StaticWorkerAssignment = FixedClock is not null,
        LargestFeaturesFirst = !Discovery.ScenarioOrder.Parse(Order).IsRandom,
    };
}
