using System.Text.Json.Nodes;
using Io.Cucumber.Messages.Types;
using Specs.Runner.Reporting.Coverage;

namespace Specs.Runner.LivingDocs;

/// <summary>
/// The rules page's source: every rule of the rules file (docs/domain-rules.md, "rules" in specs.json or --rules) with
/// its id, its area, its statement and what the rest of its row links it to, as one run-level JSON attachment of the
/// canonical stream. The living documentation is rebuilt from streams alone (`specs docs --from`), so the rule texts
/// travel with the scenarios that pin them; a stream without it (a run with no rules file) builds a site without rules.
/// </summary>
public static class RuleCatalogAttachment
{
    /// <summary>The attachment's file name; its media type is application/json.</summary>
    public const string FileName = "specs-rules.json";

    /// <summary>The format of the body; a reader refuses a version it does not know.</summary>
    public const int Version = 1;

    /// <summary>
    /// Starts rendering the rules on the thread pool, so that the stream finds them done after the run: `specs verify`
    /// reads the rules file before its run and calls this as the run starts, like <see cref="ContractCatalogAttachment.RenderAhead"/>.
    /// </summary>
    public static Task<string> RenderAhead(IReadOnlyList<RuleEntry> rules, string source) => Task.Run(() => Render(rules, source));

    /// <summary>
    /// The stream with the rendered rules attached after testRunStarted (and the contract catalog), when there are rules and
    /// a scenario talked to the system (it left a scenario record), as for the contract catalog: a scenario pins a rule
    /// through its record, so a suite of plain step definitions pins none, and its stream stays as it was.
    /// </summary>
    public static List<Envelope> Attach(List<Envelope> envelopes, IReadOnlyList<RuleEntry> rules, string rendered)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Count > 0 && envelopes.Any(envelope => envelope.Attachment?.FileName == DocsModelBuilder.ScenarioRecordFileName))
        {
            RunAttachments.InsertAfterStart(envelopes, FileName, rendered);
        }

        return envelopes;
    }

    /// <summary>The rules as JSON: the file they come from, then each rule with its id, area, text and links.</summary>
    public static string Render(IReadOnlyList<RuleEntry> rules, string source)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var list = new JsonArray();
        foreach (var rule in rules)
        {
            list.Add(new JsonObject
            {
                ["id"] = rule.Id,
                ["area"] = rule.Area,
                ["text"] = rule.Statement,
                ["links"] = new JsonArray([.. rule.Links.Select(link => (JsonNode)new JsonObject { ["heading"] = link.Heading, ["text"] = link.Text })]),
            });
        }

        return new JsonObject
        {
            ["version"] = Version,
            ["source"] = source,
            ["rules"] = list,
        }.ToJsonString();
    }
}
