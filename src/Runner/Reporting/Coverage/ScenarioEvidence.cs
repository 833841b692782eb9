using System.Text.Json;

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

    // Read with a pooled, read-only document: the record is only looked into, and building a mutable node tree for
    // each of a run's records (a few kilobytes each, read again by the living docs) was most of this report's time.
    private static ScenarioEvidence Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var record = document.RootElement;
        var expectations = Elements(Property(record, "then"));
        var held = expectations.Where(expectation => Property(expectation, "passed") is { ValueKind: JsonValueKind.True }).ToList();
        var when = Property(record, "when");
        var outcome = Property(record, "outcome");
        return new ScenarioEvidence
        {
            Scenario = record.GetProperty("scenario").GetString()!,
            Name = record.GetProperty("name").GetString()!,
            Rules = Strings(Property(record, "rules")),
            Command = Text(Property(when, "kind")) == "command" ? Text(Property(when, "type")) : null,
            AssertionsHeld = expectations.Count > 0 && held.Count == expectations.Count,
            AssertedEvents = held.SelectMany(expectation => Strings(Property(expectation, "events"))).ToHashSet(StringComparer.Ordinal),
            AssertedErrors = held.Select(expectation => Text(Property(expectation, "error"))).OfType<string>().ToHashSet(StringComparer.Ordinal),
            HappenedEvents = Elements(Property(outcome, "newEvents")).Select(item => item.GetProperty("type").GetString()!).ToHashSet(StringComparer.Ordinal),
            HappenedError = Text(Property(Property(Property(outcome, "response"), "refusal"), "error")),
        };
    }

    /// <summary>The property's value, or null when there is no such object, property or value (JSON null).</summary>
    private static JsonElement? Property(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out var property) && property.ValueKind != JsonValueKind.Null
            ? property
            : null;

    private static string? Text(JsonElement? element) => element?.GetString();

    private static List<JsonElement> Elements(JsonElement? array) =>
        array is { ValueKind: JsonValueKind.Array } items ? [.. items.EnumerateArray()] : [];

    private static List<string> Strings(JsonElement? array) => [.. Elements(array).Select(item => item.GetString()!)];
}
