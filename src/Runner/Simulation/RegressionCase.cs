using System.Text.Json.Nodes;
using Specs.Inventory.Replication;
using Specs.Sim.Cluster;

namespace Specs.Runner.Simulation;

/// <summary>
/// One case of the regression corpus (tests/Sim/regressions/*.schedule.json): a fault schedule (with its
/// seed) as `specs replay --schedule` reads it, plus what replaying it must show. A failure found on the real
/// code is stored with no expectation: once fixed, it must pass for ever. A seeded bug's minimal schedule
/// is stored with the bug and the invariant it must keep breaking, so the checkers cannot silently weaken.
/// Schedules are stored, not only seeds, because a seed makes a different run once the code changes.
/// A case found by `verify --target sim` also names its <see cref="Scenario"/> (<c>path:line</c>) and
/// <see cref="SeedNumber"/>: its workload is that scenario's, not the swarm's, so it replays as that scenario.
/// </summary>
public sealed record RegressionCase(string Name, FaultSchedule Schedule, SeededBugs Bug, string? ExpectInvariant)
{
    /// <summary>The scenario (<c>path:line</c>) the schedule was recorded on; null for a swarm schedule.</summary>
    public string? Scenario { get; init; }

    /// <summary>The scenario's seed number (what `verify --seed-start` takes) the schedule was recorded on.</summary>
    public ulong? SeedNumber { get; init; }

    /// <summary>Reads a case; unknown files are a user mistake with a clear message.</summary>
    public static RegressionCase Read(string path)
    {
        var json = File.ReadAllText(path);
        FaultSchedule schedule;
        JsonNode? node;
        try
        {
            schedule = FaultSchedule.FromJson(json);
            node = JsonNode.Parse(json);
        }
        catch (Exception problem) when (problem is FormatException or System.Text.Json.JsonException)
        {
            throw new FormatException($"{path}: {problem.Message}", problem);
        }

        // The case's own fields, read by hand: a number where a name belongs ("Bug": 5) or a negative "SeedNumber" threw
        // out of JsonNode as an internal error with a stack trace.
        T? Field<T>(string field, string expected)
        {
            try
            {
                return node?[field] is { } value ? value.GetValue<T>() : default;
            }
            catch (Exception problem) when (problem is InvalidOperationException or FormatException)
            {
                throw new FormatException($"{path}: \"{field}\" must be {expected}, not {node![field]!.ToJsonString()}", problem);
            }
        }

        var bugName = Field<string>(nameof(Bug), "the name of a seeded bug, a string such as \"FollowerSkipsEvent\"");
        var bug = SeededBugs.None;
        if (bugName is not null && !Enum.TryParse(bugName, ignoreCase: false, out bug))
        {
            throw new FormatException($"{path}: \"Bug\": {bugName} is not a seeded bug");
        }

        var scenario = Field<string>(nameof(Scenario), "a scenario's path:line, a string");
        var seedNumber = Field<ulong?>(nameof(SeedNumber), "a whole number of 0 or more");
        if (scenario is not null && seedNumber is null)
        {
            throw new FormatException($"{path}: a case with \"Scenario\" needs its \"SeedNumber\" (the --seed-start it was recorded with)");
        }

        var name = Path.GetFileName(path);
        return new RegressionCase(name.EndsWith(".schedule.json", StringComparison.Ordinal) ? name[..^".schedule.json".Length] : name, schedule, bug, Field<string>(nameof(ExpectInvariant), "an invariant's name, a string such as \"exactly-once\""))
        {
            Scenario = scenario,
            SeedNumber = seedNumber,
        };
    }

    /// <summary>Writes the case: the schedule's own JSON with the expectation (and, for a scenario's seed, the scenario and seed number) added.</summary>
    public static void Write(string path, FaultSchedule schedule, SeededBugs bug, string? expectInvariant, string? scenario = null, ulong? seedNumber = null)
    {
        var node = JsonNode.Parse(schedule.ToJson())!.AsObject();
        if (scenario is not null)
        {
            node[nameof(Scenario)] = scenario;
            node[nameof(SeedNumber)] = seedNumber;
        }

        if (bug != SeededBugs.None)
        {
            node[nameof(Bug)] = bug.ToString();
        }

        if (expectInvariant is not null)
        {
            node[nameof(ExpectInvariant)] = expectInvariant;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>Whether a replay of this case shows what it must.</summary>
    public bool Holds(SimulationResult result) =>
        ExpectInvariant is null ? result.Passed : result.Violations.Any(violation => violation.Invariant == ExpectInvariant);
}
