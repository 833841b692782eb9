using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Specs.Runner.Reporting.Coverage;

namespace Specs.Runner.LivingDocs;

/// <summary>
/// What the living documentation shows, built from one or more message streams: the business areas (the
/// folders under the feature root), their features and scenarios with results, and the glossary. The site
/// writer serialises it to the compact index the page reads; nothing here needs the run itself.
/// </summary>
public sealed record DocsModel(
    string Title,
    string? RunFinishedAt,
    int Streams,
    IReadOnlyList<DocsArea> Areas,
    IReadOnlyList<DocsFeature> Features,
    IReadOnlyList<DocsScenario> Scenarios,
    IReadOnlyList<GlossaryEntry> Glossary,
    IReadOnlyList<string> Problems)
{
    /// <summary>Scenarios of the previous run that this one no longer has (with --compare).</summary>
    public IReadOnlyList<RemovedScenario> Removed { get; init; } = [];

    /// <summary>The previous stream compared with, as given on the command line.</summary>
    public string? ComparedWith { get; init; }

    /// <summary>The rules of the rules file the stream carries (<see cref="RuleCatalogAttachment"/>), in the file's order; none without one.</summary>
    public IReadOnlyList<DocsRule> Rules { get; init; } = [];

    /// <summary>The rules file the rules were read from, as the run named it.</summary>
    public string? RulesSource { get; init; }

    /// <summary>What a partial run selected and the areas it covers; null for a run of the whole corpus.</summary>
    public RunScope? Scope { get; init; }
}

/// <summary>
/// A rule of the rules file: its id, its area (the heading above its table), its statement, what its row links it to,
/// the glossary terms involved (named in its row, or refusals that cite it) and the scenarios tagged with it.
/// </summary>
public sealed record DocsRule(string Id, string Area, string Text, IReadOnlyList<RuleLink> Links, IReadOnlyList<string> Terms, IReadOnlyList<string> ScenarioIds)
{
    /// <summary>True when a partial run did not select the rule's area and no scenario of the run is tagged with it: not a gap, just not in this run.</summary>
    public bool? NotInRun { get; init; }
}

/// <summary>A business area: a folder of feature files, with how its scenarios fare.</summary>
public sealed record DocsArea(string Id, string Name, IReadOnlyList<string> FeatureIds, StatusCounts Counts);

/// <summary>Scenarios per outcome. Flaky passed only after a retry; not run never started (or was not selected).</summary>
public sealed record StatusCounts(int Passed, int Failed, int Flaky, int Skipped, int NotRun)
{
    public int Total => Passed + Failed + Flaky + Skipped + NotRun;

    public static StatusCounts Of(IEnumerable<DocsScenario> scenarios)
    {
        var list = scenarios.ToList();
        return new StatusCounts(
            list.Count(scenario => scenario.Status == ScenarioStatus.Passed),
            list.Count(scenario => scenario.Status == ScenarioStatus.Failed),
            list.Count(scenario => scenario.Status == ScenarioStatus.Flaky),
            list.Count(scenario => scenario.Status == ScenarioStatus.Skipped),
            list.Count(scenario => scenario.Status == ScenarioStatus.NotRun));
    }
}

/// <summary>A feature file: its name, tags and description (Markdown rendered to safe HTML).</summary>
public sealed record DocsFeature(string Id, string Uri, string AreaId, string Name, IReadOnlyList<string> Tags, string DescriptionHtml, string DescriptionText, IReadOnlyList<string> ScenarioIds);

/// <summary>How a scenario fares today, in the words the page uses.</summary>
public enum ScenarioStatus
{
    Passed,
    Failed,
    Flaky,
    Skipped,
    NotRun,
}

/// <summary>What changed against the compared run.</summary>
public enum ScenarioChange
{
    None,
    New,
    NewlyFailing,
    NewlyFixed,
}

