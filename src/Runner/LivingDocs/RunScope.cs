using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Io.Cucumber.Messages.Types;
using Specs.Runner.Reporting.Coverage;

namespace Specs.Runner.LivingDocs;

/// <summary>
/// What a partial run covers: what it selected (as the console says it: "paths specs/picking", "--tags @R-8.7") and the
/// areas (the feature root's folders, named as the site names them) of the scenarios it ran. A term or rule of another
/// area that no scenario of the run shows is "not in this run", not a gap: the run never looked at it. The living
/// documentation and coverage.md both read it from the stream (<see cref="RunSelectionAttachment"/>), so they agree.
/// </summary>
public sealed partial record RunScope(string Selection, IReadOnlyList<string> Areas, bool WholeFolders)
{
    /// <summary>
    /// Whether the run covered <paramref name="area"/> (a glossary term's or a rule's area, as the site names areas)
    /// whole, so that what none of its scenarios touched is a gap. A run narrower than folders (one feature file, a
    /// line, a tag, a name) covers no area whole: what it did not touch is only "not in this run".
    /// </summary>
    public bool Covers(string? area) => WholeFolders && area is not null && Areas.Contains(area, StringComparer.OrdinalIgnoreCase);

    /// <summary>"This run covers Picking and Purchasing only (it selects paths specs/picking specs/purchasing)."</summary>
    public string Sentence() => Areas.Count == 0
        ? $"This run selects {Selection} and ran no scenario."
        : WholeFolders
            ? $"This run covers {AreaList(Areas)} only (it selects {Selection})."
            : $"This run covers part of {AreaList(Areas)} only (it selects {Selection}).";

    /// <summary>
    /// The scope of the run(s) behind the streams; null when any stream is a run of the whole corpus (it carries no
    /// selection; nor do the shards of such a run). Streams of different selections are described by all of them.
    /// </summary>
    /// <exception cref="InvalidDataException">a selection attachment is not JSON or has a version this runner does not read.</exception>
    public static RunScope? Read(IReadOnlyList<IReadOnlyList<Envelope>> streams)
    {
        ArgumentNullException.ThrowIfNull(streams);
        var selections = new List<JsonObject>();
        foreach (var stream in streams)
        {
            var found = stream.Where(envelope => envelope.Attachment?.FileName == RunSelectionAttachment.FileName).Select(envelope => Parse(envelope.Attachment!.Body)).ToList();
            if (found.Count == 0)
            {
                return null;
            }

            selections.AddRange(found);
        }

        if (selections.Count == 0)
        {
            return null;
        }

        var text = string.Join("; ", selections.Select(selection => (string?)selection["selection"] ?? "").Distinct(StringComparer.Ordinal));
        // A selection that does not say it took whole folders is read as narrower: never a false gap.
        var wholeFolders = selections.All(selection => selection["wholeFolders"] is JsonValue value && value.TryGetValue<bool>(out var whole) && whole);
        return new RunScope(text, CoveredAreas(streams), wholeFolders);
    }

    /// <summary>
    /// The coverage report's view of the scope of the run behind <paramref name="envelopes"/> (the stream `specs verify`
    /// just built, or the one `specs merge` merged, with its selection and contract catalog attached); null for a run of the
    /// whole corpus.
    /// </summary>
    /// <exception cref="Cli.UsageException">the stream's selection is not one this runner reads.</exception>
    public static CoverageScope? ForCoverage(IReadOnlyList<Envelope> envelopes, IReadOnlyList<RuleEntry> rules)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        RunScope? scope;
        try
        {
            scope = Read([envelopes]);
        }
        catch (InvalidDataException error)
        {
            // `specs merge` reads shards' streams someone else wrote: a bad selection is the input's fault, said in one line.
            throw new Cli.UsageException(error.Message);
        }

        if (scope is null)
        {
            return null;
        }

