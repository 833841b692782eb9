using System.Text.Json.Nodes;
using Specs.Runner.LivingDocs;

namespace Specs.LivingDocs.Tests.Model;

/// <summary>
/// The page reads the site's data by its JSON names: camelCase properties, enums by their camelCase names, nulls
/// left out. The data is written by generated code, so these are pinned here rather than trusted to a serializer.
/// </summary>
public sealed class SiteDataNamesTests
{
    [Fact]
    public void A_compared_run_writes_statuses_and_changes_by_their_camelCase_names_and_leaves_out_nulls()
    {
        var scenario = new DocsScenario(
            "counts/closing/a", "counts/closing", "A count", Rule: null, "specs/counts/closing.feature:3", ["@R-11.1"],
            ScenarioStatus.NotRun, RawStatus: null, DurationMs: 0, Attempts: 0, Steps: [], Failure: null, Record: null, Findings: [], Contracts: [])
        {
            Change = ScenarioChange.NewlyFailing,
            PreviousStatus = ScenarioStatus.Passed,
        };
        var model = new DocsModel("Docs", RunFinishedAt: null, Streams: 1, Areas: [], Features: [], Scenarios: [scenario], Glossary: [], Problems: [])
        {
            Removed = [new RemovedScenario("specs/a.feature|Gone|1", "Gone", "specs/a.feature:9", ScenarioStatus.Flaky)],
        };

        var data = JsonNode.Parse(DocsSiteWriter.Serialize(model))!.AsObject();

        var written = data["scenarios"]![0]!.AsObject();
        Assert.Equal("notRun", (string?)written["status"]);
        Assert.Equal("newlyFailing", (string?)written["change"]);
        Assert.Equal("passed", (string?)written["previousStatus"]);
        Assert.False(written.ContainsKey("rule"));
        Assert.False(written.ContainsKey("record"));
        Assert.False(written.ContainsKey("compareKey"));
        Assert.Equal("flaky", (string?)data["removed"]![0]!["previousStatus"]);
        Assert.False(data.ContainsKey("runFinishedAt"));
    }
}
