using System.Text.Json.Nodes;

namespace Specs.Runner.Reporting.Coverage;

/// <summary>
/// What one scenario's record says it asserted and what merely happened, read from the scenario record the
/// host attached to the stream (<c>scenario-record.json</c>): the coverage report is built from these alone.
/// </summary>
public sealed record ScenarioEvidence
{
    public required string Scenario { get; init; }

    public required string Name { get; init; }

    /// <summary>The rule ids the scenario is tagged with.</summary>
    public required IReadOnlyList<string> Rules { get; init; }

    /// <summary>The command the When sent; null when the When advanced the clock or never ran.</summary>
    public string? Command { get; init; }

    /// <summary>Whether at least one Then expectation was recorded and every one held.</summary>
    public bool AssertionsHeld { get; init; }

    /// <summary>Event contracts named by an expectation that held.</summary>
    public required IReadOnlySet<string> AssertedEvents { get; init; }

    /// <summary>Domain errors named by an expectation that held.</summary>
    public required IReadOnlySet<string> AssertedErrors { get; init; }

    /// <summary>Event contracts the When recorded.</summary>
    public required IReadOnlySet<string> HappenedEvents { get; init; }

    /// <summary>The domain error the When was refused with, if any.</summary>
    public string? HappenedError { get; init; }

    /// <summary>Reads a scenario record (the JSON the host attaches).</summary>
    public static ScenarioEvidence FromRecord(string json) => Read.GetValue(json, Parse);

    // The coverage report and the living docs read the same attachment bodies, concurrently, after a run; each
    // record is parsed once (keyed by the body string itself, kept while the stream lives). Evidence is never
    // changed once read, so sharing it is safe.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, ScenarioEvidence> Read = new();

    private static ScenarioEvidence Parse(string json)
    {
        var record = JsonNode.Parse(json)!.AsObject();
        var expectations = record["then"]?.AsArray().Select(node => node!.AsObject()).ToList() ?? [];
        var held = expectations.Where(expectation => expectation["passed"]?.GetValue<bool>() == true).ToList();
        var when = record["when"];
        var outcome = record["outcome"];
        return new ScenarioEvidence
        {
            Scenario = record["scenario"]!.GetValue<string>(),
            Name = record["name"]!.GetValue<string>(),
            Rules = Strings(record["rules"]),
            Command = when?["kind"]?.GetValue<string>() == "command" ? when["type"]?.GetValue<string>() : null,
            AssertionsHeld = expectations.Count > 0 && held.Count == expectations.Count,
            AssertedEvents = held.SelectMany(expectation => Strings(expectation["events"])).ToHashSet(StringComparer.Ordinal),
            AssertedErrors = held.Select(expectation => expectation["error"]?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal),
            HappenedEvents = (outcome?["newEvents"]?.AsArray() ?? []).Select(node => node!["type"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal),
            HappenedError = outcome?["response"]?["refusal"]?["error"]?.GetValue<string>(),
        };
    }

    private static List<string> Strings(JsonNode? array) =>
        array is JsonArray items ? items.Select(item => item!.GetValue<string>()).ToList() : [];
}
