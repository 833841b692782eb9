using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Specs.Runner.LivingDocs;

namespace Specs.LivingDocs.Tests.Model;

/// <summary>
/// The site's data is written by a generated writer; System.Text.Json's reflection serializer with the options the
/// model was written with before (camelCase, nulls left out, enums by camelCase name) is its oracle, byte for byte,
/// on a model where every kind of field is set (tables, records, failures, findings, glossary, removed scenarios)
/// and on one where every optional field is null.
/// </summary>
public sealed class SiteDataWriterTests
{
    private static readonly JsonSerializerOptions Oracle = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public void A_model_with_every_field_set_is_written_as_the_serializer_writes_it()
    {
        var step = new DocsStep("Given ", "a table with \"quotes\", <angles> & ünïcode", Background: true, "passed", 1.25, [["sku", "qty"], ["SKU-1", "3"]], "doc\nstring", "boom");
        var scenario = new DocsScenario(
            "area/feature/a", "area/feature", "A scenario", "A rule", "specs/area/feature.feature:7", ["@R-1.1", "@slow"],
            ScenarioStatus.Failed, "FAILED", 12.5, 2, [step],
            new DocsFailure("expected", "actual", "$.events[0]", "message"),
            new JsonObject { ["given"] = new JsonArray(1, "two", null), ["when"] = new JsonObject { ["command"] = "AddItem" } },
            [new DocsFinding("idempotency", Passed: false, "differs", "$.views", "./specs.sh verify x:1 --idempotency")],
            ["ItemAdded"])
        {
            CompareKey = "never written",
            Evidence = null,
            Change = ScenarioChange.NewlyFailing,
            PreviousStatus = ScenarioStatus.Passed,
        };
        var model = new DocsModel(
            "Docs", "2026-11-27 15:00 UTC", 2,
            [new DocsArea("area", "Area", ["area/feature"], new StatusCounts(1, 2, 3, 4, 5))],
            [new DocsFeature("area/feature", "specs/area/feature.feature", "area", "Feature", ["@area"], "<p>html</p>", "text", ["area/feature/a"])],
            [scenario],
            [new GlossaryEntry("event-ItemAdded", "event", "ItemAdded", "Item added", 12, "Ledger", ["R-1.1"], "Added.", [new GlossaryField("sku", "string", Optional: false, "The SKU.")])
            {
                ScenarioIds = ["area/feature/a"],
                UnassertedScenarioIds = ["area/feature/b"],
            }],
            ["a problem"])
        {
            Removed = [new RemovedScenario("key", "Gone", "specs/gone.feature:3", ScenarioStatus.Flaky)],
            ComparedWith = "previous/cucumber.ndjson",
        };

        Assert.Equal(JsonSerializer.Serialize(model, Oracle), System.Text.Encoding.UTF8.GetString(DocsSiteWriter.Serialize(model)));
    }

    [Fact]
    public void A_model_with_every_optional_field_null_is_written_as_the_serializer_writes_it()
    {
        var step = new DocsStep("When ", "nothing", Background: false, "skipped", 0, Table: null, DocString: null, Error: null);
        var scenario = new DocsScenario(
            "a/b/c", "a/b", "C", Rule: null, "specs/a/b.feature:1", [], ScenarioStatus.NotRun, RawStatus: null, 0, 0, [step],
            Failure: null, Record: null, Findings: [], Contracts: []);
        var model = new DocsModel("Docs", RunFinishedAt: null, 1, [], [], [scenario], [], []);

        Assert.Equal(JsonSerializer.Serialize(model, Oracle), System.Text.Encoding.UTF8.GetString(DocsSiteWriter.Serialize(model)));
    }
}
