using System.Text;
using Io.Cucumber.Messages.Types;
using Specs.LivingDocs.Tests.Support;
using Specs.Runner.LivingDocs;
using Specs.Runner.Reporting;

namespace Specs.LivingDocs.Tests.Model;

/// <summary>
/// The rules and the run's selection reach the model from the stream alone. The fixture run gives the fixture's rules file
/// and selects Fixtures/specs, which is not the corpus of the repository's specs.json: a partial run covering Catalog and
/// Reference data, whose rules and terms of other areas are not in this run rather than gaps.
/// </summary>
public sealed class RulesAndScopeTests(FixtureSite site)
{
    private const string NewProduct = "catalog/products/a-new-product-is-recorded";
    private const string CodeUsed = "catalog/products/a-code-already-used-is-refused";

    private List<Envelope> Stream => NdjsonReport.Read(File.ReadAllText(site.Ndjson));

    [Fact]
    public void The_rules_reach_the_model_with_their_text_what_their_row_links_them_to_their_terms_and_scenarios()
    {
        var model = DocsModelBuilder.Build([Stream]);
        var rules = model.Rules.ToDictionary(rule => rule.Id);

        Assert.Equal(["R-1.1", "R-1.2", "R-1.6", "R-5.1", "R-14.1"], model.Rules.Select(rule => rule.Id));
        Assert.Equal(FixtureSite.RulesFile, model.RulesSource);
        var unique = rules["R-1.1"];
        Assert.Equal("Area 1 — Catalog", unique.Area);
        Assert.Equal("A SKU is unique without regard to case: a second product with a SKU already used is refused.", unique.Text);
        Assert.Equal(["command → events", "refusal", "pinned by"], unique.Links.Select(link => link.Heading));
        Assert.Equal("`CreateProduct` → `ProductCreated`", unique.Links[0].Text);
        Assert.Equal(["command:CreateProduct", "event:ProductCreated", "error:CodeAlreadyUsed"], unique.Terms);
        Assert.Equal([NewProduct, CodeUsed], unique.ScenarioIds);
        Assert.Empty(model.Problems);
    }

    [Fact]
    public void The_rules_travel_once_after_the_contract_catalog_and_before_the_selection()
    {
        var runLevel = Stream.SkipWhile(envelope => envelope.TestRunStarted is null).Skip(1)
            .TakeWhile(envelope => envelope.Attachment is { TestCaseStartedId: null })
            .Select(envelope => envelope.Attachment!.FileName).ToList();

        Assert.Equal([ContractCatalogAttachment.FileName, RuleCatalogAttachment.FileName, RunSelectionAttachment.FileName], runLevel);
    }

    [Fact]
    public void A_stream_without_rules_still_builds_with_no_rules_and_no_problem()
    {
        var model = DocsModelBuilder.Build([Without(RuleCatalogAttachment.FileName)]);

        Assert.Empty(model.Rules);
        Assert.Null(model.RulesSource);
        Assert.Empty(model.Problems);
        Assert.NotEmpty(model.Glossary);
    }

    [Fact]
    public void Rules_of_a_version_this_runner_does_not_read_are_a_problem_not_a_crash()
    {
        // The rules' body is the only one that starts with its version and then its source (escaped inside the ndjson line).
        var text = File.ReadAllText(site.Ndjson);
        var stream = NdjsonReport.Read(text.Replace("{\\\"version\\\":1,\\\"source\\\"", "{\\\"version\\\":99,\\\"source\\\"", StringComparison.Ordinal));

        var model = DocsModelBuilder.Build([stream]);

        Assert.Empty(model.Rules);
        Assert.Equal(["the rules in the stream have version 99; this runner reads version 1, so the site shows no rules"], model.Problems);
    }

    [Fact]
    public void A_partial_run_says_what_it_covers_and_marks_terms_and_rules_of_other_areas_not_in_this_run()
    {
        var model = DocsModelBuilder.Build([Stream]);
        var glossary = model.Glossary.ToDictionary(entry => entry.Id);
        var rules = model.Rules.ToDictionary(rule => rule.Id);

        Assert.Equal("paths Fixtures/specs", model.Scope!.Selection);
        Assert.Equal(["Catalog", "Reference data"], model.Scope.Areas);
        Assert.Equal("This run covers Catalog and Reference data only (it selects paths Fixtures/specs).", model.Scope.Sentence());
        // Counts were not selected: not in this run. Catalog was, and no scenario sets tracking: a gap, as before.
        Assert.True(glossary["command:StartCount"].NotInRun);
        Assert.Null(glossary["command:SetTracking"].NotInRun);
        Assert.Empty(glossary["command:SetTracking"].ScenarioIds);
        Assert.Null(glossary["error:CodeAlreadyUsed"].NotInRun);
        Assert.True(rules["R-5.1"].NotInRun);
        Assert.Null(rules["R-1.2"].NotInRun);
        Assert.Empty(rules["R-1.2"].ScenarioIds);
    }

