using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Specs.Inventory.Scenarios;
using Specs.Runner.Output;

namespace Specs.Runner.LivingDocs;

/// <summary>
/// A scenario's checks in the words of its page. The record states a check on the new events as the developer's
/// one line ("exactly these new events: PickShorted on picklist/65… { quantity: 2, … }"), which is JSON to a product
/// owner; the page says which events were to be recorded, by their glossary names, and how the first wrong one
/// differs, field by field.
/// </summary>
public static partial class DocsModelBuilder
{
    /// <summary>
    /// A check as the page lists it: what was expected, whether it held and, when not, what was found instead; with
    /// the events or the refusal it named, for the page to link. <paramref name="recordedTypes"/> are the contracts of
    /// the new events the scenario recorded.
    /// </summary>
    private static JsonObject Check(JsonObject source, IReadOnlyList<string> recordedTypes, JsonObject? outcome)
    {
        var passed = (bool?)source["passed"] ?? false;
        var events = (source["events"] as JsonArray)?.Select(item => (string?)item ?? "").ToList();
        var error = (string?)source["error"];
        var expectation = (string?)source["expectation"] ?? "";
        var actual = (string?)source["actual"];
        var check = new JsonObject();
        if (events is not null)
        {
            check["expectation"] = EventsInWords(events);
            check["events"] = new JsonArray([.. events.Select(type => (JsonNode?)type)]);
            if (!passed)
            {
                actual = source["difference"] is JsonObject difference ? DifferenceInWords(difference, events.Count)
                    : recordedTypes.Count == 0 ? "nothing was recorded"
                    : "recorded instead: " + string.Join(", ", recordedTypes.Select(Humanize));
            }
        }
        else if (error is not null)
        {
            check["expectation"] = "refused: " + Humanize(error);
            check["error"] = error;
        }
        else
        {
            check["expectation"] = expectation;
        }

        // The host says a wrong answer as "it was refused with NotOnPicklist (R-8.1): …" or "it was accepted (1 event(s)
        // on 'product/…')"; the page says the same from the answer it shows, by the refusal's glossary name.
        if (!passed && (error is not null || actual?.StartsWith("it was ", StringComparison.Ordinal) == true) && AnswerInWords(outcome) is { } answer)
        {
            actual = answer;
        }

        check["passed"] = passed;
        check["actual"] = actual;
        return check;
    }

    /// <summary>The answer a scenario got, in words: a refusal by its glossary name, its rule and its message; else the status.</summary>
    internal static string? AnswerInWords(JsonObject? outcome)
    {
        if (outcome?["refusal"] is JsonObject refusal)
        {
            var rule = (string?)refusal["rule"];
            return $"it was refused: {Humanize((string?)refusal["error"] ?? "")}{(rule is null ? "" : $" ({rule})")}: {(string?)refusal["message"]}";
        }

        return (string?)outcome?["status"] is { } status ? "it was " + Humanize(status).ToLowerInvariant() : null;
    }

    // The page (docs.js, checks) says the same with each name linked to its glossary entry.
    private static string EventsInWords(IReadOnlyList<string> types) =>
        types.Count == 0 ? "nothing new recorded" : "recorded, exactly: " + string.Join(", ", types.Select(Humanize));

    /// <summary>How the first wrong event differs: another event in its place, or a field with another value.</summary>
    internal static string DifferenceInWords(JsonObject difference, int expectedEvents)
    {
        var type = Humanize((string?)difference["type"] ?? "");
        var position = ((int?)difference["event"] ?? 1).ToString(CultureInfo.InvariantCulture);
        if ((string?)difference["foundType"] is { } foundType)
        {
            return $"event {position} is {Humanize(foundType)}, where the scenario expects {type}";
        }

        var field = (string?)difference["field"] ?? "";
        var where = expectedEvents > 1 ? $"{type} (event {position}), " : $"{type}, ";
        return where + ValueDifference(FieldLabel(field), field, (string?)difference["expected"], (string?)difference["found"]);
    }

    // A list of lines names the first line that differs, and in it the first field; a value is said as the cards show it.
    private static string ValueDifference(string label, string field, string? expected, string? found)
    {
        if (AsArray(expected) is { } expectedItems && AsArray(found) is { } foundItems)
        {
            if (expectedItems.Count != foundItems.Count)
            {
                return $"{label}: {Counted.Of(foundItems.Count, "line", "lines")} recorded, where the scenario expects {expectedItems.Count.ToString(CultureInfo.InvariantCulture)}";
            }

            for (var i = 0; i < expectedItems.Count; i++)
            {
                if (expectedItems[i] is JsonObject want && foundItems[i] is JsonObject got)
                {
                    foreach (var key in want.Select(pair => pair.Key).Union(got.Select(pair => pair.Key)))
                    {
                        var wantText = ContractJson.CellText(want[key]);
                        var gotText = ContractJson.CellText(got[key]);
                        if (wantText != gotText)
                        {
                            return ValueDifference($"{label}, line {(i + 1).ToString(CultureInfo.InvariantCulture)}, {FieldLabel(key)}", key, wantText, gotText);
                        }
                    }
                }
            }
        }

        return $"{label}: {Shown(field, found)} was recorded, where the scenario expects {Expected(field, expected)}";
    }

    private static string Expected(string field, string? text) => text switch
    {
        Placeholders.Any => "a value",
        Placeholders.Id => "a new id",
        Placeholders.Now => "the time of the request",
        _ => Shown(field, text),
    };

    // As the cards show values: times the contracts carry as milliseconds since 1970 as UTC dates, nothing as "none".
    private static string Shown(string field, string? text)
    {
        if (text is null or "")
        {
            return "none";
        }

        if (field.EndsWith("UnixMs", StringComparison.Ordinal) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var unixMs)
            && unixMs is >= -62_135_596_800_000 and <= 253_402_300_799_999)
        {
            var instant = DateTimeOffset.FromUnixTimeMilliseconds(unixMs);
            return instant.TimeOfDay == TimeSpan.Zero
                ? instant.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : instant.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        }

        return text;
    }

    /// <summary>A field's name as the page labels it: "expiresAtUnixMs" → "Expires at", "unitCostMinor" → "Unit cost", "sku" → "SKU" (docs.js, fieldLabel, does the same).</summary>
    internal static string FieldLabel(string name)
    {
        var bare = name.EndsWith("UnixMs", StringComparison.Ordinal) ? name[..^"UnixMs".Length]
            : name.EndsWith("Minor", StringComparison.Ordinal) ? name[..^"Minor".Length]
            : name;
        var words = Humanize(bare.Length > 0 ? bare : name).Split(' ');
        return string.Join(' ', words.Select(word => word.Equals("sku", StringComparison.OrdinalIgnoreCase) ? "SKU"
            : word.Equals("id", StringComparison.OrdinalIgnoreCase) ? "ID"
            : word));
    }

    private static JsonArray? AsArray(string? text)
    {
        if (text is null || !text.StartsWith('['))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text) as JsonArray;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