        var catalog = envelopes.FirstOrDefault(envelope => envelope.Attachment?.FileName == ContractCatalogAttachment.FileName)?.Attachment is { } attachment
            ? JsonNode.Parse(attachment.Body) as JsonObject
            : null;
        var termAreas = TermAreas(catalog);
        return new CoverageScope(scope.Sentence(), scope.WholeFolders ? scope.Areas : [], RuleAreas(rules, termAreas), termAreas);
    }

    /// <summary>The glossary's names and their areas (as the site names areas) from a contract catalog's JSON.</summary>
    public static Dictionary<string, string> TermAreas(JsonObject? catalog)
    {
        var areas = new Dictionary<string, string>(StringComparer.Ordinal);
        var items = catalog is null ? [] : (catalog["contracts"] as JsonArray ?? []).Concat(catalog["errors"] as JsonArray ?? []);
        foreach (var item in items.OfType<JsonObject>())
        {
            if ((string?)item["name"] is { Length: > 0 } name)
            {
                areas.TryAdd(name, DocsModelBuilder.Humanize((string?)item["area"] ?? ""));
            }
        }

        return areas;
    }

    /// <summary>The names a rule's row gives in backticks (<c>`AllocateSale`</c>, <c>`SaleAllocated(lines)`</c>): the terms it links to, where the glossary knows them.</summary>
    public static IEnumerable<string> NamesInRow(RuleEntry rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Links.SelectMany(link => QuotedName().Matches(link.Text).Select(match => match.Groups[1].Value)).Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// Each rule's area as the site names areas ("Area 8 — Picking and waves" → "Picking"): the area most of the terms
    /// its section's rows name belong to, else the area whose name the heading holds; null when neither tells.
    /// A section's rules share their area, so one rule without names still gets it.
    /// </summary>
    public static Dictionary<string, string?> RuleAreas(IReadOnlyList<RuleEntry> rules, IReadOnlyDictionary<string, string> termAreas)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(termAreas);
        var known = termAreas.Values.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var bySection = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var section in rules.GroupBy(rule => rule.Area, StringComparer.Ordinal))
        {
            var votes = section.SelectMany(NamesInRow).Select(name => termAreas.GetValueOrDefault(name)).OfType<string>()
                .GroupBy(area => area, StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal)
                .FirstOrDefault()?.Key;
            var heading = AreaNumber().Replace(section.Key, "");
            bySection[section.Key] = votes ?? known.FirstOrDefault(area => heading.Contains(area, StringComparison.OrdinalIgnoreCase));
        }

        return rules.ToDictionary(rule => rule.Id, rule => bySection[rule.Area], StringComparer.Ordinal);
    }

    /// <summary>"Picking", "Picking and Purchasing", "Catalog, Picking and Purchasing".</summary>
    private static string AreaList(IReadOnlyList<string> areas) => areas.Count == 1
        ? areas[0]
        : string.Join(", ", areas.Take(areas.Count - 1)) + " and " + areas[^1];

    private static JsonObject Parse(string body)
    {
        JsonObject? selection;
        try
        {
            selection = JsonNode.Parse(body) as JsonObject;
        }
        catch (System.Text.Json.JsonException error)
        {
            throw new InvalidDataException($"the run selection in the stream ({RunSelectionAttachment.FileName}) is not JSON: {error.Message}");
        }

        if (selection is null || (int?)selection["version"] != RunSelectionAttachment.Version)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"the run selection in the stream has version {selection?["version"]}; this runner reads version {RunSelectionAttachment.Version}"));
        }

        return selection;
    }

    /// <summary>The areas of the scenarios the streams ran (a test case was planned for them), as the site names areas.</summary>
    private static List<string> CoveredAreas(IReadOnlyList<IReadOnlyList<Envelope>> streams)
    {
        var uris = new SortedSet<string>(StringComparer.Ordinal);
        var pickleUris = new Dictionary<string, string>(StringComparer.Ordinal);
        var ran = new HashSet<string>(StringComparer.Ordinal);
        foreach (var envelope in streams.SelectMany(stream => stream))
        {
            if (envelope.GherkinDocument is { } document)
            {
                uris.Add(document.Uri);
            }
            else if (envelope.Pickle is { } pickle)
            {
                pickleUris.TryAdd(pickle.Id, pickle.Uri);
            }
            else if (envelope.TestCase is { } testCase)
            {
                ran.Add(testCase.PickleId);
            }
        }

        var root = DocsModelBuilder.CommonFolder([.. uris]);
        return ran.Select(pickle => pickleUris.GetValueOrDefault(pickle)).OfType<string>()
            .Select(uri => DocsModelBuilder.Humanize(DocsModelBuilder.AreaId(DocsModelBuilder.FeatureId(uri, root))))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"`([A-Z][A-Za-z0-9]*)")]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"^Area\s+\d+\s*[—–-]\s*")]
    private static partial Regex AreaNumber();
}
