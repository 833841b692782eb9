using System.Text.Json.Nodes;

namespace Specs.Runner.LivingDocs;

/// <summary>The glossary: every command, event and refusal of the contract catalog with the scenarios that exercise it.</summary>
public static partial class DocsModelBuilder
{
    private static List<GlossaryEntry> Glossary(JsonObject? catalog, IReadOnlyList<DocsScenario> scenarios, RunScope? scope)
    {
        if (catalog is null)
        {
            return [];
        }

        // Exercised means asserted, as in the coverage report: a command sent by a scenario whose every check held, an
        // event or refusal a check that held names. A term that merely appears (a past event, an event recorded but
        // never checked, a command of a failing scenario) is listed apart, so the gap stays visible.
        var asserted = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var appears = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        static void Add(Dictionary<string, List<string>> index, string contract, string scenario)
        {
            if (!index.TryGetValue(contract, out var list))
            {
                index[contract] = list = [];
            }

            list.Add(scenario);
        }

        // What the run's Whens did (sent, recorded, refused), asserted or not: such a term is in the run even when its area was
        // not selected. A past event is set-up, not something the run did, as in the coverage report.
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scenario in scenarios)
        {
            var checkedHere = new HashSet<string>(StringComparer.Ordinal);
            if (scenario.Evidence is { } evidence)
            {
                if (evidence.Command is { } sent)
                {
                    touched.Add("command:" + sent);
                }

                touched.UnionWith(evidence.HappenedEvents.Select(type => "event:" + type));
                if (evidence.HappenedError is { } refused)
                {
                    touched.Add("error:" + refused);
                }

                if (evidence.Command is { } command && evidence.AssertionsHeld)
                {
                    checkedHere.Add("command:" + command);
                }

                checkedHere.UnionWith(evidence.AssertedEvents.Select(type => "event:" + type));
                checkedHere.UnionWith(evidence.AssertedErrors.Select(error => "error:" + error));
            }

            foreach (var contract in checkedHere)
            {
                Add(asserted, contract, scenario.Id);
            }

            foreach (var contract in scenario.Contracts.Where(contract => !checkedHere.Contains(contract)))
            {
                Add(appears, contract, scenario.Id);
            }
        }

        var enums = (catalog["enums"] as JsonObject ?? []).ToDictionary(
            pair => pair.Key, pair => (IReadOnlyList<string>)(pair.Value as JsonArray ?? []).Select(value => (string?)value ?? "").ToList(), StringComparer.Ordinal);
        var entries = new List<GlossaryEntry>();
        var items = (catalog["contracts"] as JsonArray ?? []).Concat(catalog["errors"] as JsonArray ?? []).Concat(catalog["tables"] as JsonArray ?? []);
        foreach (var item in items.OfType<JsonObject>())
        {
            var kind = (string?)item["kind"] ?? "table";
            var name = (string?)item["name"] ?? "";
            var id = kind + ":" + name;
            var fields = (item["fields"] as JsonArray ?? []).OfType<JsonObject>()
                .Select(field =>
                {
                    var type = (string?)field["type"] ?? "";
                    return new GlossaryField((string?)field["name"] ?? "", type, (bool?)field["optional"] ?? false, (string?)field["description"] ?? "")
                    {
                        Values = enums.GetValueOrDefault(type.Trim('[', ']')),
                    };
                })
                .ToList();
            var rules = (item["rules"] as JsonArray ?? []).Select(rule => (string?)rule ?? "").Where(rule => rule.Length > 0).ToList();
            var area = Humanize((string?)item["area"] ?? "");
            var exercisedBy = asserted.GetValueOrDefault(id) ?? [];
            entries.Add(new GlossaryEntry(id, kind, name, Humanize(name), (int?)item["id"] is { } number && number > 0 ? number : null,
                area, rules, (string?)item["description"] ?? "", fields)
            {
                ScenarioIds = exercisedBy,
                UnassertedScenarioIds = appears.GetValueOrDefault(id) ?? [],
                // A partial run that did not select the term's area never looked for it: not a gap of the specification.
                NotInRun = scope is not null && kind != "table" && exercisedBy.Count == 0 && !touched.Contains(id) && !scope.Covers(area) ? true : null,
            });
        }

        return entries.OrderBy(entry => KindOrder(entry.Kind)).ThenBy(entry => entry.Name, StringComparer.Ordinal).ToList();
    }

    private static int KindOrder(string kind) => kind switch
    {
        "command" => 0,
        "event" => 1,
        "error" => 2,
        _ => 3,
    };
}
