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
    public IReadOnlyList<SelectedScenario> Select(IReadOnlyList<ParsedFeature> features, string baseDirectory)
    {
        var linesByUri = new Dictionary<string, HashSet<long>?>(StringComparer.Ordinal);
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
            }
        }

        var selected = new List<SelectedScenario>();
        var position = 0;
        foreach (var feature in features)
        {
            var wholeFile = folders.Any(folder => feature.Uri.StartsWith(folder, StringComparison.Ordinal));
            linesByUri.TryGetValue(feature.Uri, out var lines);
            var named = linesByUri.ContainsKey(feature.Uri);
            foreach (var pickle in feature.Pickles)
            {
                var byPath = wholeFile || (named && (lines is null || lines.Any(line => feature.Index.IsSelectedByLine(pickle, line))));
                if (byPath && Tags.Evaluate(pickle.Tags.Select(tag => tag.Name).ToHashSet(StringComparer.Ordinal))
                    && (Names.Count == 0 || Names.Any(name => name.IsMatch(pickle.Name))))
                {
                    selected.Add(new SelectedScenario(feature, pickle, position++));
                }
            }
        }

        var sharded = selected.Where(scenario => Shard.Takes(scenario.DefinedPosition)).ToList();
        if (Order.IsRandom)
        {
            var random = new Random(Order.Seed);
            var shuffled = sharded.ToArray();
            random.Shuffle(shuffled);
            return shuffled;
        }

        return sharded;
    }
}
