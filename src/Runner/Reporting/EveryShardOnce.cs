using System.Globalization;
using Specs.Runner.Cli;

namespace Specs.Runner.Reporting;

/// <summary>
/// What `specs merge` requires of the shards it is given, whatever ran them (`specs faults --shard i/n`, `specs verify
/// --shard i/n`): a merged report stands for the whole run, so it must hold every shard of one split exactly once. A
/// shard given twice counts its work twice, shards of different splits overlap and leave gaps, and a lost CI job would
/// otherwise leave a green report of part of the run.
/// </summary>
public static class EveryShardOnce
{
    /// <summary>
    /// Checks the shards the inputs hold: each "i/n" (an unsharded run is "1/1") with the input that holds it, or null
    /// when the report does not say which input it was; <paramref name="work"/> names what a shard runs ("seeds",
    /// "scenarios").
    /// </summary>
    /// <exception cref="UsageException">a shard is outside its split, the shards split differently, one is given twice or one is missing.</exception>
    public static void Require(IReadOnlyList<(string Shard, string? Input)> shards, string work)
    {
        ArgumentNullException.ThrowIfNull(shards);
        var parsed = new List<(string Text, int Index, int Count, string? Input)>();
        foreach (var (text, input) in shards)
        {
            var parts = text.Split('/');
            if (parts.Length != 2 || !Number(parts[0], out var index) || !Number(parts[1], out var count))
            {
                return; // Written by a version that did not record shards as i/n: nothing to check against.
            }

            parsed.Add((text, index, count, input));
        }

        if (parsed.FirstOrDefault(shard => shard.Index < 1 || shard.Index > shard.Count) is { Text: { } outside })
        {
            throw new UsageException($"shard {outside} is not one of a split (i/n needs 1 <= i <= n)");
        }

        var counts = parsed.Select(shard => shard.Count).Distinct().ToList();
        if (counts.Count > 1)
        {
            throw new UsageException($"the reports split the {work} differently ({Listed(parsed)}); merge the shards of one run");
        }

        var twice = parsed.GroupBy(shard => shard.Text, StringComparer.Ordinal).Where(group => group.Count() > 1).ToList();
        if (twice.Count > 0 && counts[0] == 1)
        {
            // Runs without --shard: each is a whole run, and two runs are not one (nor is a job that ran them apart).
            throw new UsageException($"shard 1/1 is given more than once{Where(twice[0])}: each is a whole run (no --shard), and a merged report stands for one run; "
                + "merge the shards of one --shard i/n run, or a run alone");
        }

        if (twice.Count > 0)
        {
            throw new UsageException($"shard {string.Join(", ", twice.Select(group => group.Key + Where(group)))} is given more than once: "
                + $"the shards of one run are disjoint, and each shard's {work} would count twice");
        }

        var missing = Enumerable.Range(1, counts.Count == 0 ? 0 : counts[0])
            .Select(index => string.Create(CultureInfo.InvariantCulture, $"{index}/{counts[0]}"))
            .Except(parsed.Select(shard => shard.Text), StringComparer.Ordinal)
            .ToList();
        if (missing.Count > 0)
        {
            throw new UsageException($"shard {string.Join(", ", missing)} is missing (got {Listed(parsed)}); a merged report must hold every shard of the run");
        }
    }

    private static bool Number(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    /// <summary>"1/2 in reports/sh-1, 2/3 in reports/sh-2", or "1/2, 2/3" when the inputs are not known.</summary>
    private static string Listed(IEnumerable<(string Text, int Index, int Count, string? Input)> shards) =>
        string.Join(", ", shards.Select(shard => shard.Input is null ? shard.Text : $"{shard.Text} in {shard.Input}"));

    /// <summary>" (in reports/a and reports/b)", or nothing when the inputs are not known.</summary>
    private static string Where(IEnumerable<(string Text, int Index, int Count, string? Input)> shards)
    {
        var inputs = shards.Select(shard => shard.Input).OfType<string>().ToList();
        return inputs.Count == 0 ? "" : $" (in {string.Join(" and ", inputs)})";
    }
}
