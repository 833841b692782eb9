namespace Specs.Runner.Simulation;

/// <summary>Combines the reports of several shards (CI matrix jobs) into one, as if one machine had run them all.</summary>
public static class FaultReportMerge
{
    /// <summary>The merged report; the commit is kept only when every shard ran the same one.</summary>
    /// <exception cref="Cli.UsageException">a shard is given twice, the shards split the seeds differently, or one is missing.</exception>
    public static FaultReport Merge(IReadOnlyList<FaultReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        RequireEveryShardOnce(reports.SelectMany(report => report.Shards).ToList());
        var commits = reports.Select(report => report.Commit).Distinct().ToList();
        return new FaultReport
        {
            Commit = commits.Count == 1 ? commits[0] : string.Join(" + ", commits.Select(commit => commit ?? "unknown")),
            Shards = reports.SelectMany(report => report.Shards).ToList(),
            Runs = reports.SelectMany(report => report.Runs).ToList(),
            Failures = reports.SelectMany(report => report.Failures).ToList(),
            Negative = reports.SelectMany(report => report.Negative).ToList(),
            SeedsSkippedByBudget = reports.Sum(report => report.SeedsSkippedByBudget),
            WallMs = reports.Count == 0 ? 0 : reports.Max(report => report.WallMs),
        };
    }

    /// <summary>
    /// A merged report stands for the whole run, so it must hold every shard exactly once: a shard given twice counts
    /// its seeds twice, and a lost CI job would otherwise leave a green report that ran part of the seeds.
    /// </summary>
    private static void RequireEveryShardOnce(IReadOnlyList<string> shards)
    {
        var parsed = shards.Select(shard => (Text: shard, Parts: shard.Split('/'))).ToList();
        static bool Number(string text, out int value) => int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);
        if (parsed.Any(shard => shard.Parts.Length != 2 || !Number(shard.Parts[0], out _) || !Number(shard.Parts[1], out _)))
        {
            return; // Written by a version that did not record shards as i/n: nothing to check against.
        }

        if (parsed.FirstOrDefault(shard => Number(shard.Parts[0], out var index) && Number(shard.Parts[1], out var count) && (index < 1 || index > count)) is { Text: { } outside })
        {
            throw new Cli.UsageException($"shard {outside} is not one of a split (i/n needs 1 <= i <= n)");
        }

        var counts = parsed.Select(shard => int.Parse(shard.Parts[1], System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        if (counts.Count > 1)
        {
            throw new Cli.UsageException($"the reports split the seeds differently ({string.Join(", ", shards)}); merge the shards of one run");
        }

        var twice = shards.GroupBy(shard => shard, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        if (twice.Count > 0)
        {
            throw new Cli.UsageException($"shard {string.Join(", ", twice)} is given more than once; each shard's seeds would count twice");
        }

        var missing = Enumerable.Range(1, counts[0]).Select(index => $"{index}/{counts[0]}").Except(shards, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new Cli.UsageException($"shard {string.Join(", ", missing)} is missing (got {string.Join(", ", shards)}); a merged report must hold every shard of the run");
        }
    }
}
