using System.Text.Json.Nodes;
using Specs.LivingDocs.Tests.Support;
using Specs.Runner.LivingDocs;
using Specs.Runner.Reporting;

namespace Specs.LivingDocs.Tests.Model;

/// <summary>What the living documentation knows comes from the stream alone: features, results, records, findings, the catalog.</summary>
public sealed class StreamToModelTests(FixtureSite site)
{
    private DocsModel Model => DocsModelBuilder.Build([NdjsonReport.Read(File.ReadAllText(site.Ndjson))]);

    [Fact]
    public void The_fixture_run_fails_only_its_deliberately_failing_scenario()
    {
        Assert.Equal(1, site.ExitCode);
        Assert.Equal(["A deactivated product is expected to record the wrong event (fails on purpose)"],
            Model.Scenarios.Where(scenario => scenario.Status == ScenarioStatus.Failed).Select(scenario => scenario.Name));
    }

    [Fact]
    public void Areas_are_the_folders_of_the_feature_root_with_their_counts()
    {
        var areas = Model.Areas.ToDictionary(area => area.Id);

        Assert.Equal(["catalog", "reference-data"], areas.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Reference data", areas["reference-data"].Name);
        Assert.Equal(new StatusCounts(2, 1, 0, 0, 0), areas["catalog"].Counts);
        Assert.Equal(new StatusCounts(2, 0, 0, 0, 0), areas["reference-data"].Counts);
    }

    [Fact]
    public void A_feature_description_is_rendered_from_markdown_without_raw_html()
    {
        var feature = Model.Features.Single(feature => feature.Id == "catalog/products");

        Assert.Contains("<strong>catalog</strong>", feature.DescriptionHtml);
        Assert.Contains("<table>", feature.DescriptionHtml);
        Assert.Contains("The catalog lists every product", feature.DescriptionText);
        Assert.DoesNotContain("<img", feature.DescriptionHtml);
        Assert.Contains("[image: a picture that must not load]", feature.DescriptionHtml);
    }

    [Fact]
    public void A_failed_scenario_says_what_was_expected_what_happened_and_the_first_difference()
    {
        var failure = Model.Scenarios.Single(scenario => scenario.Status == ScenarioStatus.Failed).Failure!;

        // The step lists the events in a table, so the expectation names them; the event in their place says where
        // they part, so no first difference repeats it.
        Assert.Equal("Recorded, exactly: Product updated.", failure.Expected);
        Assert.Equal("Event 1 is Product deactivated, where the scenario expects Product updated.", failure.Actual);
        Assert.Null(failure.FirstDifference);
    }

    [Fact]
    public void Steps_keep_their_keywords_results_and_data_tables()
    {
        var scenario = Model.Scenarios.Single(scenario => scenario.Name == "Reasons already known stay listed by name");

        Assert.Equal(["Given", "When", "Then"], scenario.Steps.Select(step => step.Keyword));
        Assert.All(scenario.Steps, step => Assert.Equal("passed", step.Status));
        Assert.Equal([["name", "description"], ["Theft", "Stock that went missing"]], scenario.Steps[0].Table);
        Assert.Equal(["@reference-data", "@R-14.1", "@slow"], scenario.Tags);
    }

    [Fact]
    public void The_scenario_record_names_the_contracts_involved()
    {
        var scenario = Model.Scenarios.Single(scenario => scenario.Name == "A code already used is refused");

        // The request's and the outcome's first; the past events' set-up after them.
        Assert.Equal(["command:CreateProduct", "error:CodeAlreadyUsed", "event:ProductCreated"], scenario.Contracts);
        Assert.Equal(2, scenario.RequestContracts);
        Assert.Equal("CodeAlreadyUsed", (string?)scenario.Record!["outcome"]!["refusal"]!["error"]);
        Assert.Null(scenario.Record["outcome"]!["views"]);
    }

    [Fact]
    public void Verification_findings_come_with_their_reproduction_commands()
    {
        var scenario = Model.Scenarios.Single(scenario => scenario.Name == "A new product is recorded");

        Assert.Equal(["idempotency", "replay-check"], scenario.Findings.Select(finding => finding.Mode));
        Assert.All(scenario.Findings, finding => Assert.True(finding.Passed));
        Assert.Equal($"./specs.sh verify {scenario.Location} --replay-check", scenario.Findings[1].Reproduce);
    }

    [Fact]
    public void Reproduction_commands_start_as_the_tool_that_builds_the_site_was_launched()
    {
        // An installed tool is `specs`: a page that said ./specs.sh named a file the reader does not have.
        var model = DocsModelBuilder.Build([NdjsonReport.Read(File.ReadAllText(site.Ndjson))], launcher: "specs");
        var scenario = model.Scenarios.Single(scenario => scenario.Name == "A new product is recorded");

        Assert.Equal([$"specs verify {scenario.Location} --idempotency", $"specs verify {scenario.Location} --replay-check"], scenario.Findings.Select(finding => finding.Reproduce));
    }

    [Fact]
    public void The_glossary_holds_every_contract_and_refusal_with_descriptions_and_marks_gaps()
    {
        var glossary = Model.Glossary.ToDictionary(entry => entry.Id);

        Assert.Equal(Inventory.Contracts.ContractCatalog.Contracts.Count + Inventory.Contracts.ContractCatalog.Tables.Count
            + Inventory.Scenarios.SystemVocabulary.Errors.Count,
            glossary.Count);
        Assert.All(glossary.Values, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Description), entry.Id + " has no description"));
        var refusal = glossary["error:CodeAlreadyUsed"];
        Assert.Equal(["R-1.1"], refusal.Rules);
        Assert.StartsWith("The code is already a SKU", refusal.Description);
        Assert.Equal(["code", "existingCode", "usedBySku"], refusal.Fields.Select(field => field.Name));
        Assert.Contains("catalog/products/a-code-already-used-is-refused", refusal.ScenarioIds);
        Assert.Equal("Stock keeping unit: the product's unique code.", glossary["event:ProductCreated"].Fields.Single(field => field.Name == "sku").Description);
        Assert.Empty(glossary["command:StartCount"].ScenarioIds);
    }

    [Fact]
    public void The_glossary_counts_as_exercised_only_what_a_check_that_held_asserted()
    {
        var glossary = Model.Glossary.ToDictionary(entry => entry.Id);
        const string Failing = "catalog/products/a-deactivated-product-is-expected-to-record-the-wrong-event-fails-on-purpose";
        const string Refused = "catalog/products/a-code-already-used-is-refused";

        // The failing scenario sent its command, but its checks did not hold: the command appears there, unchecked.
        var deactivate = glossary.Values.Single(entry => entry.Kind == "command" && entry.UnassertedScenarioIds.Contains(Failing));
        Assert.DoesNotContain(Failing, deactivate.ScenarioIds);
        // A past event is set-up, not a check: ProductCreated is only given in the refusal scenario.
        Assert.Contains(Refused, glossary["event:ProductCreated"].UnassertedScenarioIds);
        Assert.DoesNotContain(Refused, glossary["event:ProductCreated"].ScenarioIds);
        // The refusal there is asserted by a check that held.
        Assert.Contains(Refused, glossary["error:CodeAlreadyUsed"].ScenarioIds);
        Assert.DoesNotContain(Refused, glossary["error:CodeAlreadyUsed"].UnassertedScenarioIds);
    }

    [Fact]
    public void The_catalog_travels_once_as_a_run_level_attachment()
    {
        var catalogs = NdjsonReport.Read(File.ReadAllText(site.Ndjson)).Where(envelope => envelope.Attachment?.FileName == ContractCatalogAttachment.FileName).ToList();

        var attachment = Assert.Single(catalogs).Attachment!;
        Assert.NotNull(attachment.TestRunStartedId);
        Assert.Null(attachment.TestCaseStartedId);
        Assert.Equal(ContractCatalogAttachment.Version, (int?)JsonNode.Parse(attachment.Body)!["version"]);
    }

    [Fact]
    public void The_catalog_lists_exactly_the_refusals_the_coverage_report_demands()
    {
        var errors = JsonNode.Parse(ContractCatalogAttachment.Render())!["errors"]!.AsArray()
            .Select(error => (string)error!["name"]!)
            .Order(StringComparer.Ordinal)
            .ToList();

        // UnrecognizedRefusal (the codec's stand-in for a renamed error type) is no decider's refusal: listing it
        // would show the glossary a gap no scenario could ever close.
        Assert.DoesNotContain("UnrecognizedRefusal", errors);
        Assert.Equal(Specs.Inventory.Scenarios.SystemVocabulary.Errors, errors);
    }
}
