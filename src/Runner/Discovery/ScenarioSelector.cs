using System.Text.RegularExpressions;
using Specs.Runner.Discovery.TagExpressions;

namespace Specs.Runner.Discovery;

/// <summary>
/// Chooses the pickles of a run: positional paths and lines, `--tags`, `--name`, then `--shard`, then `--order`.
/// Sharding happens before ordering so every shard of a run agrees on who takes what, whatever the seed.
/// </summary>
public sealed record ScenarioSelector(
    IReadOnlyList<SelectionArgument> Arguments,
    TagExpression Tags,
    IReadOnlyList<Regex> Names,
    Shard Shard,
    ScenarioOrder Order)
{
    /// <summary>The scenarios of this run: <see cref="SelectAll"/>, then this shard's, in <see cref="Order"/>.</summary>
    public IReadOnlyList<SelectedScenario> Select(IReadOnlyList<ParsedFeature> features, string baseDirectory) =>
        ShardAndOrder(SelectAll(features, baseDirectory));

    /// <summary>
    /// The scenarios the paths and lines, --tags and --name select, in defined order, before --shard: what every shard of
    /// the run shares out.
    /// </summary>
    public IReadOnlyList<SelectedScenario> SelectAll(IReadOnlyList<ParsedFeature> features, string baseDirectory)
    {
        var linesByUri = new Dictionary<string, HashSet<long>?>(StringComparer.Ordinal);
        var lineOrigins = new Dictionary<string, string>(StringComparer.Ordinal);
        var folders = new List<string>();
        foreach (var argument in Arguments)
        {
            var fullPath = Path.GetFullPath(argument.Path, baseDirectory);
            if (Directory.Exists(fullPath))
            {
                var folder = FeatureDiscovery.Uri(fullPath, baseDirectory).TrimEnd('/');
                folders.Add(folder == "." ? "" : folder + "/");
                continue;
            }

            var uri = FeatureDiscovery.Uri(fullPath, baseDirectory);
            if (argument.Lines.Count == 0)
            {
                linesByUri[uri] = null;
            }
            else if (!linesByUri.TryGetValue(uri, out var lines) || lines is not null)
            {
                linesByUri[uri] = [.. lines ?? [], .. argument.Lines];
                foreach (var line in argument.Origin is null ? [] : argument.Lines)
                {
                    lineOrigins.TryAdd($"{uri}:{line}", argument.Origin!);
                }
            }
        }

        var selected = new List<SelectedScenario>();
        var position = 0;
        foreach (var feature in features)
        {
            var wholeFile = folders.Any(folder => feature.Uri.StartsWith(folder, StringComparison.Ordinal));
            linesByUri.TryGetValue(feature.Uri, out var lines);
            var named = linesByUri.ContainsKey(feature.Uri);
            var linesUsed = lines is null ? null : new HashSet<long>();
            foreach (var pickle in feature.Pickles)
            {
                var byLine = false;
                if (lines is not null)
                {
                    foreach (var line in lines)
                    {
                        if (feature.Index.IsSelectedByLine(pickle, line))
                        {
                            byLine = true;
                            linesUsed!.Add(line);
                        }
                    }
                }

                var byPath = wholeFile || (named && (lines is null || byLine));
                if (byPath && Tags.Evaluate(pickle.Tags.Select(tag => tag.Name).ToHashSet(StringComparer.Ordinal)) && NameMatches(pickle.Name))
                {
                    selected.Add(new SelectedScenario(feature, pickle, position++));
                }
            }

            // A line that selects nothing is a mistake (a typo, or a rerun file older than the feature): running the
            // rest without a word would pass a selection that was never run.
            if (!wholeFile && lines is not null && lines.Except(linesUsed!).Order().ToList() is [var unused, ..])
            {
                var origin = lineOrigins.TryGetValue($"{feature.Uri}:{unused}", out var from) ? $"; from {from}, older than the feature?" : "";
                throw new Cli.UsageException(
                    $"{feature.Uri}:{unused}: line {unused} selects no scenario (give the line of a Feature, Rule, Scenario, Examples or example row{origin})");
            }
        }

        return selected;
    }

    /// <summary>This shard's part of <paramref name="all"/> (what <see cref="SelectAll"/> gave), in <see cref="Order"/>.</summary>
    public IReadOnlyList<SelectedScenario> ShardAndOrder(IReadOnlyList<SelectedScenario> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        var sharded = all.Where(scenario => Shard.Takes(scenario.DefinedPosition)).ToList();
        if (Order.IsRandom)
        {
            var random = new Random(Order.Seed);
            var shuffled = sharded.ToArray();
            random.Shuffle(shuffled);
            return shuffled;
        }

        return sharded;
    }

    private bool NameMatches(string name)
    {
        try
        {
            return Names.Count == 0 || Names.Any(pattern => pattern.IsMatch(name));
        }
        catch (RegexMatchTimeoutException timeout)
        {
            throw new Cli.UsageException(
                $"--name '{timeout.Pattern}' took more than {timeout.MatchTimeout.TotalSeconds:0.#} s on the scenario name '{name}' (nested repetition such as (.*)*?); simplify the pattern");
        }
    }
}
