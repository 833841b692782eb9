using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Specs.Runner.Hunting;

/// <summary>What a hunt did, as hunt.md (for people) and hunt.json (for tools).</summary>
internal sealed record HuntReport(
    HuntOptions Options,
    string Target,
    int Histories,
    long Commands,
    TimeSpan Elapsed,
    HuntCoverage Coverage,
    HuntFinding? Finding)
{
    /// <summary>Whether Ctrl+C stopped the hunt before its histories or time budget were spent (and before it found anything).</summary>
    public bool Interrupted { get; init; }

    public double CommandsPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Commands / Elapsed.TotalSeconds;

    /// <summary>The one line a hunt ends with.</summary>
    /// <summary>With bugs planted: whether the hunt broke a planted bug's own invariant (the negative check passed).</summary>
    public bool FoundPlanted => Options.Plant.Count > 0 && Finding is { } found && Options.Plant.Any(bug => PlantedBugInvariants.Of(bug) == found.Failure.Invariant);

    public string SummaryLine() => Finding is { } found
        ? string.Create(CultureInfo.InvariantCulture,
            $"hunt: {(FoundPlanted ? $"FOUND the planted {string.Join(", ", Options.Plant.Select(Inventory.Domain.PlantedBugs.NameOf))}" : Options.Plant.Count > 0 ? $"FAILED, and not by the planted bug (it breaks {string.Join(" or ", Options.Plant.Select(PlantedBugInvariants.Of))})" : "FAILED")}: {found.Failure.Invariant} broken by seed {found.Seed} after {Output.Counted.Of(Histories, "history", "histories")}, {Commands:N0} commands ({CommandsPerSecond:N0}/s) in {Elapsed.TotalSeconds:N1} s; shrunk from {found.OriginalLength} to {found.ShrunkLength} steps, a scenario of {found.Case.Given.Count} past events and one When: {found.FeaturePath}")
        : Options.Plant.Count > 0
        ? string.Create(CultureInfo.InvariantCulture,
            $"hunt: {(Interrupted ? "INTERRUPTED by Ctrl+C, " : string.Empty)}NOT FOUND: the planted {string.Join(", ", Options.Plant.Select(Inventory.Domain.PlantedBugs.NameOf))} broke no invariant in {Output.Counted.Of(Histories, "history", "histories")}, {Commands:N0} commands ({CommandsPerSecond:N0}/s) in {Elapsed.TotalSeconds:N1} s on {Target}; the negative check failed: a generator or an invariant is too weak to see it (or give more histories)")
        : string.Create(CultureInfo.InvariantCulture,
            $"hunt: {(Interrupted ? "INTERRUPTED by Ctrl+C (not a pass)" : "PASSED")}: {Output.Counted.Of(Histories, "history", "histories")}, {Commands:N0} commands ({CommandsPerSecond:N0}/s) in {Elapsed.TotalSeconds:N1} s on {Target}; every invariant held; {Coverage.CommandCount - Coverage.CommandsNeverAccepted.Count}/{Coverage.CommandCount} commands accepted, {Coverage.EventCount - Coverage.EventsNeverRecorded.Count}/{Coverage.EventCount} events, {Coverage.ErrorCount - Coverage.ErrorsNeverReturned.Count}/{Coverage.ErrorCount} domain errors reached");

    public void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "hunt.md"), Markdown());
        File.WriteAllText(Path.Combine(folder, "hunt.json"), Json().ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    private string Markdown()
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine("# Hunt report");
        text.AppendLine();
        text.AppendLine(SummaryLine());
        text.AppendLine();
        text.AppendLine("| | |");
        text.AppendLine("|---|---|");
        text.AppendLine(invariant, $"| target | {Target} |");
        text.AppendLine(invariant, $"| seed | {Options.Seed} |");
        text.AppendLine(invariant, $"| planted bugs | {(Options.Plant.Count == 0 ? "none" : string.Join(", ", Options.Plant.Select(Inventory.Domain.PlantedBugs.NameOf)))} |");
        text.AppendLine(invariant, $"| histories | {Histories} |");
        text.AppendLine(invariant, $"| commands (steps run) | {Commands} |");
        text.AppendLine(invariant, $"| retries with the same key | {Coverage.Retries} |");
        text.AppendLine(invariant, $"| clock steps | {Coverage.ClockSteps} |");
        text.AppendLine(invariant, $"| wall time | {Elapsed.TotalSeconds:N2} s |");
        text.AppendLine(invariant, $"| commands per second | {CommandsPerSecond:N0} |");
        text.AppendLine();
        if (Finding is { } found)
        {
            text.AppendLine("## Failure");
            text.AppendLine();
            text.AppendLine(invariant, $"- invariant: **{found.Failure.Invariant}**");
            text.AppendLine(invariant, $"- what: {found.Failure.Detail}");
            text.AppendLine(invariant, $"- seed: {found.Seed} (reproduce: `{found.Reproduction}`)");
            text.AppendLine(invariant, $"- found after {found.TimeToFind.TotalSeconds:N2} s; history of {found.OriginalLength} steps shrunk to {found.ShrunkLength} steps, then to a scenario of {found.Case.Given.Count} past events and one When, in {found.ShrinkRuns} runs ({found.ShrinkTime.TotalSeconds:N2} s)");
            text.AppendLine(invariant, $"- minimal scenario: `{found.FeaturePath}`");
            text.AppendLine();
            text.AppendLine("```gherkin");
            text.Append(File.ReadAllText(found.FeaturePath));
            text.AppendLine("```");
            text.AppendLine();
        }

        text.AppendLine("## Commands");
        text.AppendLine();
        text.AppendLine("| command | accepted | refused |");
        text.AppendLine("|---|---:|---:|");
        foreach (var name in CommandMaker.CommandNames)
        {
            var (accepted, refused) = Coverage.Commands.GetValueOrDefault(name);
            text.AppendLine(invariant, $"| {name} | {accepted} | {refused} |");
        }

        text.AppendLine();
        text.AppendLine("## Events recorded");
        text.AppendLine();
        text.AppendLine(string.Join(", ", Coverage.Events.Select(pair => string.Create(invariant, $"{pair.Key} ({pair.Value})"))));
        text.AppendLine();
        text.AppendLine("## Domain errors returned");
        text.AppendLine();
        text.AppendLine(string.Join(", ", Coverage.Errors.Select(pair => string.Create(invariant, $"{pair.Key} ({pair.Value})"))));
        text.AppendLine();
        text.AppendLine("## Never reached");
        text.AppendLine();
        text.AppendLine("A long list here means the generators are too narrow for those rules.");
        text.AppendLine();
        text.AppendLine(invariant, $"- commands never accepted ({Coverage.CommandsNeverAccepted.Count}): {Listed(Coverage.CommandsNeverAccepted)}");
        text.AppendLine(invariant, $"- events never recorded ({Coverage.EventsNeverRecorded.Count}): {Listed(Coverage.EventsNeverRecorded)}");
        text.AppendLine(invariant, $"- domain errors never returned ({Coverage.ErrorsNeverReturned.Count}): {Listed(Coverage.ErrorsNeverReturned)}");
        return text.ToString();
    }

    private static string Listed(IReadOnlyList<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);

    private JsonObject Json()
    {
        var json = new JsonObject
        {
            ["target"] = Target,
            ["seed"] = Options.Seed.ToString(CultureInfo.InvariantCulture),
            ["plantedBugs"] = new JsonArray([.. Options.Plant.Select(bug => (JsonNode)Inventory.Domain.PlantedBugs.NameOf(bug))]),
            ["histories"] = Histories,
            ["commands"] = Commands,
            ["retries"] = Coverage.Retries,
            ["clockSteps"] = Coverage.ClockSteps,
            ["seconds"] = Math.Round(Elapsed.TotalSeconds, 3),
            ["commandsPerSecond"] = Math.Round(CommandsPerSecond, 1),
            ["passed"] = Finding is null,
            ["summary"] = SummaryLine(),
            ["commandsReached"] = new JsonObject([.. Coverage.Commands.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)new JsonObject { ["accepted"] = pair.Value.Accepted, ["refused"] = pair.Value.Refused }))]),
            ["eventsReached"] = new JsonObject([.. Coverage.Events.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value))]),
            ["errorsReached"] = new JsonObject([.. Coverage.Errors.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value))]),
            ["commandsNeverAccepted"] = new JsonArray([.. Coverage.CommandsNeverAccepted.Select(name => (JsonNode)name)]),
            ["eventsNeverRecorded"] = new JsonArray([.. Coverage.EventsNeverRecorded.Select(name => (JsonNode)name)]),
            ["errorsNeverReturned"] = new JsonArray([.. Coverage.ErrorsNeverReturned.Select(name => (JsonNode)name)]),
        };
        if (Finding is { } found)
        {
            json["failure"] = new JsonObject
            {
                ["invariant"] = found.Failure.Invariant,
                ["detail"] = found.Failure.Detail,
                ["seed"] = found.Seed.ToString(CultureInfo.InvariantCulture),
                ["reproduce"] = found.Reproduction,
                ["secondsToFind"] = Math.Round(found.TimeToFind.TotalSeconds, 3),
                ["lengthBefore"] = found.OriginalLength,
                ["lengthAfter"] = found.ShrunkLength,
                ["scenarioPastEvents"] = found.Case.Given.Count,
                ["shrinkRuns"] = found.ShrinkRuns,
                ["shrinkSeconds"] = Math.Round(found.ShrinkTime.TotalSeconds, 3),
                ["scenario"] = found.FeaturePath,
            };
        }

        return json;
    }
}
