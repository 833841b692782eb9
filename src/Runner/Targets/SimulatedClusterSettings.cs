using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using Specs.Inventory.Replication;
using Specs.Inventory.Scenarios;
using Specs.Sim.Cluster;

namespace Specs.Runner.Targets;

/// <summary>
/// How the sim target runs each scenario: <see cref="Seeds"/> simulated clusters, seed numbers
/// <see cref="SeedStart"/> onwards, each of <see cref="Nodes"/> nodes (null: the seed's own choice, 3 or 5).
/// </summary>
/// <remarks>
/// `--shard i/n` splits a sim run by scenario, never by seed: a shard takes every n-th selected scenario (as on
/// any target) and runs all K seeds of each. A scenario's verdict needs every seed (any failing seed fails
/// it, and the Then reads the first seed's history), so a shard's report is complete for the scenarios it
/// holds, and the shards' reports combine by union. Each run's cluster seed depends only on the scenario and
/// the seed number (<see cref="ClusterSeed"/>), never on the shard, so the shards partition the (scenario,
/// seed) runs of the unsharded run exactly.
/// </remarks>
public sealed record SimulatedClusterSettings
{
    /// <summary>The most seeds one scenario may run (a mistyped count should not run for hours).</summary>
    public const int SeedsMax = 100_000;

    /// <summary>The smallest cluster `--nodes` accepts (<see cref="ClusterSize.Min"/>, which a schedule's "NodeCount" keeps too).</summary>
    public const int NodesMin = ClusterSize.Min;

    /// <summary>The largest cluster `--nodes` accepts (<see cref="ClusterSize.Max"/>, which a schedule's "NodeCount" keeps too).</summary>
    public const int NodesMax = ClusterSize.Max;

    /// <summary>The one message for a --nodes out of range, whichever command was given it.</summary>
    public static string NodesOutOfRange(string given) => $"--nodes must be between {NodesMin} and {NodesMax}, not {given} ({ClusterSize.Why})";

    /// <summary>`--seeds K`: clusters each scenario runs on.</summary>
    public int Seeds { get; init; } = 1;

    /// <summary>`--seed-start S`: the first seed number (a failing seed's number reproduces it with --seeds 1).</summary>
    public ulong SeedStart { get; init; } = 1;

    /// <summary>`--nodes N`: cluster size for every seed (null: each seed draws 3 or 5).</summary>
    public int? Nodes { get; init; }

    /// <summary>
    /// `--out`: the report folder; a failing seed's fault schedule is written to its <c>schedules/</c> folder
    /// (<see cref="ScheduleFile"/>). Null: nothing is written (the hunter, unit tests).
    /// </summary>
    public string? OutputFolder { get; init; }

    /// <summary>
    /// `--schedule FILE`: every fault of the run comes from this schedule instead of the seed's fault stream.
    /// It must have been recorded for the cluster seed of the seed number run (so one seed, one scenario).
    /// </summary>
    public FaultSchedule? Schedule { get; init; }

    /// <summary>The file <see cref="Schedule"/> was read from (named in the reproduction of a failing seed).</summary>
    public string? ScheduleSource { get; init; }

    /// <summary>The scenario (<c>path:line</c>) the schedule file says it was recorded on, when it says.</summary>
    public string? ScheduleScenario { get; init; }

    /// <summary>The seeded bug the schedule file says was on when it was recorded.</summary>
    public SeededBugs ScheduleBug { get; init; } = SeededBugs.None;

