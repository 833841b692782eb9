using System.Globalization;
using System.Text.Json.Nodes;
using Io.Cucumber.Messages.Types;
using Specs.Runner.Discovery;
using Specs.Runner.Reporting;

namespace Specs.Runner.LivingDocs;

/// <summary>
/// Builds the living documentation's model from message streams alone. Several streams (shards of one
/// suite) merge: features and pickles by their derived ids, which agree across shards because they come
/// from the file's uri and content; a pickle takes its result from the stream that ran it. A pickle no
/// stream ran is "not run". The scenario record, the verification findings and the contract catalog are
/// read from the attachments the run left in the stream.
/// </summary>
public static partial class DocsModelBuilder
{
    public const string ScenarioRecordFileName = "scenario-record.json";

    /// <summary>Past events shown as cards per scenario; the rest are counted ("and 480 more past events").</summary>
    public const int MaxGivenCards = 20;

    /// <summary>
    /// The model of the streams' scenarios. <paramref name="launcher"/> starts the commands a finding's page tells the
    /// reader to run (the tool as the process building the site was launched: `specs` when installed).
    /// </summary>
    public static DocsModel Build(IReadOnlyList<IReadOnlyList<Envelope>> streams, string title = "Living documentation", string launcher = Output.Launcher.AtRoot)
    {
        ArgumentNullException.ThrowIfNull(streams);
        var documents = new SortedDictionary<string, GherkinDocument>(StringComparer.Ordinal);
        var pickles = new Dictionary<string, Pickle>(StringComparer.Ordinal);
        var pickleOrder = new List<string>();
        var outcomes = new Dictionary<string, (TestCaseOutcome Outcome, Dictionary<string, List<Attachment>> Attachments)>(StringComparer.Ordinal);
        JsonObject? catalog = null;
        JsonObject? rules = null;
        string? finishedAt = null;
        var problems = new List<string>();
        foreach (var stream in streams)
        {
            var attachments = new Dictionary<string, List<Attachment>>(StringComparer.Ordinal);
            foreach (var envelope in stream)
            {
                if (envelope.GherkinDocument is { } document)
                {
                    documents[document.Uri] = document;
                }
                else if (envelope.Pickle is { } pickle && pickles.TryAdd(pickle.Id, pickle))
                {
                    pickleOrder.Add(pickle.Id);
                }
                else if (envelope.Attachment is { } attachment)
                {
                    if (attachment.FileName == ContractCatalogAttachment.FileName)
                    {
                        catalog ??= JsonNode.Parse(attachment.Body) as JsonObject;
                    }
                    else if (attachment.FileName == RuleCatalogAttachment.FileName)
                    {
                        rules ??= JsonNode.Parse(attachment.Body) as JsonObject;
                    }
                    else if (attachment.TestCaseStartedId is { } started)
                    {
                        if (!attachments.TryGetValue(started, out var list))
                        {
                            attachments[started] = list = [];
                        }

                        list.Add(attachment);
                    }
                }
                else if (envelope.ParseError is { } parseError)
                {
                    problems.Add($"{parseError.Source.Uri}:{parseError.Source.Location?.Line}: {parseError.Message}");
                }
                else if (envelope.TestRunFinished is { } finished)
                {
                    var instant = DateTimeOffset.FromUnixTimeSeconds(finished.Timestamp.Seconds).AddTicks(finished.Timestamp.Nanos / 100);
                    var text = instant.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
                    finishedAt = finishedAt is null || string.CompareOrdinal(text, finishedAt) > 0 ? text : finishedAt;
                }
            }

            var digest = new RunDigest(stream, strict: true);
            foreach (var outcome in digest.TestCases)
            {
                outcomes[outcome.Last.Pickle.Id] = (outcome, attachments);
            }
        }

        if (catalog is not null && (int?)catalog["version"] != ContractCatalogAttachment.Version)
        {
            problems.Add($"the contract catalog in the stream has version {catalog["version"]}; this runner reads version {ContractCatalogAttachment.Version}, so the glossary is empty");
            catalog = null;
        }

        if (rules is not null && (int?)rules["version"] != RuleCatalogAttachment.Version)
        {
            problems.Add($"the rules in the stream have version {rules["version"]}; this runner reads version {RuleCatalogAttachment.Version}, so the site shows no rules");
            rules = null;
        }

        RunScope? scope = null;
        try
        {
            scope = RunScope.Read(streams);
        }
        catch (InvalidDataException error)
        {
            problems.Add(error.Message + ", so the site reads the run as one of the whole corpus");
        }

        var root = CommonFolder(documents.Keys.ToList());
        var indexes = documents.ToDictionary(pair => pair.Key, pair => new GherkinDocumentIndex(pair.Value), StringComparer.Ordinal);
        // Ids first, in document order (a scenario's id depends on the ones before it); then each scenario's story and
        // each feature's description, in parallel: parsing and trimming ~500 scenario records was most of the time
        // `specs verify` spent after its run, with the other core often idle.
        var scenarioIds = new HashSet<string>(StringComparer.Ordinal);
        var plannedFeatures = new List<(string Id, string Uri, Feature Feature, int FirstScenario, int ScenarioCount)>();
        var plannedScenarios = new List<Func<DocsScenario>>();
        foreach (var (uri, document) in documents)
        {
            if (document.Feature is null)
            {
                continue;
            }

            var featureId = FeatureId(uri, root);
            var index = indexes[uri];
            var first = plannedScenarios.Count;
            var sameName = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var pickle in pickleOrder.Select(id => pickles[id]).Where(pickle => pickle.Uri == uri))
            {
                var occurrence = sameName[pickle.Name] = sameName.GetValueOrDefault(pickle.Name) + 1;
                var id = UniqueId(featureId + "/" + Slug(pickle.Name), scenarioIds);
                var compareKey = $"{uri}|{pickle.Name}|{occurrence.ToString(CultureInfo.InvariantCulture)}";
                plannedScenarios.Add(outcomes.TryGetValue(pickle.Id, out var ran)
                    ? () => RanScenario(id, featureId, compareKey, pickle, index, ran.Outcome, ran.Attachments, launcher)
                    : () => NotRunScenario(id, featureId, compareKey, pickle, index));
            }

            plannedFeatures.Add((featureId, uri, document.Feature, first, plannedScenarios.Count - first));
        }

