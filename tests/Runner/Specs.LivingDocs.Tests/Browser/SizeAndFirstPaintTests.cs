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
}
