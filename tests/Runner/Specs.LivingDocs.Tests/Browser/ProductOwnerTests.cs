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
    public async Task A_red_run_lists_its_failing_scenarios_first_and_each_count_opens_its_scenarios()
    {
        const string failing = "A deactivated product is expected to record the wrong event (fails on purpose)";
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index);

        var failingNow = await page.Page.Locator("#main .failing-now li a").AllInnerTextsAsync();
        await page.Page.ClickAsync("#main .area-card a.count.st-failed");
        await page.Page.WaitForSelectorAsync("body[data-view='area/catalog'] .results");
        await page.ScreenshotAsync("area-failed");

        Assert.Equal([failing], failingNow);
        Assert.Equal([failing], await page.Page.Locator(".results .result-title").AllInnerTextsAsync());
        Assert.Contains("status=failed", page.Page.Url);
        Assert.Empty(page.Errors);
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
    public async Task Back_returns_to_where_the_reader_was_scrolled_and_a_search_over_a_page_keeps_that_page_in_the_history()
    {
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index, "#view=feature/catalog/products", new ViewportSize { Width = 900, Height = 300 });
        await page.Page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
        var scrolled = await page.Page.EvaluateAsync<double>("() => window.scrollY");

        // Clicked from the script: Playwright's own click would first scroll the link into view.
        await page.Page.EvaluateAsync("() => [...document.querySelectorAll('article.scenario h3 a')].pop().click()");
        await page.Page.WaitForSelectorAsync("body[data-view^='scenario/']");
        var onScenario = await page.Page.EvaluateAsync<double>("() => window.scrollY");
        await page.Page.GoBackAsync();
        await page.Page.WaitForSelectorAsync("body[data-view='feature/catalog/products']");
        var back = await page.Page.EvaluateAsync<double>("() => window.scrollY");

        await page.Page.Locator("article.scenario h3 a").First.ClickAsync();
        await page.Page.WaitForSelectorAsync("body[data-view^='scenario/']");
        await page.Page.FillAsync("#q", "reason");
        await page.Page.WaitForSelectorAsync("body[data-view=search]");
        await page.Page.FillAsync("#q", "reasons");
        await page.Page.WaitForFunctionAsync("() => location.hash.includes('q=reasons')");
        await page.Page.GoBackAsync();
        await page.Page.WaitForSelectorAsync("body[data-view^='scenario/']");

        Assert.True(scrolled > 100, $"the page must scroll for this test; it scrolled to {scrolled}");
        Assert.Equal(0, onScenario);
        Assert.Equal(scrolled, back);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task On_a_phone_the_filters_fold_behind_a_button_and_at_mid_width_the_navigation_starts_below_the_header()
    {
        // The sticky header took a fifth of a phone's screen; at mid widths it wrapped over the top of the navigation.
        var browser = chromium.Require();
        await using var phone = await SitePage.OpenAsync(browser, site.Index, "", new ViewportSize { Width = 400, Height = 800 });
        var tagsHidden = !await phone.Page.IsVisibleAsync("#tags");
        var headerHeight = await phone.Page.EvaluateAsync<double>("() => document.querySelector('.top').offsetHeight");
        await phone.Page.ClickAsync("#filters-toggle");
        var tagsShown = await phone.Page.IsVisibleAsync("#tags");
        await using var middle = await SitePage.OpenAsync(browser, site.Index, "", new ViewportSize { Width = 900, Height = 700 });
        var (navTop, header) = (await middle.Page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.getElementById('nav')).top)"),
            await middle.Page.EvaluateAsync<double>("() => document.querySelector('.top').offsetHeight"));

        Assert.True(tagsHidden);
        Assert.True(headerHeight < 130, $"the phone's header is {headerHeight} px tall");
        Assert.True(tagsShown);
        Assert.Equal(header, navTop);
        Assert.Empty(phone.Errors);
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
        Assert.Equal("Recorded, exactly: Product updated.", await page.Page.InnerTextAsync(".failure .expected"));
        Assert.Equal("Event 1 is Product deactivated, where the scenario expects Product updated.", await page.Page.InnerTextAsync(".failure .actual"));
        Assert.Equal(0, await page.Page.Locator(".failure .first-difference").CountAsync());
        // The runner's own text is told once, folded inside the box, not again under the failed step.
        Assert.Equal(0, await page.Page.Locator(".steps pre.error").CountAsync());
        Assert.Contains("see “Why it fails” below", await page.Page.InnerTextAsync(".steps li.st-failed"));
        // The checks name the events by their glossary titles, each a link to its entry; no JSON.
        Assert.Equal("✗ Recorded, exactly: Product updated — event 1 is Product deactivated, where the scenario expects Product updated",
            await page.Page.InnerTextAsync(".checks li.broken"));
        Assert.StartsWith("#view=glossary%2Fevent%3AProductUpdated", await page.Page.GetAttributeAsync(".checks li.broken a.term", "href"));
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
    public async Task A_terms_fields_say_their_kind_of_value_in_words_and_a_nested_value_links_to_its_entry()
    {
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index, "#view=glossary/event:PurchaseOrderCreated");

        var kinds = await KindsOfValue(page);
        var nestedLink = await page.Page.GetAttributeAsync(".fields-table a.term", "href");
        await page.Page.GotoAsync(new Uri(site.Index).AbsoluteUri + "#view=glossary/error:CodeAlreadyUsed");
        await page.Page.WaitForSelectorAsync("article.term h1 >> text=Code already used");
        var refusalHeadings = await page.Page.Locator(".fields-table th").AllInnerTextsAsync();

        Assert.Equal("text", kinds["Purchase order"]);
        Assert.Equal("date and time (UTC)", kinds["Created at"]);
        Assert.Equal("list of Purchase order line", kinds["Lines"]);
        Assert.Equal("#view=glossary%2Ftable%3APurchaseOrderLine", nestedLink);
        // A refusal's fields have no descriptions yet, so no empty Meaning column.
        Assert.Equal(["Field", "Kind of value"], refusalHeadings);
        await page.Page.GotoAsync(new Uri(site.Index).AbsoluteUri + "#view=glossary/event:ProductCreated");
        await page.Page.WaitForSelectorAsync("article.term h1 >> text=Product created");
        Assert.Equal("one of None, Lot, Serial", (await KindsOfValue(page))["Tracking"]);
        Assert.Equal("identifier", (await KindsOfValue(page))["Product ID"]);
    }

    private static async Task<Dictionary<string, string>> KindsOfValue(SitePage page)
    {
        var rows = await page.Page.Locator(".fields-table tbody tr").AllAsync();
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var cells = await row.Locator("td").AllInnerTextsAsync();
            kinds[cells[0].Replace(" (optional)", "", StringComparison.Ordinal)] = cells[1];
        }

        return kinds;
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
        await page.Page.WaitForSelectorAsync("details.glossary-area");
        // By area: an area with a gap is open, one with none (here: every term not in this run) is folded to its counts.
        Assert.Contains("Catalog", await page.Page.InnerTextAsync("details.glossary-area[open] > summary"));
        Assert.Contains("Counts", string.Join("|", await page.Page.Locator("details.glossary-area:not([open]) > summary").AllInnerTextsAsync()));
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
        var areasWhileWrong = await page.Page.Locator("#main .area-card").CountAsync();

        Assert.Equal(["An expired reason is recorded with its description"], filtered);
        Assert.Equal("Tag expression: the expression ends too early.", error);
        // An expression still being typed filters nothing: the overview stays, not a flat list of every scenario.
        Assert.Equal(2, areasWhileWrong);
        Assert.Equal(0, await page.Page.Locator("#main .results").CountAsync());
        Assert.Empty(page.LeavingRequests);
    }

    [Fact]
    public async Task Verification_findings_show_in_place_with_their_reproduction_commands()
    {
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index, "#view=scenario/catalog/products/a-new-product-is-recorded");

        var findings = await page.Page.Locator(".findings .finding").AllInnerTextsAsync();

        // The site was built by a verify run from the test's folder: its commands start with the launcher as seen from there.
        var launcher = Specs.Runner.Output.Launcher.From(FixtureSite.BaseDirectory);
        Assert.Equal(2, findings.Count);
        Assert.Contains($"{launcher} verify Fixtures/specs/catalog/products.feature:12 --idempotency", findings[0]);
        Assert.Contains($"{launcher} verify Fixtures/specs/catalog/products.feature:12 --replay-check", findings[1]);
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