        var scenarios = new DocsScenario[plannedScenarios.Count];
        ParallelWork.For(scenarios.Length, i => scenarios[i] = plannedScenarios[i]());
        var features = new DocsFeature[plannedFeatures.Count];
        ParallelWork.For(features.Length, i =>
        {
            var (featureId, uri, feature, first, count) = plannedFeatures[i];
            var description = feature.Description ?? "";
            features[i] = new DocsFeature(
                featureId, uri, AreaId(featureId), feature.Name,
                feature.Tags.Select(tag => tag.Name).ToList(),
                MarkdownText.ToHtml(description), MarkdownText.Plain(description),
                scenarios.Skip(first).Take(count).Select(scenario => scenario.Id).ToList());
        });

        // An area's features in the order of the business flow its rules number (placing orders, R-5.1, before the
        // moving average cost, R-5.6), not by file name; a feature that pins none of the area's rules comes after, by
        // file. The area's rules are those of the rule-area number most of its tags share: a refusal scenario may also
        // cite another area's rule (an inactive product, R-1.3), which says nothing of where its feature belongs.
        var scenarioTags = scenarios.ToDictionary(scenario => scenario.Id, scenario => scenario.Tags, StringComparer.Ordinal);
        IEnumerable<(int Area, int Rule)> RulesOf(DocsFeature feature) => feature.Tags.Concat(feature.ScenarioIds.SelectMany(id => scenarioTags[id]))
            .Select(tag => tag.TrimStart('@'))
            .Where(Inventory.Scenarios.RuleTags.IsRuleId)
            .Select(RuleNumber);
        List<string> InFlowOrder(IEnumerable<DocsFeature> group)
        {
            var members = group.ToList();
            var ruleArea = members.SelectMany(RulesOf).GroupBy(rule => rule.Area).OrderByDescending(rules => rules.Count()).ThenBy(rules => rules.Key)
                .Select(rules => (int?)rules.Key).FirstOrDefault();
            return members.OrderBy(feature => RulesOf(feature).Where(rule => rule.Area == ruleArea).DefaultIfEmpty((int.MaxValue, int.MaxValue)).Min())
                .Select(feature => feature.Id).ToList();
        }

