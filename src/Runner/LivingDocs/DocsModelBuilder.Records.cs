using System.Text.Json.Nodes;
using Io.Cucumber.Messages.Types;
using Specs.Runner.Reporting.Coverage;

namespace Specs.Runner.LivingDocs;

/// <summary>Reading a scenario's record: the slim copy the page shows, its verification findings, the contracts it involved and what it asserted.</summary>
public static partial class DocsModelBuilder
{
    /// <summary>
    /// What the scenario asserted, read the way the coverage report reads it, so the glossary and coverage.md agree
    /// on what is exercised. A record without the scenario's identity (a hand-written stream) asserts nothing.
    /// </summary>
    private static ScenarioEvidence? Evidence(JsonObject record, string recordJson) =>
        record["scenario"] is JsonValue && record["name"] is JsonValue
            ? ScenarioEvidence.FromRecord(recordJson)
            : null;

    /// <summary>
    /// The part of the record a reader needs: the setup, the past events, the When, the answer, the new events
    /// and the expectations. Views afterwards, event ids and the idempotency key are for developers (they are
    /// in the stream) and would make the site heavy.
    /// </summary>
    private static JsonObject? Slim(JsonObject? record)
    {
        if (record is null)
        {
            return null;
        }

        // The page shows when an event happened to the minute, so the seconds go: identical instants then share one
        // entry of the data's string table. The stream is in the fields already (the SKU, the location).
        static JsonObject Event(JsonObject source) => new()
        {
            ["type"] = source["type"]?.DeepClone(),
            ["at"] = (string?)source["recordedAt"] is { Length: >= 16 } at ? at[..16] : source["recordedAt"]?.DeepClone(),
            ["fields"] = source["fields"]?.DeepClone(),
        };

        // A boundary scenario may give hundreds of past events (a wave of 500 sales); a reader needs the first few
        // and how many more there were, not 500 cards, and the site stays a few MB.
        var given = (record["given"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var slim = new JsonObject
        {
            ["setup"] = record["setup"]?.DeepClone(),
            ["given"] = new JsonArray([.. given.Take(MaxGivenCards).Select(past => (JsonNode)Event(past))]),
        };
        if (given.Count > MaxGivenCards)
        {
            slim["givenNotShown"] = given.Count - MaxGivenCards;
        }

        if (record["when"] is JsonObject when)
        {
            slim["when"] = new JsonObject
            {
                ["kind"] = when["kind"]?.DeepClone(),
                ["type"] = when["type"]?.DeepClone(),
                ["fields"] = when["fields"]?.DeepClone(),
                ["advanceTo"] = when["advanceTo"]?.DeepClone(),
            };
        }

        if (record["outcome"] is JsonObject outcome)
        {
            var response = outcome["response"] as JsonObject;
            slim["outcome"] = new JsonObject
            {
                ["status"] = response?["status"]?.DeepClone(),
                ["refusal"] = response?["refusal"]?.DeepClone(),
                ["newEvents"] = new JsonArray((outcome["newEvents"] as JsonArray ?? []).OfType<JsonObject>().Select(recorded => (JsonNode)Event(recorded)).ToArray()),
                ["error"] = outcome["error"]?.DeepClone(),
            };
        }

        var recordedTypes = ((record["outcome"] as JsonObject)?["newEvents"] as JsonArray ?? []).OfType<JsonObject>().Select(recorded => (string?)recorded["type"] ?? "").ToList();
        slim["then"] = record["then"] is JsonArray then ? new JsonArray([.. then.OfType<JsonObject>().Select(check => (JsonNode)Check(check, recordedTypes, slim["outcome"] as JsonObject))]) : null;
        ScenarioNames.Of(record).Apply(slim);
        slim["findings"] = record["findings"]?.DeepClone();
        return slim;
    }

    private static List<DocsFinding> Findings(List<Attachment> attachments, JsonObject? record, string location, string launcher)
    {
        var findings = new Dictionary<string, DocsFinding>(StringComparer.Ordinal);
        var fromRecord = record?["findings"] as JsonArray ?? [];
        var fromAttachments = attachments.Where(attachment => attachment.FileName is { } name && name.EndsWith(".json", StringComparison.Ordinal) && name != ScenarioRecordFileName)
            .Select(attachment => JsonNode.Parse(attachment.Body));
        foreach (var node in fromRecord.Concat(fromAttachments).OfType<JsonObject>())
        {
            if ((string?)node["mode"] is not { } mode || node["passed"] is null)
            {
                continue;
            }

            var option = mode == "replay-check" ? "--replay-check" : "--" + mode;
            findings[mode] = new DocsFinding(mode, (bool)node["passed"]!, (string?)node["summary"] ?? "", (string?)node["firstDifference"],
                $"{launcher} verify {location} {option}");
        }

        record?.Remove("findings");
        return findings.Values.OrderBy(finding => finding.Mode, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The contracts the record involves, the request's and the outcome's first (the command, the new events, the
    /// refusal), then those only its past events name; and how many of them are the request's and outcome's.
    /// </summary>
    private static (List<string> Contracts, int RequestContracts) ContractsOf(JsonObject? record)
    {
        if (record is null)
        {
            return ([], 0);
        }

        var ids = new List<string>();
        if (record["when"] is JsonObject when && (string?)when["kind"] == "command")
        {
            ids.Add("command:" + (string?)when["type"]);
        }

        if (record["outcome"] is JsonObject outcome)
        {
            foreach (var recorded in (outcome["newEvents"] as JsonArray ?? []).OfType<JsonObject>())
            {
                ids.Add("event:" + (string?)recorded["type"]);
            }

            if (outcome["refusal"] is JsonObject refusal)
            {
                ids.Add("error:" + (string?)refusal["error"]);
            }
        }

        var own = ids.Distinct(StringComparer.Ordinal).ToList();
        var past = (record["given"] as JsonArray ?? []).OfType<JsonObject>().Select(given => "event:" + (string?)given["type"]);
        return ([.. own, .. past.Distinct(StringComparer.Ordinal).Where(id => !own.Contains(id, StringComparer.Ordinal))], own.Count);
    }
}
