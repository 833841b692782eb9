using System.Text.Json.Nodes;
using Specs.Inventory.Scenarios;
using Specs.Runner.Reporting.Coverage;

namespace Specs.Runner.LivingDocs;

/// <summary>The rules: every rule of the rules file the stream carries, with the terms it involves and the scenarios tagged with it.</summary>
public static partial class DocsModelBuilder
{
    private static List<DocsRule> Rules(JsonObject? rulesJson, JsonObject? catalog, IReadOnlyList<GlossaryEntry> glossary, IReadOnlyList<DocsScenario> scenarios, RunScope? scope)
    {
        if (rulesJson is null)
        {
            return [];
        }

        var entries = (rulesJson["rules"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(rule => new RuleEntry((string?)rule["id"] ?? "", (string?)rule["area"] ?? "", (string?)rule["text"] ?? "")
            {
                Links = [.. (rule["links"] as JsonArray ?? []).OfType<JsonObject>().Select(link => new RuleLink((string?)link["heading"] ?? "", (string?)link["text"] ?? ""))],
            })
            .Where(rule => rule.Id.Length > 0)
            .ToList();
        var tagged = new Dictionary<string, List<DocsScenario>>(StringComparer.Ordinal);
        foreach (var scenario in scenarios)
        {
            foreach (var rule in RuleTags.RuleIds(scenario.Tags))
            {
                if (!tagged.TryGetValue(rule, out var list))
                {
                    tagged[rule] = list = [];
                }

                list.Add(scenario);
            }
        }

        // A rule's terms: the commands, events and refusals its row names, then the refusals that cite it.
        var byName = glossary.Where(entry => entry.Kind != "table").GroupBy(entry => entry.Name, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First().Id, StringComparer.Ordinal);
        var citing = glossary.SelectMany(entry => entry.Rules.Select(rule => (Rule: rule, entry.Id))).ToLookup(pair => pair.Rule, pair => pair.Id, StringComparer.Ordinal);
        var areas = scope is null ? null : RunScope.RuleAreas(entries, RunScope.TermAreas(catalog));
        return entries.Select(rule =>
        {
            var scenariosOfRule = tagged.GetValueOrDefault(rule.Id) ?? [];
            var terms = RunScope.NamesInRow(rule).Select(name => byName.GetValueOrDefault(name)).OfType<string>().Concat(citing[rule.Id]).Distinct(StringComparer.Ordinal).ToList();
            return new DocsRule(rule.Id, rule.Area, rule.Statement, rule.Links, terms, [.. scenariosOfRule.Select(scenario => scenario.Id)])
            {
                NotInRun = scope is not null && scenariosOfRule.All(scenario => scenario.Status == ScenarioStatus.NotRun) && !scope.Covers(areas![rule.Id]) ? true : null,
            };
        }).ToList();
    }
}
