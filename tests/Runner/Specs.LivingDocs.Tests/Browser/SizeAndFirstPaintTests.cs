using System.Globalization;
using Specs.LivingDocs.Tests.Support;

namespace Specs.LivingDocs.Tests.Browser;

/// <summary>
/// The site's size and its time to first paint in headless Chromium. By default over the fixture run; with
/// SPECS_LIVING_DOCS_STREAM=path/to/cucumber.ndjson over any stream: .ci/run runs it so over the real corpus
/// after the scenario suite, and docs/benchmarks.md measures the corpus this way. Time is recorded, never asserted: the test fails only when the site grows past its size budget
/// or the page never paints. The numbers land in TestResults/living-docs/measurement.txt.
/// </summary>
public sealed class SizeAndFirstPaintTests(FixtureSite site, SystemChromium chromium) : IClassFixture<SystemChromium>
{
    private const int Loads = 5;

    /// <summary>A few MB for 500+ scenarios: 4 MiB for the site, whatever the suite (Cucumber's HTML was 150-300 MB).</summary>
    private const long SizeBudgetBytes = 4L * 1024 * 1024;

    [Fact]
    public async Task The_site_stays_within_its_size_budget_and_paints()
    {
        var browser = chromium.Require();
        var stream = Environment.GetEnvironmentVariable("SPECS_LIVING_DOCS_STREAM") is { Length: > 0 } given ? Path.GetFullPath(given) : site.Ndjson;
        var folder = Path.Combine(site.OutputDirectory, "measured");
        var docs = await FixtureSite.RunAsync("docs", "--from", stream, "--out", folder);
        var bytes = Directory.GetFiles(folder).Sum(file => new FileInfo(file).Length);

        var paints = new List<double>();
        for (var load = 0; load < Loads; load++)
        {
            await using var page = await SitePage.OpenAsync(browser, Path.Combine(folder, "index.html"));
            paints.Add(await page.Page.EvaluateAsync<double>(
                "() => new Promise(done => new PerformanceObserver((list, observer) => { const paint = list.getEntriesByName('first-contentful-paint')[0]; "
                + "if (paint) { observer.disconnect(); done(paint.startTime); } }).observe({ type: 'paint', buffered: true }))"));
        }

        paints.Sort();
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{docs.Output.Trim()}\nsite: {bytes} bytes ({bytes / 1024.0 / 1024.0:0.00} MiB); first contentful paint over {Loads} cold loads: median {paints[Loads / 2]:0} ms, min {paints[0]:0} ms, max {paints[^1]:0} ms\n");
        Directory.CreateDirectory(SystemChromium.ScreenshotFolder);
        await File.WriteAllTextAsync(Path.Combine(SystemChromium.ScreenshotFolder, "measurement.txt"), line, TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(line);

        Assert.Equal(0, docs.ExitCode);
        Assert.True(bytes < SizeBudgetBytes, $"the site is {bytes} bytes, over its budget of {SizeBudgetBytes}");
        Assert.All(paints, paint => Assert.True(paint > 0));
    }

    [Fact]
    public async Task A_card_with_lines_draws_them_as_a_table_inside_the_card_with_dates_as_dates()
    {
        // A purchase order's lines were a nested list whose values were squeezed to one letter a line and spilled
        // into the next card; times were milliseconds since 1970.
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index);
        var lines = string.Join(",", Enumerable.Range(1, 25).Select(i => $"{{\"sku\":\"SKU-{i}00\",\"quantity\":{i},\"expiresAtUnixMs\":1798675200000}}"));

        var drawn = await page.Page.EvaluateAsync<string[]>(
            "json => { const fields = JSON.parse(json); const main = document.querySelector('#main'); main.innerHTML = '<div class=\"cards\">' + window.livingDocsCard('event', 'ItemsReceived', fields) + '</div>'; "
            + "const card = main.querySelector('.card'); const table = card.querySelector('table.lines'); "
            + "const spills = [...card.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > card.getBoundingClientRect().right + 1).length; "
            + "return [card.className, String(table.querySelectorAll('tbody tr').length), table.querySelector('thead').innerText.replace(/\\s+/g, ' ').trim(), "
            + "table.querySelector('tbody td:nth-child(3)').innerText, card.querySelector('.lines-wrap p').innerText, String(spills), card.querySelector('dl').innerText]; }",
            $"{{\"purchaseOrder\":\"PO-1\",\"lines\":[{lines}],\"receivedAtUnixMs\":1798675200000}}");

        Assert.Contains("card-wide", drawn[0], StringComparison.Ordinal);
        Assert.Equal("20", drawn[1]);
        Assert.Equal("SKU Quantity Expires at", drawn[2]);
        Assert.Equal("2026-12-31", drawn[3]);
        Assert.Equal("and 5 more lines", drawn[4]);
        Assert.Equal("0", drawn[5]);
        Assert.Contains("Received at", drawn[6], StringComparison.Ordinal);
        Assert.DoesNotContain("unix", drawn[6], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_scenarios_cards_tell_the_story_in_bands_with_many_past_events_folded_and_times_only_when_the_clock_was_set()
    {
        // The request and the answer used to come after every past event, in one grid; on a phone, ten screens down.
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index);
        const string Script = "json => { const main = document.querySelector('#main'); main.innerHTML = window.livingDocsContracts(JSON.parse(json)); "
            + "return [[...main.querySelectorAll('.band > h5, .band > summary')].map(e => e.textContent).join('|'), String(main.querySelector('details.band-before').open), "
            + "String(main.querySelectorAll('.card-kind .muted').length)]; }";
        static string Record(int pastEvents, bool clockSet) =>
            "{" + (clockSet ? "\"setup\":[{\"fact\":\"the clock reads\",\"value\":\"2026-03-01T09:00:00.000Z\"}]," : "")
            + "\"given\":[" + string.Join(",", Enumerable.Range(1, pastEvents).Select(i => $"{{\"type\":\"ProductCreated\",\"at\":\"2026-03-01T09:00\",\"fields\":{{\"sku\":\"SKU-{i}\"}}}}")) + "],"
            + "\"when\":{\"kind\":\"command\",\"type\":\"DeactivateProduct\",\"fields\":{\"sku\":\"SKU-1\"}},"
            + "\"outcome\":{\"status\":\"accepted\",\"newEvents\":[{\"type\":\"ProductDeactivated\",\"at\":\"2026-03-01T09:00\",\"fields\":{\"sku\":\"SKU-1\"}}]}}";

        var many = await page.Page.EvaluateAsync<string[]>(Script, Record(5, clockSet: false));
        var few = await page.Page.EvaluateAsync<string[]>(Script, Record(2, clockSet: true));

        Assert.Equal(["Before: 5 past events|Request and answer|Recorded", "false", "0"], many);
        Assert.Equal(["Before: 2 past events|Request and answer|Recorded", "true", "3"], few);
    }

    [Fact]
    public async Task On_a_feature_page_a_passed_background_folds_into_one_line_and_involves_names_only_the_scenarios_own_terms()
    {
        // Every scenario of a feature repeated its 5-10 Background steps and listed the same set-up terms.
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index);
        const string Scenario = """
            {"id":"x/y","featureId":"x","name":"A short","location":"x.feature:3","tags":[],"status":"passed","durationMs":0,"attempts":1,"findings":[],
             "steps":[{"keyword":"Given","text":"a warehouse","background":true,"status":"passed"},{"keyword":"And","text":"a product","background":true,"status":"passed"},
                      {"keyword":"When","text":"the picker shorts","background":false,"status":"passed"}],
             "contracts":["command:ShortPick","event:PickShorted","event:ProductCreated"],"requestContracts":2}
            """;
        const string Script = "json => { const main = document.querySelector('#main'); const s = JSON.parse(json); main.innerHTML = window.livingDocsStory(s, false); "
            + "const folded = main.querySelector('li.folded summary'); const onFeature = [folded ? folded.textContent : '', String(main.querySelector('ol.steps').children.length), main.querySelector('.involves').textContent]; "
            + "s.steps[0].status = 'failed'; main.innerHTML = window.livingDocsStory(s, false); "
            + "return onFeature.concat([String(main.querySelectorAll('li.folded').length)]); }";

        var drawn = await page.Page.EvaluateAsync<string[]>(Script, Scenario);

        Assert.Equal(["Background: 2 steps", "2", "Involves: Short pick, Pick shorted", "0"], drawn);
    }

