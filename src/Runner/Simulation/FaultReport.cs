using System.Text.Json;
using System.Text.Json.Serialization;

namespace Specs.Runner.Simulation;

/// <summary>
/// What one `specs faults` run found (faults.json): every run of the simulator it made, the failures
/// grouped later by invariant, and the negative suite. Several shards' reports merge into one.
/// </summary>
public sealed record FaultReport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The commit the runs were made on (null outside a git checkout).</summary>
    public string? Commit { get; init; }

    /// <summary>The shards this report covers ("1/1" for an unsharded run; merged reports list several).</summary>
    public List<string> Shards { get; init; } = [];

    public List<SeedRun> Runs { get; init; } = [];

    public List<FailureRecord> Failures { get; init; } = [];

    public List<NegativeBugRecord> Negative { get; init; } = [];

    /// <summary>Seeds not started because --time-budget ran out.</summary>
    public int SeedsSkippedByBudget { get; init; }

    /// <summary>Seeds, regression cases and seeded bugs not started because of Ctrl+C: a report with any is not a pass.</summary>
    public int NotStartedAfterInterrupt { get; init; }

    public long WallMs { get; init; }

    /// <summary>Checks passed: runs that passed plus seeded bugs caught and shrunk.</summary>
    [JsonIgnore]
    public int Passed => Runs.Count(run => run.Passed) + Negative.Count(bug => bug.Caught && bug.Shrunk);

    /// <summary>Checks failed: runs that failed plus seeded bugs missed.</summary>
    [JsonIgnore]
    public int Failed => Runs.Count(run => !run.Passed) + Negative.Count(bug => !(bug.Caught && bug.Shrunk));

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a faults.json; a malformed one is a user mistake with a clear message.</summary>
    public static FaultReport FromJson(string json, string where)
    {
        try
        {
            return JsonSerializer.Deserialize<FaultReport>(json, Json) ?? throw new FormatException($"{where}: empty report");
        }
        catch (JsonException problem)
        {
            throw new FormatException($"{where}: not a faults.json report: {Sim.Cluster.JsonMistake.Describe(problem)}", problem);
        }
    }
}

/// <summary>One run of the simulator: which seed (and regression case or seeded bug), what it injected, how long it took.</summary>
public sealed record SeedRun
{
    public required ulong Seed { get; init; }

    /// <summary>"fresh", "regression NAME" or "negative BUG".</summary>
    public required string Kind { get; init; }

    public required bool Passed { get; init; }

    public required string Configuration { get; init; }

    public required Dictionary<string, int> FaultsByKind { get; init; }

    public required long SimulatedMs { get; init; }

    public required long WallMs { get; init; }

    public required int Commands { get; init; }

    public required int CommandsAnswered { get; init; }

    public required int Failovers { get; init; }

    public required int Crashes { get; init; }

    /// <summary>The first broken invariant (failed runs only).</summary>
    public string? Invariant { get; init; }

    /// <summary>A regression case whose schedule could not be read: it fails as itself, having run nothing.</summary>
    public static SeedRun Unreadable(string caseFile) => new()
    {
        Seed = 0,
        Kind = $"regression {caseFile}",
        Passed = false,
        Configuration = "unreadable schedule",
        FaultsByKind = [],
        SimulatedMs = 0,
        WallMs = 0,
        Commands = 0,
        CommandsAnswered = 0,
        Failovers = 0,
        Crashes = 0,
        Invariant = "unreadable schedule",
    };
}

/// <summary>A failure a developer can act on: what broke, how to reproduce it, the original and the minimal schedule, and a timeline.</summary>
public sealed record FailureRecord
{
    public required ulong Seed { get; init; }

    /// <summary>The seeded bug that was on (negative suite), or null for the real code.</summary>
    public string? Bug { get; init; }

    public required string Invariant { get; init; }

    public required long BrokeAtMs { get; init; }

    public required string Detail { get; init; }

    public string? Commit { get; init; }

    /// <summary>Reproduces the original run bit for bit (from its seed, or its schedule for a regression case).</summary>
    public required string Reproduce { get; init; }

    public required string OriginalSchedule { get; init; }

    public required int OriginalFaults { get; init; }

    public required int OriginalCommands { get; init; }

    public required string MinimalSchedule { get; init; }

    /// <summary>Reproduces the minimal run: `replay --schedule` on the shrunk schedule.</summary>
    public required string ReproduceMinimal { get; init; }

    public required int MinimalFaults { get; init; }

    public required int MinimalCommands { get; init; }

    public required int ShrinkRuns { get; init; }

    public required long ShrinkWallMs { get; init; }

    public required Timeline Timeline { get; init; }
}

/// <summary>How one seeded bug fared in the negative suite.</summary>
public sealed record NegativeBugRecord
{
    public required string Bug { get; init; }

    public required bool Caught { get; init; }

    /// <summary>Shrinking produced a schedule that still breaks the same invariant.</summary>
    public required bool Shrunk { get; init; }

    public required int SeedsRun { get; init; }

    public required long CatchWallMs { get; init; }

    /// <summary>The caught failure, shrunk (null when the bug was not caught).</summary>
    public FailureRecord? Failure { get; init; }
}

/// <summary>A failing run as lanes (nodes, then clients) and rows (messages, faults, the broken invariant) in time order.</summary>
public sealed record Timeline
{
    public required List<string> Lanes { get; init; }

    public required List<TimelineRow> Rows { get; init; }

    /// <summary>Rows left out before the window shown (older messages).</summary>
    public int Omitted { get; init; }
}

/// <summary>What a timeline row shows.</summary>
public enum TimelineRowKind
{
    /// <summary>A message delivered from one lane to another.</summary>
    Message,

    /// <summary>A fault starting on a lane (-1: every node).</summary>
    Fault,

    /// <summary>A process restarting, or the cluster healing.</summary>
    Recovery,

    /// <summary>The moment the invariant was found broken.</summary>
    Violation,
}

/// <summary>One row of a timeline.</summary>
public sealed record TimelineRow(long Tick, TimelineRowKind Kind, int From, int To, string Label);
