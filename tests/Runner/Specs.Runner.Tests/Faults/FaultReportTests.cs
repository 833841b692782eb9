using Specs.Runner.Cli;
using Specs.Runner.Simulation;

namespace Specs.Runner.Tests.Faults;

/// <summary>The report's renderings and the command's small parsers.</summary>
public sealed class FaultReportTests
{
    private static readonly Timeline Sample = new()
    {
        Lanes = ["node 0", "node 1", "client 0"],
        Rows =
        [
            new TimelineRow(10, TimelineRowKind.Message, 2, 0, "ClientCommand"),
            new TimelineRow(12, TimelineRowKind.Fault, 1, 1, "Crash at 12 node 1"),
            new TimelineRow(15, TimelineRowKind.Message, 0, 2, "ClientAnswer"),
            new TimelineRow(20, TimelineRowKind.Violation, -1, -1, "[no-lost-ack] lost"),
        ],
    };

    [Fact]
    public void The_swim_lane_draws_messages_as_arrows_between_lanes_faults_as_marks_and_the_break_as_a_band()
    {
        var lines = FaultReportWriter.SwimLane(Sample).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("n0", lines[0], StringComparison.Ordinal);
        Assert.Contains("c0", lines[0], StringComparison.Ordinal);
        Assert.Contains("<-----", lines[1], StringComparison.Ordinal);
        Assert.Contains("X", lines[2], StringComparison.Ordinal);
        Assert.Contains("o----", lines[3], StringComparison.Ordinal);
        Assert.Contains(">", lines[3], StringComparison.Ordinal);
        Assert.Contains("!!!!!!!!", lines[4], StringComparison.Ordinal);
        Assert.EndsWith("[no-lost-ack] lost", lines[4].TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_report_is_self_contained()
    {
        var report = new FaultReport { Shards = ["1/1"] };
        var html = FaultReportWriter.Html(report) + FaultReportWriter.Svg(Sample);

        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.Contains("<line", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("3/4", 3, 4)]
    public void A_shard_is_read_as_index_over_count(string text, int index, int count) =>
        Assert.Equal((index, count), FaultsCommand.ParseShard(text));

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("two/4")]
    public void A_malformed_shard_is_a_usage_error(string text) =>
        Assert.Throws<UsageException>(() => FaultsCommand.ParseShard(text));

    [Fact]
    public void Seeds_from_a_commit_are_reproducible_and_differ_between_commits()
    {
        Assert.Equal(FaultsCommand.SeedFromCommit("ce482a3f00112233"), FaultsCommand.SeedFromCommit("ce482a3f00112233"));
        Assert.NotEqual(FaultsCommand.SeedFromCommit("ce482a3f00112233"), FaultsCommand.SeedFromCommit("8490e9b000112233"));
    }

    [Fact]
    public void A_time_budget_reads_seconds_minutes_and_hours_as_hunt_does() =>
        Assert.Equal([TimeSpan.FromSeconds(60), TimeSpan.FromMinutes(5), TimeSpan.FromHours(1)], new[] { TimeBudget.Require("60s"), TimeBudget.Require("5m"), TimeBudget.Require("1h") });

    // These overflowed TimeSpan: an internal error with a stack trace for a typo.
    [Theory]
    [InlineData("1e300s")]
    [InlineData("Infinity")]
    [InlineData("99999999999999999h")]
    public async Task A_time_budget_too_long_for_a_duration_is_a_usage_error(string text)
    {
        var error = new StringWriter();

        var exit = await SpecsCommand.RunAsync(["faults", "--seeds", "1", "--time-budget", text], TextWriter.Null, error, stop: TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal($"specs: --time-budget must be a duration such as 60s, 5m or 1h (at most 365 days), not '{text}'", error.ToString().TrimEnd());
    }
}
