using System.Text.Json.Nodes;
using Specs.LivingDocs.Tests.Support;
using Specs.Runner.LivingDocs;
using Specs.Runner.Reporting;

namespace Specs.LivingDocs.Tests.Browser;

/// <summary>
/// The data file is packed (each repeated string and object shape written once) and the page unpacks it:
/// what the page reads must be exactly the model, records included, and the packing must pay for itself.
/// </summary>
public sealed class PackedDataTests(FixtureSite site, SystemChromium chromium) : IClassFixture<SystemChromium>
{
    [Fact]
    public async Task The_page_unpacks_exactly_the_model_the_site_was_written_from()
    {
        // Built as the run built its site: from the test's folder, whose launcher is the path up to specs.sh.
        var model = DocsModelBuilder.Build([NdjsonReport.Read(File.ReadAllText(site.Ndjson))], launcher: Specs.Runner.Output.Launcher.From(FixtureSite.BaseDirectory));
        await using var page = await SitePage.OpenAsync(chromium.Require(), site.Index);

        // JSON.stringify reads every scenario's record too, which the page otherwise unpacks only when it shows one.
        var unpacked = JsonNode.Parse(await page.Page.EvaluateAsync<string>("() => JSON.stringify(window.LIVING_DOCS)"));

        var expected = DocsSiteWriter.ToNode(model)!;
        // The run's own site was written when the run finished; the model built here from its stream is the same.
        Assert.True(JsonNode.DeepEquals(expected, unpacked), "the unpacked data differs from the model:\n" + Differences(expected, unpacked));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public void Packing_writes_a_repeated_string_and_object_shape_once()
    {
        var events = new JsonArray([.. Enumerable.Range(0, 50).Select(i => (JsonNode)new JsonObject
        {
            ["type"] = "ProductCreated",
            ["fields"] = new JsonObject { ["sku"] = "SKU-100", ["quantity"] = i, ["active"] = true, ["note"] = null },
        })]);
        var packed = System.Text.Encoding.UTF8.GetString(CompactJson.Pack(System.Text.Encoding.UTF8.GetBytes(events.ToJsonString())));
        var plain = events.ToJsonString();

        Assert.Equal(1, Occurrences(packed, "\"ProductCreated\""));
        Assert.Equal(1, Occurrences(packed, "\"quantity\""));
        Assert.True(packed.Length * 2 < plain.Length, $"packed {packed.Length} characters, plain {plain.Length}");
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static string Differences(JsonNode expected, JsonNode? actual)
    {
        var want = expected.ToJsonString();
        var got = actual?.ToJsonString() ?? "null";
        var at = Enumerable.Range(0, Math.Min(want.Length, got.Length)).FirstOrDefault(i => want[i] != got[i]);
        return $"expected …{want.Substring(Math.Max(0, at - 80), Math.Min(200, want.Length - Math.Max(0, at - 80)))}…\nunpacked …{got.Substring(Math.Max(0, at - 80), Math.Min(200, got.Length - Math.Max(0, at - 80)))}…";
    }
}
