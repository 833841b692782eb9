using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Io.Cucumber.Messages.Types;
using Specs.Runner.Output;
using Specs.Runner.Targets;

namespace Specs.Runner.Reporting.Coverage;

/// <summary>The four kinds of things a coverage report lists, in the order it lists them.</summary>
public enum CoverageKind
{
    Rule,
    Command,
    Event,
    Error,
}

/// <summary>A scenario as a coverage report names it.</summary>
public sealed record ScenarioReference(string Scenario, string Name);

/// <summary>
/// One rule, command, event or domain error with the scenarios that exercise it (a Then step asserted it and
/// the assertion held) and those where it only happened (or, for a rule, was tagged) without an assertion.
/// </summary>
public sealed record CoverageItem(CoverageKind Kind, string Id, string? Area, string? Statement, IReadOnlyList<ScenarioReference> Exercised, IReadOnlyList<ScenarioReference> Unasserted)
{
    /// <summary>Of an area a partial run did not select, and nothing of the run exercised it: neither exercised nor a gap.</summary>
    public bool NotInRun { get; init; }

    public bool IsGap => Exercised.Count == 0 && !NotInRun;
}

/// <summary>A run's coverage: every item of the universe, and the rule tags no rules file lists.</summary>
public sealed record CoverageResult(IReadOnlyList<CoverageItem> Items, IReadOnlyList<(string Rule, IReadOnlyList<ScenarioReference> Scenarios)> UnknownRuleTags)
{
    /// <summary>What a partial run covers; null for a run of the whole corpus, whose report reads as it always did.</summary>
    public CoverageScope? Scope { get; init; }

    public int Exercised => Items.Count(item => item.Exercised.Count > 0);

    public int Gaps => Items.Count(item => item.IsGap);

    /// <summary>The items a partial run did not select; they count neither as exercised nor as gaps.</summary>
    public int NotInRun => Items.Count(item => item.NotInRun);

    /// <summary>What the counts are out of: every item, less those not in this run.</summary>
    public int InRun => Items.Count - NotInRun;

    /// <summary>
    /// The console line: "coverage: N of M rules, commands, events and errors exercised (K gaps: see PATH)"; a partial
    /// run counts the areas it selected and says how many items it left out.
    /// </summary>
    public string ConsoleLine(string markdownPath) => Scope is null
        ? string.Create(CultureInfo.InvariantCulture,
            $"coverage: {Exercised} of {Items.Count} rules, commands, events and errors exercised ({Counted.Of(Gaps, "gap", "gaps")}: see {markdownPath})")
        : string.Create(CultureInfo.InvariantCulture,
            $"coverage: {Exercised} of {InRun} rules, commands, events and errors of the areas this run covers exercised ({Counted.Of(Gaps, "gap", "gaps")}, {NotInRun} not in this run: see {markdownPath})");
}

/// <summary>
/// coverage.md and coverage.json: every rule of the rules file and every command, event and domain error of
/// the system, each with the scenarios that exercise it, gaps first. Built from the scenario records in the
/// canonical stream (each test case's last attempt) and the universe alone, so the same stream gives the
/// same report. "Exercised" means asserted, not merely happened:
/// an event is exercised by a scenario whose Then steps named it among the exact new events (or asserted that
/// nothing was recorded, which names none), and the assertion held; a domain error by one whose Then steps
/// asserted the refusal was that error; a command by one whose When sent it and whose Then steps asserted at
/// least one expectation, all of which held; a rule by one tagged with it (<c>@R-4.3</c>) under the same condition.
/// </summary>
public static class CoverageReport
{
    public const string MarkdownFileName = "coverage.md";
    public const string JsonFileName = "coverage.json";

