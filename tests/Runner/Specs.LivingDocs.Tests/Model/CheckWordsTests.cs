using System.Text.Json.Nodes;
using Specs.Runner.LivingDocs;

namespace Specs.LivingDocs.Tests.Model;

/// <summary>A scenario's page says its ids by the scenario's names and its differences in the cards' words, never in JSON.</summary>
public sealed class CheckWordsTests
{
    private const string SaleId = "371e805e-9c1e-8bdd-a1b2-0123456789ab";
    private const string UnnamedId = "8b4b341b-0000-4000-8000-000000000009";

    [Fact]
    public void Named_ids_are_replaced_in_fields_messages_and_checks_and_other_ids_stay()
    {
        var names = ScenarioNames.Of(new JsonObject { ["names"] = new JsonArray(new JsonObject { ["id"] = SaleId.ToUpperInvariant(), ["name"] = "S-1" }) });
        var slim = JsonNode.Parse("""
            {"outcome":{"refusal":{"message":"The line for sale SALE on picklist PICKLIST needs 2 more units.","detail":{"saleId":"SALE"}}},
             "given":[{"fields":{"lines":[{"saleId":"SALE","quantity":2}]}}]}
            """.Replace("SALE", SaleId, StringComparison.Ordinal).Replace("PICKLIST", UnnamedId, StringComparison.Ordinal))!.AsObject();

        names.Apply(slim);

        Assert.Equal($"The line for sale S-1 on picklist {UnnamedId} needs 2 more units.", (string?)slim["outcome"]!["refusal"]!["message"]);
        Assert.Equal("S-1", (string?)slim["outcome"]!["refusal"]!["detail"]!["saleId"]);
        Assert.Equal("S-1", (string?)slim["given"]![0]!["fields"]!["lines"]![0]!["saleId"]);
        Assert.Equal(2, (int?)slim["given"]![0]!["fields"]!["lines"]![0]!["quantity"]);
    }

    [Fact]
    public void Ids_that_share_a_name_keep_their_ids_so_two_sales_never_read_as_one()
    {
        var names = ScenarioNames.Of(new JsonObject
        {
            ["names"] = new JsonArray(
                new JsonObject { ["id"] = SaleId, ["name"] = "S-1" },
                new JsonObject { ["id"] = UnnamedId, ["name"] = "S-1" }),
        });

        Assert.Equal($"sale {SaleId} and sale {UnnamedId}", names.Apply($"sale {SaleId} and sale {UnnamedId}"));
    }

    [Fact]
    public void A_record_without_names_leaves_every_text_as_it_is()
    {
        var text = $"There is no picklist {UnnamedId}.";

        Assert.Same(text, ScenarioNames.Of(new JsonObject()).Apply(text));
    }

    [Fact]
    public void A_wrong_field_is_said_with_the_cards_label_and_value()
    {
        var difference = Difference("""{"event":2,"type":"LotRegistered","field":"expiresAtUnixMs","expected":"1775001600000","found":"1775088000000"}""");

        Assert.Equal("Lot registered (event 2), Expires at: 2026-04-02 was recorded, where the scenario expects 2026-04-01",
            DocsModelBuilder.DifferenceInWords(difference, expectedEvents: 3));
        Assert.Equal("Lot registered, Expires at: 2026-04-02 was recorded, where the scenario expects 2026-04-01",
            DocsModelBuilder.DifferenceInWords(difference, expectedEvents: 1));
    }

    [Fact]
    public void A_wrong_line_names_the_line_and_its_field_and_a_wrong_number_of_lines_counts_them()
    {
        var oneLine = Difference("""
            {"event":1,"type":"PurchaseOrderCreated","field":"lines",
             "expected":"[{\"sku\":\"SKU-1\",\"quantity\":5},{\"sku\":\"SKU-2\",\"quantity\":3,\"unitCostMinor\":100}]",
             "found":"[{\"sku\":\"SKU-1\",\"quantity\":5},{\"sku\":\"SKU-2\",\"quantity\":3,\"unitCostMinor\":250}]"}
            """);
        var lineCount = Difference("""{"event":1,"type":"PurchaseOrderCreated","field":"lines","expected":"[{\"sku\":\"SKU-1\"}]","found":"[{\"sku\":\"SKU-1\"},{\"sku\":\"SKU-2\"}]"}""");

        Assert.Equal("Purchase order created, Lines, line 2, Unit cost: 250 was recorded, where the scenario expects 100",
            DocsModelBuilder.DifferenceInWords(oneLine, expectedEvents: 1));
        Assert.Equal("Purchase order created, Lines: 2 lines recorded, where the scenario expects 1",
            DocsModelBuilder.DifferenceInWords(lineCount, expectedEvents: 1));
    }

    [Fact]
    public void Another_event_in_place_and_placeholders_are_said_in_words()
    {
        Assert.Equal("event 1 is Product deactivated, where the scenario expects Product updated",
            DocsModelBuilder.DifferenceInWords(Difference("""{"event":1,"type":"ProductUpdated","foundType":"ProductDeactivated"}"""), 1));
        Assert.Equal("Picklist created, Picklist ID: none was recorded, where the scenario expects a new id",
            DocsModelBuilder.DifferenceInWords(Difference("""{"event":1,"type":"PicklistCreated","field":"picklistId","expected":"<id>"}"""), 1));
    }

    [Fact]
    public void A_wrong_answer_is_said_by_the_refusals_glossary_name_its_rule_and_its_message()
    {
        var refused = JsonNode.Parse("""{"status":"refused","refusal":{"error":"NotOnPicklist","rule":"R-8.1","message":"Picklist P-1 has no line for 'SKU-100'."}}""")!.AsObject();
        var accepted = JsonNode.Parse("""{"status":"accepted"}""")!.AsObject();

        Assert.Equal("it was refused: Not on picklist (R-8.1): Picklist P-1 has no line for 'SKU-100'.", DocsModelBuilder.AnswerInWords(refused));
        Assert.Equal("it was accepted", DocsModelBuilder.AnswerInWords(accepted));
        Assert.Null(DocsModelBuilder.AnswerInWords(null));
    }

    [Fact]
    public void A_wrong_number_of_events_names_the_first_position_where_they_part()
    {
        var record = JsonNode.Parse("""{"outcome":{"newEvents":[{"type":"ItemPicked"},{"type":"PicklistCompleted"}]}}""")!.AsObject();

        Assert.Equal("Event 2: Picklist completed was recorded but not expected.",
            DocsModelBuilder.FirstDifference(JsonNode.Parse("""{"events":["ItemPicked"]}""")!.AsObject(), record));
        Assert.Equal("Event 1: Pick shorted was expected, Item picked was recorded.",
            DocsModelBuilder.FirstDifference(JsonNode.Parse("""{"events":["PickShorted"]}""")!.AsObject(), record));
        Assert.Null(DocsModelBuilder.FirstDifference(JsonNode.Parse("""{"expectation":"the command to be accepted"}""")!.AsObject(), record));
    }

    private static JsonObject Difference(string json) => JsonNode.Parse(json)!.AsObject();
}