/// <summary>
/// One scenario (one example row of an outline) as a story: its steps with results, the contracts it
/// involved (from the scenario record attached to its last attempt), the verification findings and, when it
/// failed, what was expected, what happened and the first difference.
/// </summary>
public sealed record DocsScenario(
    string Id,
    string FeatureId,
    string Name,
    string? Rule,
    string Location,
    IReadOnlyList<string> Tags,
    ScenarioStatus Status,
    string? RawStatus,
    double DurationMs,
    int Attempts,
    IReadOnlyList<DocsStep> Steps,
    DocsFailure? Failure,
    JsonObject? Record,
    IReadOnlyList<DocsFinding> Findings,
    IReadOnlyList<string> Contracts)
{
    /// <summary>The key a later run recognises this scenario by: its file, its name and which of the same-named scenarios it is.</summary>
    /// <remarks>Not in the site's data (the page never shows it), so not <c>required</c>: System.Text.Json rejects a required property it ignores.</remarks>
    [JsonIgnore]
    public string CompareKey { get; init; } = "";

    /// <summary>
    /// How many of <see cref="Contracts"/>, from the first, the scenario's request and its outcome name; the rest
    /// appear only among its past events (the feature's set-up, repeated in every scenario).
    /// </summary>
    public int RequestContracts { get; init; }

    /// <summary>What the scenario's checks asserted (as the coverage report reads it); the glossary's "exercised" comes from it.</summary>
    [JsonIgnore]
    public ScenarioEvidence? Evidence { get; init; }

    /// <summary>The rule id the scenario's Gherkin <c>Rule:</c> is tagged with (<c>@R-8.7</c> above it), shown beside the rule's heading.</summary>
    public string? RuleId { get; init; }

    public ScenarioChange Change { get; init; } = ScenarioChange.None;

    public ScenarioStatus? PreviousStatus { get; init; }
}

/// <summary>A step as written (keyword and text after outline substitution), with its result and argument.</summary>
public sealed record DocsStep(string Keyword, string Text, bool Background, string Status, double DurationMs, IReadOnlyList<IReadOnlyList<string>>? Table, string? DocString, string? Error);

/// <summary>Why a scenario failed, in three parts a product owner can read.</summary>
public sealed record DocsFailure(string Expected, string Actual, string? FirstDifference, string Message);

/// <summary>A verification mode's verdict on a scenario, with the command that reproduces it.</summary>
public sealed record DocsFinding(string Mode, bool Passed, string Summary, string? FirstDifference, string Reproduce);

/// <summary>A command, event, nested table or refusal of the system, and the scenarios that exercise it.</summary>
public sealed record GlossaryEntry(string Id, string Kind, string Name, string Title, int? ContractId, string Area, IReadOnlyList<string> Rules, string Description, IReadOnlyList<GlossaryField> Fields)
{
    /// <summary>Scenarios that exercise the term: a check that held asserts it (for a command: it was sent and every check held).</summary>
    public IReadOnlyList<string> ScenarioIds { get; init; } = [];

    /// <summary>Scenarios where the term appears without being asserted (a past event, an unchecked event, a failing scenario's command).</summary>
    public IReadOnlyList<string> UnassertedScenarioIds { get; init; } = [];

    /// <summary>True when a partial run did not select the term's area and no scenario asserts it: not a gap, just not in this run. Null otherwise, so a full run's data is as before.</summary>
    public bool? NotInRun { get; init; }
}

/// <summary>A field of a glossary entry.</summary>
public sealed record GlossaryField(string Name, string Type, bool Optional, string Description)
{
    /// <summary>The values the field can hold when its type is an enum (or a list of one), in declaration order; else null.</summary>
    public IReadOnlyList<string>? Values { get; init; }
}

/// <summary>A scenario the compared run had and this one does not.</summary>
public sealed record RemovedScenario(string CompareKey, string Name, string Location, ScenarioStatus PreviousStatus);
