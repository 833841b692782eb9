using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Io.Cucumber.Messages.Types;
using Specs.Runner.Discovery;
using Specs.Runner.Reporting;
using Specs.Runner.Reporting.Coverage;

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

    public static DocsModel Build(IReadOnlyList<IReadOnlyList<Envelope>> streams, string title = "Living documentation")
    {
        ArgumentNullException.ThrowIfNull(streams);
        var documents = new SortedDictionary<string, GherkinDocument>(StringComparer.Ordinal);
        var pickles = new Dictionary<string, Pickle>(StringComparer.Ordinal);
        var pickleOrder = new List<string>();
        var outcomes = new Dictionary<string, (TestCaseOutcome Outcome, Dictionary<string, List<Attachment>> Attachments)>(StringComparer.Ordinal);
        JsonObject? catalog = null;
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
                    ? () => RanScenario(id, featureId, compareKey, pickle, index, ran.Outcome, ran.Attachments)
                    : () => NotRunScenario(id, featureId, compareKey, pickle, index));
            }

            plannedFeatures.Add((featureId, uri, document.Feature, first, plannedScenarios.Count - first));
        }

        var scenarios = new DocsScenario[plannedScenarios.Count];
        InParallel(scenarios.Length, i => scenarios[i] = plannedScenarios[i]());
        var features = new DocsFeature[plannedFeatures.Count];
        InParallel(features.Length, i =>
        {
            var (featureId, uri, feature, first, count) = plannedFeatures[i];
            var description = feature.Description ?? "";
            features[i] = new DocsFeature(
                featureId, uri, AreaId(featureId), feature.Name,
                feature.Tags.Select(tag => tag.Name).ToList(),
                MarkdownText.ToHtml(description), MarkdownText.Plain(description),
                scenarios.Skip(first).Take(count).Select(scenario => scenario.Id).ToList());
        });

        var areas = features.GroupBy(feature => feature.AreaId, StringComparer.Ordinal)
            .Select(group => new DocsArea(group.Key, Humanize(group.Key), group.Select(feature => feature.Id).ToList(),
                StatusCounts.Of(scenarios.Where(scenario => AreaId(scenario.FeatureId) == group.Key))))
            .ToList();
        var glossary = Glossary(catalog, scenarios);
        return new DocsModel(title, finishedAt, streams.Count, areas, features, scenarios, glossary, problems);
    }

    /// <summary>Runs <paramref name="body"/> for 0..count-1 in parallel; a failure surfaces as itself, as it did one by one.</summary>
    private static void InParallel(int count, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, body);
        }
        catch (AggregateException error)
        {
            // A malformed record in a hand-written stream is the user's mistake the caller reports; an
            // AggregateException would hide which one it was.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error.InnerExceptions[0]).Throw();
        }
    }

    private static DocsScenario RanScenario(
        string id, string featureId, string compareKey, Pickle pickle, GherkinDocumentIndex index, TestCaseOutcome outcome, Dictionary<string, List<Attachment>> attachments)
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
        var findings = Findings(own, record, location);
        var status = outcome.Failed ? ScenarioStatus.Failed
            : outcome.Flaky ? ScenarioStatus.Flaky
            : last.Status == TestStepResultStatus.PASSED ? ScenarioStatus.Passed
            : ScenarioStatus.Skipped;
        var problem = last.FirstProblem;
        var failure = outcome.Failed ? Failure(record, problem, last) : null;
        return new DocsScenario(
            id, featureId, pickle.Name, index.RuleOf(pickle)?.Name, location,
            pickle.Tags.Select(tag => tag.Name).ToList(), status, last.Status.ToString().ToLowerInvariant(),
            Math.Round(last.StepTime.TotalMilliseconds, 1), outcome.Attempts.Count, steps, failure, record, findings, ContractsOf(record))
        {
            CompareKey = compareKey,
            Evidence = evidence,
        };
    }

    /// <summary>
    /// What the scenario asserted, read the way the coverage report reads it, so the glossary and coverage.md agree
    /// on what is exercised. A record without the scenario's identity (a hand-written stream) asserts nothing.
    /// </summary>
    private static ScenarioEvidence? Evidence(JsonObject record, string recordJson) =>
        record["scenario"] is JsonValue && record["name"] is JsonValue
            ? ScenarioEvidence.FromRecord(recordJson)
            : null;

    private static DocsScenario NotRunScenario(string id, string featureId, string compareKey, Pickle pickle, GherkinDocumentIndex index)
    {
        var steps = pickle.Steps.Select(step => Step(step, index, "not run", 0, null)).ToList();
        return new DocsScenario(
            id, featureId, pickle.Name, index.RuleOf(pickle)?.Name, $"{pickle.Uri}:{index.Line(pickle).ToString(CultureInfo.InvariantCulture)}",
            pickle.Tags.Select(tag => tag.Name).ToList(), ScenarioStatus.NotRun, null, 0, 0, steps, null, null, [], [])
        {
            CompareKey = compareKey,
        };
    }

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

        // A check as the page lists it: what was expected, whether it held and, when not, what was found instead.
        static JsonObject Check(JsonObject source) => new()
        {
            ["expectation"] = source["expectation"]?.DeepClone(),
            ["passed"] = source["passed"]?.DeepClone(),
            ["actual"] = source["actual"]?.DeepClone(),
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

        slim["then"] = record["then"] is JsonArray then ? new JsonArray([.. then.OfType<JsonObject>().Select(check => (JsonNode)Check(check))]) : null;
        slim["findings"] = record["findings"]?.DeepClone();
        return slim;
    }

    private static List<DocsFinding> Findings(List<Attachment> attachments, JsonObject? record, string location)
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
                $"./specs.sh verify {location} {option}");
        }

        record?.Remove("findings");
        return findings.Values.OrderBy(finding => finding.Mode, StringComparer.Ordinal).ToList();
    }

    /// <summary>Expected, actual and the first difference: from the failed expectation the host recorded, else from the step's error.</summary>
    private static DocsFailure Failure(JsonObject? record, TestStepResult? problem, TestCaseAttempt last)
    {
        var message = problem is null ? "The scenario failed." : ErrorText(problem.Message, problem.Status) ?? problem.Status.ToString().ToLowerInvariant();
        var failed = (record?["then"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(expectation => (bool?)expectation["passed"] == false);
        if (failed is not null)
        {
            var expected = (string?)failed["expectation"] ?? "";
            var actual = (string?)failed["actual"] ?? "";
            return new DocsFailure(Sentence(expected), Sentence(actual), FirstDifference(expected, actual, record!), message);
        }

        if (ExpectedBut().Match(message) is { Success: true } match)
        {
            return new DocsFailure(Sentence(match.Groups[1].Value), Sentence(match.Groups[2].Value), null, message);
        }

        var status = problem?.Status ?? last.Status;
        var expectedText = status switch
        {
            TestStepResultStatus.UNDEFINED => "Every step to have a definition.",
            TestStepResultStatus.PENDING => "Every step to be implemented.",
            TestStepResultStatus.AMBIGUOUS => "Every step to match exactly one definition.",
            _ => "Every step to pass.",
        };
        return new DocsFailure(expectedText, Sentence(FirstLine(message)), null, message);
    }

    /// <summary>
    /// The first place expected and actual part: the host already names it for a wrong event ("event 2: ..."); for a
    /// wrong number of events it is the first position where the recorded type differs from the expected one.
    /// </summary>
    internal static string? FirstDifference(string expected, string actual, JsonObject record)
    {
        if (EventDifference().Match(actual) is { Success: true } eventMatch)
        {
            return Sentence(eventMatch.Value);
        }

        var recorded = ((record["outcome"] as JsonObject)?["newEvents"] as JsonArray)?.OfType<JsonObject>().Select(item => (string?)item["type"] ?? "?").ToList() ?? [];
        List<string>? expectedTypes = expected == "no new events" ? []
            : expected.StartsWith("exactly these new events: ", StringComparison.Ordinal)
                ? expected["exactly these new events: ".Length..].Split("; ").Select(item => item.Split(' ', 2)[0]).ToList()
                : null;
        if (expectedTypes is null)
        {
            return null;
        }

        for (var i = 0; i < Math.Max(expectedTypes.Count, recorded.Count); i++)
        {
            var want = i < expectedTypes.Count ? expectedTypes[i] : null;
            var got = i < recorded.Count ? recorded[i] : null;
            if (want != got)
            {
                var position = (i + 1).ToString(CultureInfo.InvariantCulture);
                return want is null ? $"Event {position}: {got} was recorded but not expected."
                    : got is null ? $"Event {position}: {want} was expected but not recorded."
                    : $"Event {position}: expected {want}, recorded {got}.";
            }
        }

        return null;
    }

    private static List<string> ContractsOf(JsonObject? record)
    {
        if (record is null)
        {
            return [];
        }

        var ids = new List<string>();
        foreach (var given in (record["given"] as JsonArray ?? []).OfType<JsonObject>())
        {
            ids.Add("event:" + (string?)given["type"]);
        }

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

        return ids.Distinct(StringComparer.Ordinal).ToList();
    }

    private static List<GlossaryEntry> Glossary(JsonObject? catalog, IReadOnlyList<DocsScenario> scenarios)
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

        foreach (var scenario in scenarios)
        {
            var checkedHere = new HashSet<string>(StringComparer.Ordinal);
            if (scenario.Evidence is { } evidence)
            {
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

        var entries = new List<GlossaryEntry>();
        var items = (catalog["contracts"] as JsonArray ?? []).Concat(catalog["errors"] as JsonArray ?? []).Concat(catalog["tables"] as JsonArray ?? []);
        foreach (var item in items.OfType<JsonObject>())
        {
            var kind = (string?)item["kind"] ?? "table";
            var name = (string?)item["name"] ?? "";
            var id = kind + ":" + name;
            var fields = (item["fields"] as JsonArray ?? []).OfType<JsonObject>()
                .Select(field => new GlossaryField((string?)field["name"] ?? "", (string?)field["type"] ?? "", (bool?)field["optional"] ?? false, (string?)field["description"] ?? ""))
                .ToList();
            var rules = (item["rules"] as JsonArray ?? []).Select(rule => (string?)rule ?? "").Where(rule => rule.Length > 0).ToList();
            entries.Add(new GlossaryEntry(id, kind, name, Humanize(name), (int?)item["id"] is { } number && number > 0 ? number : null,
                Humanize((string?)item["area"] ?? ""), rules, (string?)item["description"] ?? "", fields)
            {
                ScenarioIds = asserted.GetValueOrDefault(id) ?? [],
                UnassertedScenarioIds = appears.GetValueOrDefault(id) ?? [],
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

    /// <summary>The error without the runtime's stack frames: a product owner reads the first lines only.</summary>
    private static string? ErrorText(string? message, TestStepResultStatus status)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return status switch
            {
                TestStepResultStatus.UNDEFINED => "No step definition matches this step yet.",
                TestStepResultStatus.PENDING => "This step is not implemented yet.",
                _ => null,
            };
        }

        var lines = message.Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .TakeWhile(line => !line.TrimStart().StartsWith("at ", StringComparison.Ordinal) && !line.StartsWith("---", StringComparison.Ordinal));
        // "Specs.Inventory.Scenarios.ScenarioExpectationException: Expected ..." reads as "Expected ...".
        return ExceptionTypePrefix().Replace(string.Join('\n', lines).Trim(), "");
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0];

    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return trimmed;
        }

        trimmed = char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
        return trimmed.EndsWith('.') ? trimmed : trimmed + ".";
    }

    private static double Milliseconds(Duration duration) => Math.Round((duration.Seconds * 1_000_000_000.0 + duration.Nanos) / 1_000_000.0, 1);

    /// <summary>The folder every feature lives under (specs/ for the repository), so areas are its first-level folders.</summary>
    internal static string CommonFolder(IReadOnlyList<string> uris)
    {
        if (uris.Count == 0)
        {
            return "";
        }

        var folders = uris.Select(uri => uri.Split('/')[..^1]).ToList();
        var common = new List<string>();
        for (var i = 0; folders.All(parts => parts.Length > i) && folders.All(parts => parts[i] == folders[0][i]); i++)
        {
            common.Add(folders[0][i]);
        }

        // With a single area every feature shares its folder too; keep that folder as the area.
        if (common.Count > 0 && folders.All(parts => parts.Length == common.Count) && uris.Count > 0 && common.Count == folders[0].Length)
        {
            common.RemoveAt(common.Count - 1);
        }

        return string.Join('/', common);
    }

    internal static string FeatureId(string uri, string root)
    {
        var relative = root.Length > 0 && uri.StartsWith(root + "/", StringComparison.Ordinal) ? uri[(root.Length + 1)..] : uri;
        return relative.EndsWith(".feature", StringComparison.Ordinal) ? relative[..^".feature".Length] : relative;
    }

    internal static string AreaId(string featureId)
    {
        var slash = featureId.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? "general" : featureId[..slash];
    }

    /// <summary>"reference-data" → "Reference data"; "ProductCreated" → "Product created".</summary>
    public static string Humanize(string name)
    {
        if (name.Length == 0)
        {
            return name;
        }

        var spaced = CamelBoundary().Replace(name.Replace('-', ' ').Replace('_', ' '), " ");
        var words = spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join(' ', words.Select((word, i) => i == 0 || word.All(char.IsUpper) && word.Length > 1 ? word : word.ToLowerInvariant()));
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>A URL-safe id in words: "A product without stock" → "a-product-without-stock".</summary>
    internal static string Slug(string text)
    {
        var slug = NonWord().Replace(text.ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? "scenario" : slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }

    private static string UniqueId(string id, HashSet<string> taken)
    {
        var candidate = id;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{id}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return candidate;
    }

    [GeneratedRegex(@"^([A-Za-z_][\w]*\.)*\w*Exception: ")]
    private static partial Regex ExceptionTypePrefix();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex CamelBoundary();

    [GeneratedRegex(@"^event \d+: .*$", RegexOptions.Singleline)]
    private static partial Regex EventDifference();

    [GeneratedRegex(@"^Expected (.*?), but (.*)\.$", RegexOptions.Singleline)]
    private static partial Regex ExpectedBut();
}
