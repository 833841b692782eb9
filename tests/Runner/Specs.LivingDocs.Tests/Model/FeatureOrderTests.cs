using Specs.LivingDocs.Tests.Support;
using Specs.Runner.LivingDocs;
using Specs.Runner.Reporting;

namespace Specs.LivingDocs.Tests.Model;

/// <summary>An area reads in the order of its business flow, the order its rules are numbered in, not by file name.</summary>
public sealed class FeatureOrderTests(FixtureSite site)
{
    [Fact]
    public async Task An_areas_features_follow_their_lowest_rule_of_the_area_and_a_feature_without_one_comes_last()
    {
        var folder = Path.Combine(site.OutputDirectory, "feature-order");
        var area = Path.Combine(folder, "specs", "catalog");
        Directory.CreateDirectory(area);
        await File.WriteAllTextAsync(Path.Combine(area, "a-untagged.feature"), Feature("Untagged", "", "SKU-1"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(area, "b-later.feature"), Feature("Later rule", "@R-8.12 @R-4.5", "SKU-2"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(area, "c-earlier.feature"), Feature("Earlier rule", "@R-8.2", "SKU-3"), TestContext.Current.CancellationToken);

        // "Later rule" also cites, another area's rule (as a refusal scenario cites an inactive product's): it
        // must not open the area.
        var run = await FixtureSite.RunAsync("verify", Path.Combine(folder, "specs"), "--out", Path.Combine(folder, "out"));
        var model = DocsModelBuilder.Build([NdjsonReport.Read(File.ReadAllText(Path.Combine(folder, "out", "cucumber.ndjson")))]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Earlier rule", "Later rule", "Untagged"],
            model.Areas.Single().FeatureIds.Select(id => model.Features.Single(feature => feature.Id == id).Name));
    }

    private static string Feature(string name, string tag, string sku) => $"""
        @catalog
        Feature: {name}

          {tag}
          Scenario: A product of {name}
            When the merchant creates the product "{sku}" named "Tea"
            Then the product "{sku}" named "Tea" is recorded
        """;
}
