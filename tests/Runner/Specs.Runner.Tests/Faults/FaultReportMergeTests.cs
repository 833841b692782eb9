using Specs.Runner.Cli;
using Specs.Runner.Simulation;

namespace Specs.Runner.Tests.Faults;

/// <summary>
/// `specs merge` on the faults.json of `specs faults --shard i/n`: every shard of one split, each once (the rule verify's
/// shards share, <see cref="Specs.Runner.Reporting.EveryShardOnce"/>), and never into one of the shards' own folders.
/// </summary>
public sealed class FaultReportMergeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "specs-fault-merge-" + Path.GetRandomFileName());

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_shard_is_refused_naming_it()
    {
        var refusal = Assert.Throws<UsageException>(() => FaultReportMerge.Merge([Shard("1/3"), Shard("3/3")]));

        Assert.Equal("shard 2/3 is missing (got 1/3, 3/3); a merged report must hold every shard of the run", refusal.Message);
    }

    [Fact]
    public void A_shard_given_twice_is_refused()
    {
        var refusal = Assert.Throws<UsageException>(() => FaultReportMerge.Merge([Shard("1/2"), Shard("2/2"), Shard("2/2")]));

        Assert.StartsWith("shard 2/2 is given more than once: ", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("each shard's seeds would count twice", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shards_of_different_splits_are_refused()
    {
        var refusal = Assert.Throws<UsageException>(() => FaultReportMerge.Merge([Shard("1/2"), Shard("2/3")]));

        Assert.Equal("the reports split the seeds differently (1/2, 2/3); merge the shards of one run", refusal.Message);
    }

    [Fact]
    public void Every_shard_once_merges_and_keeps_them_all()
    {
        var merged = FaultReportMerge.Merge([Shard("2/2"), Shard("1/2")]);

        Assert.Equal(["2/2", "1/2"], merged.Shards);
    }

    [Fact]
    public async Task The_merged_folder_may_not_be_one_of_the_shards()
    {
        var first = Path.Combine(_folder, "faults-1");
        var second = Path.Combine(_folder, "faults-2");
        FaultReportWriter.Write(Shard("1/2"), first);
        FaultReportWriter.Write(Shard("2/2"), second);
        var before = File.ReadAllText(Path.Combine(first, "faults.json"));
        var error = new StringWriter();

        var exitCode = await SpecsCommand.RunAsync(["merge", first, second, "--out", first + Path.DirectorySeparatorChar], TextWriter.Null, error, stop: TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains($"is the folder of the input {first};", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(first, "faults.json")));
    }

    [Theory]
    [InlineData(new string[0], "none")]
    [InlineData(new[] { "shard-1" }, "shard-1")]
    public async Task A_report_that_records_no_shard_is_refused_and_nothing_is_written(string[] shards, string shown)
    {
        // Written before faults reports recorded their shard: merged alone, it read as the whole run.
        var old = Path.Combine(_folder, "old");
        FaultReportWriter.Write(new FaultReport { Commit = "c0ffee", Shards = [.. shards] }, old);
        var merged = Path.Combine(_folder, "merged");
        var error = new StringWriter();

        var exitCode = await SpecsCommand.RunAsync(["merge", old, "--out", merged], TextWriter.Null, error, stop: TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains($"{Path.Combine(old, "faults.json")} records no shard i/n ({shown}): it was written before faults reports recorded their shard", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(merged));
    }

    private static FaultReport Shard(string shard) => new() { Commit = "c0ffee", Shards = [shard] };
}