    /// <summary>
    /// Why <see cref="Schedule"/> cannot drive the selected scenarios, or null when there is none or it was recorded
    /// on the cluster seed of the one scenario selected. Asked before the run, so that a schedule meant for another
    /// scenario or seed number is a mistake in the command, told in one line, not a failed scenario.
    /// </summary>
    public string? ScheduleMismatch(IReadOnlyList<ScenarioIdentity> selected)
    {
        ArgumentNullException.ThrowIfNull(selected);
        if (Schedule is not { } schedule || selected.Count == 0)
        {
            return null;
        }

        var file = Output.ShellWord.Quote(ScheduleSource ?? string.Empty);
        if (ScheduleScenario is not { } scenario)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"--schedule {ScheduleSource} was recorded on seed {schedule.Seed} of `specs sim`, whose workload is its own, not a scenario's: {Launcher} replay --seed {schedule.Seed}{(ScheduleBug == SeededBugs.None ? string.Empty : $" --bug {ScheduleBug}")} --schedule {file}");
        }

        var recordedOn = string.Create(CultureInfo.InvariantCulture, $"{scenario} (cluster seed {schedule.Seed})");
        var rerun = $"{Launcher} verify --target sim --schedule {file} {Output.ShellWord.Quote(scenario)}";
        if (selected.Count > 1)
        {
            return $"--schedule {ScheduleSource} replays one seed of one scenario, and {selected.Count} scenarios are selected; it was recorded on {recordedOn}: {rerun}";
        }

        var seed = ClusterSeed(selected[0], SeedStart);
        return seed == schedule.Seed
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"--schedule {ScheduleSource} was recorded on {recordedOn}, not on seed number {SeedStart} of {selected[0].Location} (cluster seed {seed}): {rerun}");
    }

    /// <summary>
    /// Seeded replica bugs switched on in every cluster (the negative suite's, <see cref="NegativeSuite.Bugs"/>):
    /// set only by code (`specs faults --regressions` replaying a case with a bug, tests), never by verify's
    /// command line, so a scenario run by hand always runs the real replicas.
    /// </summary>
    public SeededBugs Bugs { get; init; } = SeededBugs.None;

    /// <summary>
    /// How the commands this prints start (a failing seed's reproduction, a schedule's own replay): the tool as the user
    /// launched it, which verify sets from its base folder (<see cref="Output.Launcher.From(string)"/>).
    /// </summary>
    public string Launcher { get; init; } = Output.Launcher.AtRoot;

    /// <summary>Told about every failing seed as it is found (`specs faults --regressions` reads the broken checks).</summary>
    public Action<SeedFailure>? SeedFailed { get; init; }

    /// <summary>Told about every seed's cluster run as it ends, passed or not (`specs faults --regressions` reports its simulated time, commands and faults).</summary>
    public Action<SimulationResult>? SeedFinished { get; init; }

    /// <summary>Where the schedule of seed number <paramref name="number"/> of a scenario is written: <c>OUT/schedules/FEATURE-L{line}-seed-N.schedule.json</c>.</summary>
    public string? ScheduleFile(ScenarioIdentity identity, ulong number)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return OutputFolder is null
            ? null
            : Path.Combine(OutputFolder, "schedules", string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(identity.Uri)}-L{identity.Line}-seed-{number}.schedule.json"));
    }

    /// <summary>The cluster seed of seed number <paramref name="number"/> of a scenario: a hash of the scenario's stable id and the number.</summary>
    public static ulong ClusterSeed(ScenarioIdentity identity, ulong number)
    {
        ArgumentNullException.ThrowIfNull(identity);
        Span<byte> input = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(input, identity.Seed);
        BinaryPrimitives.WriteUInt64BigEndian(input[8..], number);
        return XxHash64.HashToUInt64(input);
    }

    /// <summary>The runs of one scenario, in order: each seed number with its cluster seed.</summary>
    public IEnumerable<(ulong Number, ulong ClusterSeed)> Runs(ScenarioIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        for (var i = 0; i < Seeds; i++)
        {
            var number = SeedStart + (ulong)i;
            yield return (number, ClusterSeed(identity, number));
        }
    }

    /// <summary>The one-line command that runs seed number <paramref name="number"/> of the scenario again, alone.</summary>
    /// <param name="identity">The scenario.</param>
    /// <param name="number">The seed number.</param>
    /// <param name="schedule">The seed's recorded fault schedule, when one was written: the command replays it, which stays the same run when the code changes.</param>
    public string Reproduction(ScenarioIdentity identity, ulong number, string? schedule = null)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Launcher} verify --target sim --seeds 1 --seed-start {number}{(Nodes is { } nodes ? $" --nodes {nodes}" : string.Empty)}{(schedule is null ? string.Empty : $" --schedule {schedule}")} {identity.Location}")
            + (Bugs == SeededBugs.None ? string.Empty : $" (with the seeded bug {Bugs} on: {Launcher} faults --seeds 0 --regressions FOLDER-OF-THE-SCHEDULE)");
    }
}
