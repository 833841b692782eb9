using Specs.LivingDocs.Tests.Support;

namespace Specs.LivingDocs.Tests.Browser;

/// <summary>
/// How a page tells a scenario and how the search reads a query, checked on the page's own functions in headless
/// Chromium (the fixture run has no Background, no long lists and no clock-only scenario, so these draw synthetic ones).
/// </summary>
public sealed class StoryAndSearchTests(FixtureSite site, SystemChromium chromium) : IClassFixture<SystemChromium>
{
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
    public async Task A_scenario_whose_request_names_no_term_lists_no_set_up_as_what_it_involves()
    {
        // A clock advance that records nothing: its only terms are its past events', the set-up of every scenario.
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index);
        const string Scenario = """
            {"id":"x/y","featureId":"x","name":"Not yet expired","location":"x.feature:3","tags":[],"status":"passed","durationMs":0,"attempts":1,"findings":[],
             "steps":[{"keyword":"When","text":"the clock advances","background":false,"status":"passed"}],
             "contracts":["event:WarehouseCreated","event:HoldCreated"],"requestContracts":0}
            """;

        var involves = await page.Page.EvaluateAsync<int>(
            "json => { const main = document.querySelector('#main'); main.innerHTML = window.livingDocsStory(JSON.parse(json), false); return main.querySelectorAll('.involves').length; }", Scenario);

        Assert.Equal(0, involves);
    }

    [Fact]
    public async Task A_long_list_of_scenarios_on_a_term_page_is_grouped_by_feature_and_folded()
    {
        // Location created listed all 196 scenarios of a run one per line.
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index);
        const string Script = "flat => { const main = document.querySelector('#main'); main.innerHTML = window.livingDocsScenarioList(flat); "
            + "return [...main.querySelectorAll('ul.exercised > li')].map(li => (li.querySelector('details') && li.querySelector('details').open ? 'open: ' : '') "
            + "+ (li.querySelector('summary') || li).textContent.replace(/\\s+/g, ' ').trim()); }";

        var grouped = await page.Page.EvaluateAsync<string[]>(Script, 2);
        var flat = await page.Page.EvaluateAsync<string[]>(Script, 12);

        // The group with the failing scenario is open, and each says how its scenarios fare.
        Assert.Equal(["open: Products in the catalog 3 scenarios 2 passed 1 failed", "Reasons for stock changes 2 scenarios 2 passed"], grouped);
        Assert.Equal(5, flat.Length);
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
        // A word that is a property of every JavaScript object is a word, not an abbreviation.
        Assert.Equal(await page.Page.EvaluateAsync<string[]>("() => [window.livingDocsStem('constructor')]"),
            await page.Page.EvaluateAsync<string[]>("() => window.livingDocsQueryTokens('constructor')"));
    }
}