    [Fact]
    public async Task A_run_narrower_than_a_folder_covers_part_of_its_area_and_calls_nothing_it_did_not_touch_a_gap()
    {
        // One feature file of Catalog: no scenario of it sets tracking, but the other Catalog features were not run, so
        // that is not a gap in the specification, only not in this run; a run of the Catalog folder calls it a gap.
        var folder = Path.Combine(site.OutputDirectory, "one-file");
        var run = await FixtureSite.RunAsync("verify", "Fixtures/specs/catalog/products.feature", "--out", folder);
        var model = DocsModelBuilder.Build([NdjsonReport.Read(File.ReadAllText(Path.Combine(folder, "cucumber.ndjson")))]);
        var glossary = model.Glossary.ToDictionary(entry => entry.Id);

        Assert.Equal(1, run.ExitCode);
        Assert.False(model.Scope!.WholeFolders);
        Assert.Equal("This run covers part of Catalog only (it selects paths Fixtures/specs/catalog/products.feature).", model.Scope.Sentence());
        Assert.True(glossary["command:SetTracking"].NotInRun);
        Assert.Null(glossary["command:CreateProduct"].NotInRun);
        Assert.True(model.Rules.Single(rule => rule.Id == "R-1.2").NotInRun);
        Assert.Contains("| R-1.2 |", File.ReadAllText(Path.Combine(folder, "coverage.md")));
        Assert.DoesNotContain("| rule | R-1.2", File.ReadAllText(Path.Combine(folder, "coverage.md")));
    }

    [Fact]
    public void A_run_of_the_whole_corpus_carries_no_selection_and_reads_as_before()
    {
        var model = DocsModelBuilder.Build([Without(RunSelectionAttachment.FileName)]);
        var json = Encoding.UTF8.GetString(DocsSiteWriter.Serialize(model));

        Assert.Null(model.Scope);
        Assert.All(model.Glossary, entry => Assert.Null(entry.NotInRun));
        Assert.All(model.Rules, rule => Assert.Null(rule.NotInRun));
        Assert.DoesNotContain("\"notInRun\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"scope\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Streams_of_a_partial_and_a_whole_run_together_read_as_the_whole_run()
    {
        var model = DocsModelBuilder.Build([Stream, Without(RunSelectionAttachment.FileName)]);

        Assert.Null(model.Scope);
    }

    [Fact]
    public async Task Docs_rebuilt_from_the_stream_of_a_partial_run_say_what_it_covers_and_carry_the_rules()
    {
        var folder = Path.Combine(site.OutputDirectory, "rebuilt");

        var docs = await FixtureSite.RunAsync("docs", "--from", site.Ndjson, "--out", folder);

        Assert.Equal(0, docs.ExitCode);
        Assert.Contains("This run covers Catalog and Reference data only (it selects paths Fixtures/specs).", docs.Output);
        Assert.Contains("A SKU is 1 to 64 characters after trimming.", File.ReadAllText(Path.Combine(folder, DocsSiteWriter.DataFileName)));
    }

    [Fact]
    public void The_coverage_report_of_the_partial_run_counts_the_selected_areas_and_lists_the_rest_as_not_in_this_run()
    {
        var markdown = File.ReadAllText(Path.Combine(site.OutputDirectory, "coverage.md"));

        Assert.Contains("**This run covers Catalog and Reference data only (it selects paths Fixtures/specs).**", markdown);
        Assert.Contains("| R-5.1 | Area 5 — Purchasing and receiving | not in this run |", markdown);
        Assert.Contains("| rule | R-1.2: A SKU is 1 to 64 characters after trimming. | no scenario is tagged with it |", markdown);
        Assert.DoesNotContain("| rule | R-5.1", markdown);
        Assert.DoesNotContain("| command | StartCount |", markdown);
        Assert.Contains("not in this run: see", site.Output);
    }

    [Fact]
    public void A_selection_of_a_version_this_runner_does_not_read_is_a_problem_for_the_site_and_a_usage_error_for_coverage()
    {
        var text = File.ReadAllText(site.Ndjson);
        var stream = NdjsonReport.Read(text.Replace("{\\\"version\\\":1,\\\"selection\\\"", "{\\\"version\\\":7,\\\"selection\\\"", StringComparison.Ordinal));

        var model = DocsModelBuilder.Build([stream]);
        var error = Assert.Throws<Specs.Runner.Cli.UsageException>(() => RunScope.ForCoverage(stream, []));

        Assert.Null(model.Scope);
        Assert.Equal(["the run selection in the stream has version 7; this runner reads version 1, so the site reads the run as one of the whole corpus"], model.Problems);
        Assert.Equal("the run selection in the stream has version 7; this runner reads version 1", error.Message);
    }

    private List<Envelope> Without(string fileName) => Stream.Where(envelope => envelope.Attachment?.FileName != fileName).ToList();
}
