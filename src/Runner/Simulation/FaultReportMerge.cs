namespace Specs.Runner.Simulation;

/// <summary>Combines the reports of several shards (CI matrix jobs) into one, as if one machine had run them all.</summary>
public static class FaultReportMerge
{
    /// <summary>The merged report; the commit is kept only when every shard ran the same one.</summary>
    /// <exception cref="Cli.UsageException">a shard is given twice, the shards split the seeds differently, or one is missing.</exception>
    public static FaultReport Merge(IReadOnlyList<FaultReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        // A faults.json does not say which file it was: the messages name the shards alone.
        Reporting.EveryShardOnce.Require(reports.SelectMany(report => report.Shards).Select(shard => (shard, (string?)null)).ToList(), "seeds");
        var commits = reports.Select(report => report.Commit).Distinct().ToList();
        return new FaultReport
        {
            Commit = commits.Count == 1 ? commits[0] : string.Join(" + ", commits.Select(commit => commit ?? "unknown")),
            Shards = reports.SelectMany(report => report.Shards).ToList(),
            Runs = reports.SelectMany(report => report.Runs).ToList(),
            Failures = reports.SelectMany(report => report.Failures).ToList(),
            Negative = reports.SelectMany(report => report.Negative).ToList(),
            SeedsSkippedByBudget = reports.Sum(report => report.SeedsSkippedByBudget),
            NotStartedAfterInterrupt = reports.Sum(report => report.NotStartedAfterInterrupt),
            WallMs = reports.Count == 0 ? 0 : reports.Max(report => report.WallMs),
        };
    }
}
