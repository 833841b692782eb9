using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Specs.Runner.LivingDocs;

/// <summary>
/// The names a scenario gave its ids ("S-1" for a sale's id, a product's SKU for its id), read from the record's
/// <c>names</c>, put in place of the ids wherever the page would show one: in a card's fields, a refusal's message
/// and a check. A reader knows sale S-1; "371e805e-9c1e-8bdd-…" means nothing to them. An id the scenario never
/// named stays as it is.
/// </summary>
internal sealed partial class ScenarioNames
{
    private readonly Dictionary<string, string> _byId;

    private ScenarioNames(Dictionary<string, string> byId) => _byId = byId;

    /// <summary>The names in <paramref name="record"/> (a scenario record as attached to the stream); none when it has none.</summary>
    public static ScenarioNames Of(JsonObject record)
    {
        var byId = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var named in (record["names"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if ((string?)named["id"] is { } id && (string?)named["name"] is { Length: > 0 } name)
            {
                byId.TryAdd(id, name);
            }
        }

        // Two ids under one name (sale "S-1" of two channels) would read as one thing on the page and hide why a
        // scenario fails: those keep their ids.
        var shared = byId.GroupBy(pair => pair.Value, StringComparer.Ordinal).Where(group => group.Count() > 1).SelectMany(group => group.Select(pair => pair.Key)).ToList();
        foreach (var id in shared)
        {
            byId.Remove(id);
        }

        return new ScenarioNames(byId);
    }

    /// <summary>Replaces, in every text under <paramref name="node"/>, each named id by its name (in place).</summary>
    public void Apply(JsonNode? node)
    {
        if (_byId.Count == 0)
        {
            return;
        }

        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(pair => pair.Key).ToList())
                {
                    if (Renamed(obj[key]) is { } renamed)
                    {
                        obj[key] = renamed;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Renamed(array[i]) is { } renamed)
                    {
                        array[i] = renamed;
                    }
                }

                break;
        }
    }

    // A text with a named id as a new value; a list or an object is renamed in place (null: nothing to replace).
    private JsonValue? Renamed(JsonNode? node)
    {
        if (node is JsonValue value)
        {
            return value.TryGetValue<string>(out var text) && Apply(text) is var named && !ReferenceEquals(named, text) ? JsonValue.Create(named) : null;
        }

        Apply(node);
        return null;
    }

    /// <summary><paramref name="text"/> with each named id replaced by its name; the same instance when it holds none.</summary>
    public string Apply(string text)
    {
        if (_byId.Count == 0 || text.Length < GuidLength)
        {
            return text;
        }

        var replaced = false;
        var result = Id().Replace(text, match =>
        {
            if (_byId.TryGetValue(match.Value, out var name))
            {
                replaced = true;
                return name;
            }

            return match.Value;
        });
        return replaced ? result : text;
    }

    private const int GuidLength = 36;

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Id();
}
