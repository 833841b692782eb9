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
/// </summary>
public sealed record RegressionCase(string Name, FaultSchedule Schedule, SeededBugs Bug, string? ExpectInvariant)
{
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

        var bugName = node?[nameof(Bug)]?.GetValue<string>();
        var bug = SeededBugs.None;
        if (bugName is not null && !Enum.TryParse(bugName, ignoreCase: false, out bug))
        {
            throw new FormatException($"{path}: \"Bug\": {bugName} is not a seeded bug");
        }

        var name = Path.GetFileName(path);
        return new RegressionCase(name.EndsWith(".schedule.json", StringComparison.Ordinal) ? name[..^".schedule.json".Length] : name, schedule, bug, node?[nameof(ExpectInvariant)]?.GetValue<string>());
    }

    /// <summary>Writes the case: the schedule's own JSON with the expectation added.</summary>
    public static void Write(string path, FaultSchedule schedule, SeededBugs bug, string? expectInvariant)
    {
        var node = JsonNode.Parse(schedule.ToJson())!.AsObject();
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