    [Fact]
    public async Task A_long_list_of_scenarios_on_a_term_page_is_grouped_by_feature_and_folded()
    {
        // Location created listed all 196 scenarios of a run one per line.
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index);
        const string Script = "flat => { const main = document.querySelector('#main'); main.innerHTML = window.livingDocsScenarioList(flat); "
            + "return [...main.querySelectorAll('ul.exercised > li')].map(li => (li.querySelector('summary') || li).textContent.replace(/\\s+/g, ' ').trim()); }";

        var grouped = await page.Page.EvaluateAsync<string[]>(Script, 2);
        var flat = await page.Page.EvaluateAsync<string[]>(Script, 12);

        Assert.Equal(["Products in the catalog 3 scenarios", "Reasons for stock changes 2 scenarios"], grouped);
        Assert.Equal(5, flat.Length);
    }

    [Fact]
    public async Task Word_forms_share_one_stem_in_the_page_search()
    {
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index);

        async Task<string[]> Stems(params string[] words) =>
            await page.Page.EvaluateAsync<string[]>("words => words.map(window.livingDocsStem)", words);

        Assert.Single((await Stems("expire", "expires", "expired", "expiring", "expiry")).Distinct());
        Assert.Single((await Stems("ship", "ships", "shipped", "shipping")).Distinct());
        Assert.Single((await Stems("quantity", "quantities")).Distinct());
        Assert.Single((await Stems("deactivate", "deactivated", "deactivates")).Distinct());
        Assert.Equal(["status", "hold", "sku"], await Stems("status", "holds", "sku"));
    }

    [Fact]
    public async Task A_hyphenated_query_finds_its_words_apart_and_a_known_abbreviation_finds_what_it_stands_for()
    {
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index, "#q=expired-reason");

        var found = await page.Page.Locator(".results .result-scenario .result-title").AllInnerTextsAsync();
        var fefo = await page.Page.EvaluateAsync<string[]>("() => window.livingDocsQueryTokens('FEFO')");
        var spelled = await page.Page.EvaluateAsync<string[]>("() => window.livingDocsQueryTokens('first expiry first out')");
        var ruleId = await page.Page.EvaluateAsync<string[]>("() => window.livingDocsQueryTokens('R-1.5')");

        Assert.Equal(["An expired reason is recorded with its description"], found);
        Assert.Equal(spelled, fefo);
        Assert.Contains("r-1.5", ruleId);
    }
}
