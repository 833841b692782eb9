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

    /// <summary>Folder that relative paths and feature uris are resolved against (the current directory).</summary>
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Progress and colours: null means decide from whether stdout is a terminal.</summary>
    public bool? Interactive { get; init; }

    public const int TimeoutSecondsMax = 24 * 3600;

    public RunSettings ToRunSettings(IReadOnlyList<System.Reflection.Assembly> assemblies) => new()
    {
        BindingAssemblies = assemblies,
        Parallel = Parallel,
        ScenarioTimeout = ScenarioTimeout,
        FailFast = FailFast,
        Retry = Retry,
        Strict = Strict,
        DryRun = DryRun,
        Clock = FixedClock is { } instant ? RunClock.Fixed(instant) : RunClock.System,
        StaticWorkerAssignment = FixedClock is not null,
    };
}
