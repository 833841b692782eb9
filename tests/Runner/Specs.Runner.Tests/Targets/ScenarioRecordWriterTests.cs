using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Specs.Inventory.Scenarios;
using Specs.Runner.Targets;

namespace Specs.Runner.Tests.Targets;

/// <summary>
/// The record attached to every scenario is written by generated code (<see cref="ScenarioRecordWriter"/>); System.Text.Json's
/// reflection serializer, with the options the record was always written with, is the oracle it must match byte for byte.
/// </summary>
public sealed class ScenarioRecordWriterTests
{
    private static readonly JsonSerializerOptions Oracle = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private static JsonObject Fields() => new()
    {
        ["sku"] = "SKU-100 <blue> & \"mug\" +1 é",
        ["quantity"] = 3,
        ["lines"] = new JsonArray(new JsonObject { ["bin"] = "A-01", ["note"] = null }),
    };

    [Fact]
    public void A_record_with_every_field_set_is_written_as_the_serializer_writes_it()
    {
        var record = new ScenarioRecord
        {
            Scenario = "specs/purchasing/receiving.feature:26",
            Name = "Goods received at the dock are on hand </script>",
            Target = "lmdb",
            Modes = ["idempotency", "replay-check"],
            ClockStartsAt = "2026-03-01T09:00:00.000Z",
            Rules = ["R-4.3", "R-4.4"],
            When = new WhenRecord("command", "ReceiveGoods", "scenario-0011aabb", Fields(), "2026-03-02T00:00:00.000Z", 7),
            Outcome = new OutcomeRecord(
                new JsonObject { ["status"] = "accepted", ["events"] = 2 },
                [new EventRecordData(12, "sku-SKU-100", 3, Guid.Parse("0196f2a8-1c2d-8e3f-9a4b-5c6d7e8f9a0b"), "2026-03-01T09:00:00.000Z", "GoodsReceived", Fields())],
                [new ViewRecord("stock", [new ViewEntryRecord("(\"SKU-100\", \"A-01\")", "(10, 0)")]), new ViewRecord("empty", [])],
                "a refusal"),
        };
        record.Setup.Add(new SetupFact("the clock reads", "2026-03-01T09:00:00.000Z"));
        record.Given.Add(new GivenRecord(Guid.Parse("8e3f0196-f2a8-8c2d-9a4b-5c6d7e8f9a0b"), "sku-SKU-100", "2026-02-28T10:00:00.000Z", "ProductCreated", Fields()));
        record.Then.Add(new ExpectationRecord("the command is accepted", true, "accepted") { Events = ["GoodsReceived"], Error = "QuantityShort" });
        record.Then.Add(new ExpectationRecord("nothing is recorded", false, null) { Events = [] });
        record.Findings.Add(new VerificationFinding(VerificationFinding.IdempotencyMode, "specs/a.feature:3", "A", false, "The second delivery recorded 1 event.", "event 13"));

        Assert.Equal(JsonSerializer.Serialize(record, Oracle), ScenarioRecordWriter.Serialize(record));
    }

    [Fact]
    public void A_record_whose_optional_fields_are_null_leaves_them_out_as_the_serializer_does()
    {
        var record = new ScenarioRecord
        {
            Scenario = "specs/a.feature:3",
            Name = "A",
            Target = "sim",
            Modes = [],
            ClockStartsAt = "2026-03-01T09:00:00.000Z",
            When = new WhenRecord("clock", "AdvanceClock", null, null, "2026-03-02T00:00:00.000Z", null),
        };
        record.Then.Add(new ExpectationRecord("the view reads", true, null));

        Assert.Equal(JsonSerializer.Serialize(record, Oracle), ScenarioRecordWriter.Serialize(record));
        var finding = new VerificationFinding(VerificationFinding.ReplayMode, "specs/a.feature:3", "A", true, "Every view rebuilt the same.", null);
        Assert.Equal(JsonSerializer.Serialize(finding, Oracle), ScenarioRecordWriter.Serialize(finding));
    }
}