    /// <summary>The scenario records of each test case's last attempt, in stream order.</summary>
    public static IReadOnlyList<ScenarioEvidence> Evidence(IReadOnlyList<Envelope> envelopes, RunDigest digest)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        ArgumentNullException.ThrowIfNull(digest);
        var lastAttempts = digest.TestCases.Select(outcome => outcome.Last.Started.Id).ToHashSet(StringComparer.Ordinal);
        return envelopes
            .Select(envelope => envelope.Attachment)
            .Where(attachment => attachment is not null && attachment.FileName == ScenarioHostTarget.RecordFileName
                && attachment.TestCaseStartedId is { } started && lastAttempts.Contains(started))
            .Select(attachment => ScenarioEvidence.FromRecord(attachment!.Body))
            .ToList();
    }

    /// <summary>
    /// The coverage of <paramref name="scenarios"/> over <paramref name="universe"/>; with a <paramref name="scope"/> (a partial
    /// run), what the run did not select and did not exercise is marked not in this run instead of a gap.
    /// </summary>
    public static CoverageResult Build(IReadOnlyList<ScenarioEvidence> scenarios, CoverageUniverse universe, CoverageScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(universe);
        var items = new List<CoverageItem>();
        foreach (var rule in universe.Rules)
        {
            var tagged = scenarios.Where(scenario => scenario.Rules.Contains(rule.Id, StringComparer.Ordinal)).ToList();
            items.Add(Item(CoverageKind.Rule, rule.Id, rule.Area, rule.Statement, tagged, scenario => scenario.AssertionsHeld));
        }

        foreach (var command in universe.Commands)
        {
            var sent = scenarios.Where(scenario => scenario.Command == command).ToList();
            items.Add(Item(CoverageKind.Command, command, null, null, sent, scenario => scenario.AssertionsHeld));
        }

        foreach (var contract in universe.Events)
        {
            var involved = scenarios.Where(scenario => scenario.AssertedEvents.Contains(contract) || scenario.HappenedEvents.Contains(contract)).ToList();
            items.Add(Item(CoverageKind.Event, contract, null, null, involved, scenario => scenario.AssertedEvents.Contains(contract)));
        }

        foreach (var error in universe.Errors)
        {
            var involved = scenarios.Where(scenario => scenario.AssertedErrors.Contains(error) || scenario.HappenedError == error).ToList();
            items.Add(Item(CoverageKind.Error, error, null, null, involved, scenario => scenario.AssertedErrors.Contains(error)));
        }

        var known = universe.Rules.Select(rule => rule.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = scenarios
            .SelectMany(scenario => scenario.Rules.Where(rule => !known.Contains(rule)).Select(rule => (Rule: rule, Scenario: Reference(scenario))))
            .GroupBy(pair => pair.Rule, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (group.Key, (IReadOnlyList<ScenarioReference>)group.Select(pair => pair.Scenario).ToList()))
            .ToList();
        if (scope is not null)
        {
            items = [.. items.Select(item => scope.LeavesOut(item.Kind, item.Id, item.Exercised.Count, item.Unasserted.Count) ? item with { NotInRun = true } : item)];
        }

        return new CoverageResult(items, unknown) { Scope = scope };
    }

    /// <summary>Writes coverage.md and coverage.json into the output folder; returns their paths as given.</summary>
    /// <summary>
    /// Removes the coverage report of an earlier run from the report folder, for a run that judges no coverage (a dry run,
    /// an interrupted one): left beside this run's reports, it read as this run's verdict.
    /// </summary>
    public static void RemoveEarlier(string outputDirectory, string baseDirectory)
    {
        foreach (var name in new[] { MarkdownFileName, JsonFileName })
        {
            File.Delete(Path.GetFullPath(Path.Combine(outputDirectory, name), baseDirectory));
        }
    }

    public static (string MarkdownPath, string JsonPath) Write(CoverageResult result, string outputDirectory, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(result);
        var markdownPath = Path.Combine(outputDirectory, MarkdownFileName);
        var jsonPath = Path.Combine(outputDirectory, JsonFileName);
        foreach (var (path, text) in new[] { (jsonPath, RenderJson(result)), (markdownPath, RenderMarkdown(result)) })
        {
            var fullPath = Path.GetFullPath(path, baseDirectory);
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            File.WriteAllText(fullPath + ".tmp", text, new UTF8Encoding(false));
            File.Move(fullPath + ".tmp", fullPath, overwrite: true);
        }

        return (markdownPath, jsonPath);
    }

    public static string RenderJson(CoverageResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var report = new JsonObject
        {
            ["exercised"] = result.Exercised,
            ["total"] = result.Items.Count,
            ["gaps"] = result.Gaps,
        };
        if (result.Scope is { } scope)
        {
            // Only a partial run writes these, so a full run's coverage.json is as before.
            report["scope"] = scope.Sentence;
            report["notInRun"] = result.NotInRun;
        }

        report["kinds"] = new JsonObject(Enum.GetValues<CoverageKind>().Select(kind => KeyValuePair.Create<string, JsonNode?>(Plural(kind), new JsonObject
        {
            ["exercised"] = result.Items.Count(item => item.Kind == kind && item.Exercised.Count > 0),
            ["total"] = result.Items.Count(item => item.Kind == kind),
        })));
        report["gapList"] = new JsonArray(result.Items.Where(item => item.IsGap).Select(item => (JsonNode)new JsonObject
        {
            ["kind"] = Singular(item.Kind),
            ["id"] = item.Id,
        }).ToArray());
        foreach (var kind in Enum.GetValues<CoverageKind>())
        {
            report[Plural(kind)] = new JsonArray(result.Items.Where(item => item.Kind == kind).Select(item =>
            {
                var json = new JsonObject { ["id"] = item.Id };
                if (item.Area is not null)
                {
                    json["area"] = item.Area;
                    json["statement"] = item.Statement;
                }

                json["scenarios"] = References(item.Exercised);
                json["unasserted"] = References(item.Unasserted);
                if (item.NotInRun)
                {
                    json["notInRun"] = true;
                }

                return (JsonNode)json;
            }).ToArray());
        }

        report["unknownRuleTags"] = new JsonArray(result.UnknownRuleTags.Select(tag => (JsonNode)new JsonObject
        {
            ["rule"] = tag.Rule,
            ["scenarios"] = References(tag.Scenarios),
        }).ToArray());
        return report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    public static string RenderMarkdown(CoverageResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.Append("# Coverage\n\n")
            .Append("Every rule of the rules file and every command, event and domain error of the system, with the scenarios that exercise it. ")
            .Append("Exercised means a Then step asserted it and the assertion held, not merely that it happened: an event named among the exact new events, ")
            .Append("an error named as the refusal, a command sent by the When of a scenario whose Then steps all held, a rule tagged (`@R-4.3`) on such a scenario.\n\n");
        if (result.Scope is { } scope)
        {
            // A partial run says what it covered before any number, and counts only the areas it selected.
            text.Append("**").Append(scope.Sentence).Append("** Rules, commands, events and errors of other areas that no scenario of this run exercised are listed as not in this run, not as gaps.\n\n");
            text.Append(string.Create(CultureInfo.InvariantCulture, $"**{result.Exercised} of {result.InRun} exercised, {Counted.Of(result.Gaps, "gap", "gaps")}; {result.NotInRun} not in this run.**\n\n"));
            text.Append("| | exercised | of | not in this run |\n|---|---|---|---|\n");
            foreach (var kind in Enum.GetValues<CoverageKind>())
            {
                var ofKind = result.Items.Where(item => item.Kind == kind).ToList();
                text.Append(string.Create(CultureInfo.InvariantCulture,
                    $"| {Plural(kind)} | {ofKind.Count(item => item.Exercised.Count > 0)} | {ofKind.Count(item => !item.NotInRun)} | {ofKind.Count(item => item.NotInRun)} |\n"));
            }
        }
        else
        {
            text.Append(string.Create(CultureInfo.InvariantCulture, $"**{result.Exercised} of {result.Items.Count} exercised, {Counted.Of(result.Gaps, "gap", "gaps")}.**\n\n"));
            text.Append("| | exercised | of |\n|---|---|---|\n");
            foreach (var kind in Enum.GetValues<CoverageKind>())
            {
                var ofKind = result.Items.Where(item => item.Kind == kind).ToList();
                text.Append(string.Create(CultureInfo.InvariantCulture, $"| {Plural(kind)} | {ofKind.Count(item => item.Exercised.Count > 0)} | {ofKind.Count} |\n"));
            }
        }

        var gaps = result.Items.Where(item => item.IsGap).ToList();
        if (gaps.Count > 0)
        {
            text.Append("\n## Gaps\n\n| kind | name | why |\n|---|---|---|\n");
            foreach (var gap in gaps)
            {
                var why = gap.Unasserted.Count == 0
                    ? (gap.Kind == CoverageKind.Rule ? "no scenario is tagged with it" : "no scenario exercises it")
                    : $"{(gap.Kind == CoverageKind.Rule ? "tagged on" : "happened in")} {Scenarios(gap.Unasserted.Count)} whose Then steps did not assert it: {Locations(gap.Unasserted)}";
                var what = gap.Statement is null ? gap.Id : $"{gap.Id}: {Shorten(gap.Statement)}";
                text.Append("| ").Append(Singular(gap.Kind)).Append(" | ").Append(Cell(what)).Append(" | ").Append(Cell(why)).Append(" |\n");
            }
        }

        if (result.UnknownRuleTags.Count > 0)
        {
            text.Append("\n## Rule tags the rules file does not list\n\n| tag | scenarios |\n|---|---|\n");
            foreach (var (rule, scenarios) in result.UnknownRuleTags)
            {
                text.Append("| @").Append(rule).Append(" | ").Append(Cell(Locations(scenarios))).Append(" |\n");
            }
        }

        foreach (var kind in Enum.GetValues<CoverageKind>())
        {
            var ofKind = result.Items.Where(item => item.Kind == kind).ToList();
            if (ofKind.Count == 0)
            {
                continue;
            }

            text.Append("\n## ").Append(char.ToUpperInvariant(Plural(kind)[0])).Append(Plural(kind)[1..]).Append("\n\n");
            text.Append(kind == CoverageKind.Rule ? "| rule | area | scenarios |\n|---|---|---|\n" : $"| {Singular(kind)} | scenarios |\n|---|---|\n");
            foreach (var item in ofKind)
            {
                text.Append("| ").Append(Cell(item.Id)).Append(" | ");
                if (kind == CoverageKind.Rule)
                {
                    text.Append(Cell(item.Area ?? "")).Append(" | ");
                }

                text.Append(item.NotInRun ? "not in this run" : item.IsGap ? "**gap**" : Cell(Locations(item.Exercised))).Append(" |\n");
            }
        }

        return text.ToString();
    }

    private static CoverageItem Item(CoverageKind kind, string id, string? area, string? statement, IReadOnlyList<ScenarioEvidence> involved, Func<ScenarioEvidence, bool> asserted) =>
        new(kind, id, area, statement,
            involved.Where(asserted).Select(Reference).ToList(),
            involved.Where(scenario => !asserted(scenario)).Select(Reference).ToList());

    private static ScenarioReference Reference(ScenarioEvidence scenario) => new(scenario.Scenario, scenario.Name);

    private static JsonArray References(IReadOnlyList<ScenarioReference> scenarios) =>
        new(scenarios.Select(scenario => (JsonNode)new JsonObject { ["scenario"] = scenario.Scenario, ["name"] = scenario.Name }).ToArray());

    private static string Plural(CoverageKind kind) => kind switch
    {
        CoverageKind.Rule => "rules",
        CoverageKind.Command => "commands",
        CoverageKind.Event => "events",
        _ => "errors",
    };

    private static string Singular(CoverageKind kind) => kind switch
    {
        CoverageKind.Rule => "rule",
        CoverageKind.Command => "command",
        CoverageKind.Event => "event",
        _ => "error",
    };

    private static string Scenarios(int count) => count == 1 ? "1 scenario" : string.Create(CultureInfo.InvariantCulture, $"{count} scenarios");

    private static string Locations(IReadOnlyList<ScenarioReference> scenarios) => string.Join(", ", scenarios.Select(scenario => scenario.Scenario));

    /// <summary>The first sentence of a statement, at most 160 characters: the full text is in coverage.json and the rules file.</summary>
    private static string Shorten(string statement)
    {
        var end = statement.IndexOf(". ", StringComparison.Ordinal);
        var sentence = end < 0 ? statement : statement[..(end + 1)];
        return sentence.Length <= 160 ? sentence : sentence[..157] + "...";
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
