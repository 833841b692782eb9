using Specs.LivingDocs.Tests.Support;
using Specs.Runner.LivingDocs;
using Specs.Runner.Reporting;

namespace Specs.LivingDocs.Tests.Browser;

/// <summary>
/// The rules as a product owner reads them: the rules index, an area's rules with their status in words, a rule tag that
/// opens its rule (its text as the tooltip), the filter by the tag headed with the rule, and a refusal naming its rule.
/// </summary>
public sealed class RulesPageTests(FixtureSite site, SystemChromium chromium) : IClassFixture<SystemChromium>
{
    private const string UniqueSku = "A SKU is unique without regard to case: a second product with a SKU already used is refused.";

    [Fact]
    public async Task An_area_s_rules_say_in_words_whether_each_holds_and_a_gap_is_a_rule_with_no_scenario_yet()
    {
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index, "#view=rules");

        var index = await page.Page.InnerTextAsync("#main");
        await page.Page.ClickAsync("#main .rule-areas >> text=Area 1 — Catalog");
        await page.Page.WaitForSelectorAsync("body[data-view='rules/area-1-catalog']");
        var statuses = await page.Page.Locator("#main .rule-item h2").AllInnerTextsAsync();
        await page.ScreenshotAsync("rules-of-an-area");

        Assert.Contains("Area 5 — Purchasing and receiving 1 rule, 1 not in this run", index);
        Assert.Contains("This run covers Catalog and Reference data only (it selects paths Fixtures/specs).", index);
        Assert.Equal(["R-1.1 2 scenarios, all pass", "R-1.2 no scenario yet", "R-1.6 1 of 1 fails"], statuses);
        Assert.Contains("A SKU is 1 to 64 characters after trimming.", await page.Page.InnerTextAsync("#rule-R-1\\.2"));
        Assert.Empty(page.Errors);
        Assert.Empty(page.LeavingRequests);
    }

    [Fact]
    public async Task A_rule_tag_opens_its_rule_and_the_rule_s_filter_is_headed_with_the_rule()
    {
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index, "#view=scenario/catalog/products/a-new-product-is-recorded");
        var tag = page.Page.Locator("#main .meta a.tag", new() { HasTextString = "@R-1.1" });

        var tooltip = await tag.GetAttributeAsync("title");
        await tag.ClickAsync();
        await page.Page.WaitForSelectorAsync("body[data-view='rule/R-1.1']");
        var rule = await page.Page.InnerTextAsync("#main");
        await page.ScreenshotAsync("rule");
        await page.Page.ClickAsync("#main a.filter-link");
        await page.Page.WaitForSelectorAsync(".results");
        var head = await page.Page.InnerTextAsync("#main .rule-head");
        var results = await page.Page.Locator(".results .result-title").AllInnerTextsAsync();

        Assert.Equal(UniqueSku, tooltip);
        Assert.Contains(UniqueSku, rule);
        Assert.Contains("2 scenarios, all pass", rule);
        Assert.Contains("Create product", rule);
        Assert.Contains("tags=%40R-1.1", page.Page.Url);
        Assert.Contains(UniqueSku, head);
        Assert.Equal(["A new product is recorded", "A code already used is refused"], results);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task A_gherkin_rule_tagged_with_a_rule_id_shows_the_id_beside_its_heading_linked_to_the_rule()
    {
        // The fixture features have no Rule: block, and their counts are pinned elsewhere: a small corpus of its own.
        var folder = Path.Combine(site.OutputDirectory, "tagged-rule");
        Directory.CreateDirectory(Path.Combine(folder, "specs", "reference-data"));
        File.WriteAllText(Path.Combine(folder, "specs", "reference-data", "reasons.feature"), """
            Feature: Reasons
              Scenario: A reason outside any rule
                When the merchant creates the reason "Damaged"
                Then the reason "Damaged" is recorded

              @R-14.1
              Rule: A reason's name is unique
                Scenario: A reason is recorded
                  When the merchant creates the reason "Expired"
                  Then the reason "Expired" is recorded
            """);
        var run = await FixtureSite.RunAsync("verify", Path.Combine(folder, "specs"), "--out", Path.Combine(folder, "out"), "--rules", FixtureSite.RulesFile);
        var model = DocsModelBuilder.Build([NdjsonReport.Read(File.ReadAllText(Path.Combine(folder, "out", "cucumber.ndjson")))]);
        await using var page = await SitePage.OpenAsync(chromium.Require(), Path.Combine(folder, "out", "living-docs", "index.html"), "#view=feature/reference-data/reasons");

        var heading = await page.Page.InnerTextAsync("#main h2.rule");
        var title = await page.Page.GetAttributeAsync("#main h2.rule a.rule-link", "title");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([null, "R-14.1"], model.Scenarios.Select(scenario => scenario.RuleId));
        Assert.Equal("R-14.1 · Rule: A reason's name is unique", heading);
        Assert.Equal("A reason's name is unique without regard to case; its description is optional.", title);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task A_refusal_card_links_the_rule_it_names()
    {
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index, "#view=scenario/catalog/products/a-code-already-used-is-refused");
        var rule = page.Page.Locator("#main .card-error .note a.rule-link");

        var (text, title) = (await rule.InnerTextAsync(), await rule.GetAttributeAsync("title"));
        await rule.ClickAsync();
        await page.Page.WaitForSelectorAsync("body[data-view='rule/R-1.1']");

        Assert.Equal(("R-1.1", UniqueSku), (text, title));
        Assert.Empty(page.Errors);
    }
}