        var areas = features.GroupBy(feature => feature.AreaId, StringComparer.Ordinal)
            .Select(group => new DocsArea(group.Key, Humanize(group.Key), InFlowOrder(group),
                StatusCounts.Of(scenarios.Where(scenario => AreaId(scenario.FeatureId) == group.Key))))
            .ToList();
        var glossary = Glossary(catalog, scenarios, scope);
        return new DocsModel(title, finishedAt, streams.Count, areas, features, scenarios, glossary, problems)
        {
            Rules = Rules(rules, catalog, glossary, scenarios, scope),
            RulesSource = (string?)rules?["source"],
            Scope = scope,
        };
    }

    private static DocsScenario RanScenario(
        string id, string featureId, string compareKey, Pickle pickle, GherkinDocumentIndex index, TestCaseOutcome outcome, Dictionary<string, List<Attachment>> attachments, string launcher)
    {
        var last = outcome.Last;
        var results = last.TestCase.TestSteps.Where(step => step.PickleStepId is not null)
            .ToDictionary(step => step.PickleStepId!, step => last.StepResults.GetValueOrDefault(step.Id), StringComparer.Ordinal);
        var steps = pickle.Steps.Select(step =>
        {
            var result = results.GetValueOrDefault(step.Id);
            return Step(step, index, result?.Status.ToString().ToLowerInvariant() ?? "unknown", result is null ? 0 : Milliseconds(result.Duration),
                result?.Status is TestStepResultStatus.FAILED or TestStepResultStatus.AMBIGUOUS or TestStepResultStatus.UNDEFINED or TestStepResultStatus.PENDING
                    ? ErrorText(result.Message, result.Status)
                    : null);
        }).ToList();
        var own = attachments.GetValueOrDefault(last.Started.Id) ?? [];
        var recordAttachment = own.LastOrDefault(attachment => attachment.FileName == ScenarioRecordFileName);
        // One parse of the record serves both: whether it carries the scenario's identity (then it is evidence),
        // and the slim copy the page shows (Slim trims the parsed object, so the identity is read first).
        var parsed = recordAttachment is null ? null : JsonNode.Parse(recordAttachment.Body) as JsonObject;
        var evidence = parsed is null ? null : Evidence(parsed, recordAttachment!.Body);
        var record = Slim(parsed);
        var location = outcome.Location;
        var findings = Findings(own, record, location, launcher);
        var status = outcome.Failed ? ScenarioStatus.Failed
            : outcome.Flaky ? ScenarioStatus.Flaky
            : last.Status == TestStepResultStatus.PASSED ? ScenarioStatus.Passed
            : ScenarioStatus.Skipped;
        var problem = last.FirstProblem;
        var failure = outcome.Failed ? Failure(record, problem, last, steps.FirstOrDefault(step => step.Status == "failed")) : null;
        var (contracts, requestContracts) = ContractsOf(record);
        return new DocsScenario(
            id, featureId, pickle.Name, index.RuleOf(pickle)?.Name, location,
            pickle.Tags.Select(tag => tag.Name).ToList(), status, last.Status.ToString().ToLowerInvariant(),
            Math.Round(last.StepTime.TotalMilliseconds, 1), outcome.Attempts.Count, steps, failure, record, findings, contracts)
        {
            CompareKey = compareKey,
            Evidence = evidence,
            RequestContracts = requestContracts,
            RuleId = RuleIdOf(index.RuleOf(pickle)),
        };
    }

    private static DocsScenario NotRunScenario(string id, string featureId, string compareKey, Pickle pickle, GherkinDocumentIndex index)
    {
        var steps = pickle.Steps.Select(step => Step(step, index, "not run", 0, null)).ToList();
        return new DocsScenario(
            id, featureId, pickle.Name, index.RuleOf(pickle)?.Name, $"{pickle.Uri}:{index.Line(pickle).ToString(CultureInfo.InvariantCulture)}",
            pickle.Tags.Select(tag => tag.Name).ToList(), ScenarioStatus.NotRun, null, 0, 0, steps, null, null, [], [])
        {
            CompareKey = compareKey,
            RuleId = RuleIdOf(index.RuleOf(pickle)),
        };
    }

    // "R-5.12" → (5, 12), so R-5.2 orders before R-5.12; a number too long for an int (a tag is free text) orders last.
    private static (int Area, int Rule) RuleNumber(string ruleId)
    {
        var dot = ruleId.IndexOf('.', StringComparison.Ordinal);
        return int.TryParse(ruleId.AsSpan(2, dot - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var area)
            && int.TryParse(ruleId.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var rule)
            ? (area, rule)
            : (int.MaxValue, int.MaxValue);
    }

    /// <summary>The first rule id among a Gherkin Rule's own tags; null for a scenario outside a Rule or a Rule without one.</summary>
    private static string? RuleIdOf(Rule? rule) =>
        rule is null ? null : Inventory.Scenarios.RuleTags.RuleIds(rule.Tags.Select(tag => tag.Name)) is [var first, ..] ? first : null;

    private static DocsStep Step(PickleStep step, GherkinDocumentIndex index, string status, double durationMs, string? error)
    {
        var source = index.Step(step);
        var background = source is not null && index.Feature is { } feature && IsBackgroundStep(feature, source.Id);
        var table = step.Argument?.DataTable?.Rows.Select(row => (IReadOnlyList<string>)row.Cells.Select(cell => cell.Value).ToList()).ToList();
        return new DocsStep(source?.Keyword.Trim() ?? "*", step.Text, background, status, durationMs, table, step.Argument?.DocString?.Content, error);
    }

    private static bool IsBackgroundStep(Feature feature, string stepId) =>
        feature.Children.Any(child => child.Background?.Steps.Any(step => step.Id == stepId) == true
            || child.Rule?.Children.Any(ruleChild => ruleChild.Background?.Steps.Any(step => step.Id == stepId) == true) == true);

    private static double Milliseconds(Duration duration) => Math.Round((duration.Seconds * 1_000_000_000.0 + duration.Nanos) / 1_000_000.0, 1);
}
