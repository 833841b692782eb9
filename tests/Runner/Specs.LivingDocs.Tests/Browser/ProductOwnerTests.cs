using Microsoft.Playwright;
using Specs.LivingDocs.Tests.Support;

namespace Specs.LivingDocs.Tests.Browser;

/// <summary>
/// The site as a product owner uses it, in a real headless Chromium, opened from disk: find a rule by searching,
/// open the failing scenario, follow a contract to the glossary, filter by tags, share a link. No request may
/// leave the page. Screenshots are saved in TestResults/living-docs.
/// </summary>
public sealed class ProductOwnerTests(FixtureSite site, SystemChromium chromium) : IClassFixture<SystemChromium>
{
    [Fact]
    public async Task The_site_opens_from_disk_with_areas_and_counts_and_no_request_leaves_it()
    {
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index);

        var nav = await page.Page.InnerTextAsync("#nav");
        await page.ScreenshotAsync("overview");
        await page.Page.ClickAsync("#main .area-card >> text=Products in the catalog");
        await page.Page.WaitForSelectorAsync("#main .description");
        await page.ScreenshotAsync("feature");

        Assert.Contains("Catalog", nav);
        Assert.Contains("2 passed", nav);
        Assert.Contains("1 failed", nav);
        Assert.Contains("Reference data", nav);
        Assert.Equal(0, await page.Page.Locator("#main .description img").CountAsync());
        Assert.Equal(1, await page.Page.Locator("#main .description table").CountAsync());
        Assert.Empty(page.Errors);
        Assert.Empty(page.LeavingRequests);
        Assert.Equal(4, page.Requests.Count);
    }

    [Fact]
    public async Task Searching_for_a_rule_finds_it_by_another_word_form_and_the_link_reopens_it()
    {
        var browser = chromium.Require();
        await using var page = await SitePage.OpenAsync(browser, site.Index);

        await page.Page.FillAsync("#q", "expire");
        await page.Page.PressAsync("#q", "Enter");
        await page.Page.WaitForSelectorAsync("body[data-view=search]");
        var first = await page.Page.Locator(".results .result-scenario .result-title").First.InnerTextAsync();
        var link = page.Page.Url;
        await page.ScreenshotAsync("search");
        await using var shared = await SitePage.OpenAsync(browser, site.Index, new Uri(link).Fragment);
        var sharedFirst = await shared.Page.Locator(".results .result-scenario .result-title").First.InnerTextAsync();

        Assert.Equal("An expired reason is recorded with its description", first);
        Assert.Contains("q=expire", link);
        Assert.Equal(first, sharedFirst);
        Assert.Equal("expire", await shared.Page.InputValueAsync("#q"));
        Assert.Empty(page.LeavingRequests);
    }

    [Fact]
    public async Task Home_in_the_crumbs_goes_to_the_overview_and_not_back_to_the_search()
    {
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index, "#view=glossary&q=expire");

        await page.Page.ClickAsync(".crumbs >> text=Home");
        await page.Page.WaitForSelectorAsync("body[data-view=home]");

        Assert.DoesNotContain("q=", page.Page.Url, StringComparison.Ordinal);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task A_title_match_ranks_before_a_step_match()
    {
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index, "#q=recorded");

        var titles = await page.Page.Locator(".results .result-scenario .result-title").AllInnerTextsAsync();

        // "recorded" (or "record") is in three titles and in the steps of two more: the titles come first.
        Assert.Equal(
            ["A deactivated product is expected to record the wrong event (fails on purpose)", "A new product is recorded", "An expired reason is recorded with its description"],
            titles.Take(3).Order(StringComparer.Ordinal));
        Assert.Equal(["A code already used is refused", "Reasons already known stay listed by name"], titles.Skip(3).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Searching_for_a_rule_id_finds_the_scenarios_tagged_with_it()
    {
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index, "#q=R-14.1");

        var titles = await page.Page.Locator(".results .result-scenario .result-title").AllInnerTextsAsync();

        Assert.Equal(["An expired reason is recorded with its description", "Reasons already known stay listed by name"], titles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Opening_the_failing_scenario_shows_expected_what_happened_and_the_first_difference()
    {
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index);

        await page.Page.CheckAsync("#statuses input[value=failed]");
        await page.Page.WaitForSelectorAsync(".results");
        var results = await page.Page.Locator(".results .result-title").AllInnerTextsAsync();
        await page.Page.ClickAsync(".results .result-title");
        await page.Page.WaitForSelectorAsync("body[data-view^='scenario/']");
        await page.ScreenshotAsync("failing-scenario");

        Assert.Equal(["A deactivated product is expected to record the wrong event (fails on purpose)"], results);
        Assert.Contains("status=failed", page.Page.Url);
        Assert.StartsWith("Exactly these new events: ProductUpdated", await page.Page.InnerTextAsync(".failure .expected"));
        Assert.Contains("ProductDeactivated", await page.Page.InnerTextAsync(".failure .actual"));
        Assert.Equal("Event 1: expected a ProductUpdated, found a ProductDeactivated.", await page.Page.InnerTextAsync(".failure .first-difference"));
        Assert.Equal("failed", await page.Page.InnerTextAsync("article.scenario header .badge"));
        Assert.Equal(["event", "sku", "name"], await page.Page.Locator(".step table.data th").AllInnerTextsAsync());
    }

    [Fact]
    public async Task A_contract_card_links_to_its_glossary_entry_which_lists_the_scenarios_that_exercise_it()
    {
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index, "#view=scenario/catalog/products/a-code-already-used-is-refused");

        var cards = await page.Page.Locator(".contracts .card-title").AllInnerTextsAsync();
        await page.ScreenshotAsync("scenario-cards");
        await page.Page.ClickAsync(".contracts .card-error a.card-title");
        await page.Page.WaitForSelectorAsync("article.term");
        await page.ScreenshotAsync("glossary-entry");

        Assert.Equal(["Product created", "Create product", "Code already used", "Nothing"], cards);
        Assert.Equal("Code already used", await page.Page.InnerTextAsync("article.term h1"));
        Assert.Contains("Existing code", await page.Page.InnerTextAsync(".fields-table"));
        Assert.Equal(["A code already used is refused"], await page.Page.Locator(".exercised a").AllInnerTextsAsync());
        Assert.Contains("view=glossary%2Ferror%3ACodeAlreadyUsed", page.Page.Url.Replace("/", "%2F", StringComparison.Ordinal).Replace(":", "%3A", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_glossary_marks_what_no_scenario_exercises_as_a_gap_and_what_the_run_did_not_select_as_not_in_it()
    {
        // The fixture run selects Catalog and Reference data (FixtureSite): no scenario sets tracking, a catalog command, so
        // that is a gap; counting stock is another area's, not in this run.
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index, "#view=glossary/command:SetTracking");

        Assert.Contains("No scenario shows this command yet", await page.Page.InnerTextAsync(".gap-note"));
        await page.Page.GotoAsync(new Uri(site.Index).AbsoluteUri + "#view=glossary/command:StartCount");
        await page.Page.WaitForSelectorAsync(".gap-note");
        Assert.Contains("not in this run", await page.Page.InnerTextAsync(".gap-note"));
        await page.Page.GotoAsync(new Uri(site.Index).AbsoluteUri + "#view=glossary");
        await page.Page.WaitForSelectorAsync("ul.glossary");
        Assert.True(await page.Page.Locator("ul.glossary .badge.gap").CountAsync() > 10);
        Assert.True(await page.Page.Locator("ul.glossary .badge.not-in-run").CountAsync() > 10);
        Assert.Equal(0, await page.Page.Locator("ul.glossary li:has(a[href*='command%3AStartCount']) .badge.gap").CountAsync());
    }

    [Fact]
    public async Task A_tag_filter_keeps_only_matching_scenarios_and_a_wrong_expression_is_explained()
    {
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index);

        await page.Page.FillAsync("#tags", "@R-14.1 and not @slow");
        await page.Page.PressAsync("#tags", "Enter");
        await page.Page.WaitForSelectorAsync(".results");
        var filtered = await page.Page.Locator(".results .result-title").AllInnerTextsAsync();
        await page.ScreenshotAsync("tag-filter");
        await page.Page.FillAsync("#tags", "@catalog and");
        await page.Page.PressAsync("#tags", "Enter");
        var error = await page.Page.InnerTextAsync("#tag-error");

        Assert.Equal(["An expired reason is recorded with its description"], filtered);
        Assert.Equal("Tag expression: the expression ends too early.", error);
        Assert.Empty(page.LeavingRequests);
    }

    [Fact]
    public async Task Verification_findings_show_in_place_with_their_reproduction_commands()
    {
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index, "#view=scenario/catalog/products/a-new-product-is-recorded");

        var findings = await page.Page.Locator(".findings .finding").AllInnerTextsAsync();

        Assert.Equal(2, findings.Count);
        Assert.Contains("./specs.sh verify Fixtures/specs/catalog/products.feature:12 --idempotency", findings[0]);
        Assert.Contains("./specs.sh verify Fixtures/specs/catalog/products.feature:12 --replay-check", findings[1]);
    }

    [Fact]
    public async Task On_a_phone_the_areas_open_from_the_menu()
    {
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index, "", new ViewportSize { Width = 390, Height = 844 });

        var hiddenAtFirst = !await page.Page.IsVisibleAsync("#nav");
        await page.Page.ClickAsync("#menu");
        var shownAfterMenu = await page.Page.IsVisibleAsync("#nav");
        await page.ScreenshotAsync("phone-menu");
        var width = await page.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        Assert.True(hiddenAtFirst);
        Assert.True(shownAfterMenu);
        Assert.True(width <= 390, $"the page is {width} px wide on a 390 px screen");
    }
}
