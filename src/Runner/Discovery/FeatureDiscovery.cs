using Specs.Runner.Cli;

namespace Specs.Runner.Discovery;

/// <summary>Finds and parses the feature files named by the selection arguments.</summary>
public static class FeatureDiscovery
{
    /// <summary>Most feature files one run reads; a folder with more is almost certainly the wrong folder.</summary>
    public const int FeatureFilesMax = 50_000;

    /// <summary>Largest feature file read; Gherkin for people is far smaller.</summary>
    public const long FeatureFileBytesMax = 16L * 1024 * 1024;

    /// <summary>
    /// Parses every feature file under the selected paths, in ordinal order of their uris (paths relative to
    /// <paramref name="baseDirectory"/>, with forward slashes), so discovery is the same on every machine.
    /// </summary>
    public static DiscoveredFeatures Discover(IReadOnlyList<SelectionArgument> selection, string baseDirectory)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in selection)
        {
            var fullPath = System.IO.Path.GetFullPath(argument.Path, baseDirectory);
            if (Directory.Exists(fullPath))
            {
                foreach (var file in Directory.EnumerateFiles(fullPath, "*.feature", SearchOption.AllDirectories))
                {
                    files[Uri(file, baseDirectory)] = file;
                }
            }
            else if (File.Exists(fullPath) && !fullPath.EndsWith(".feature", StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException(System.IO.Path.HasExtension(argument.Path)
                    ? $"{argument.Path} is not a .feature file"
                    : $"no such folder: {argument.Path.TrimEnd('/')}/");
            }
            else if (File.Exists(fullPath))
            {
                files[Uri(fullPath, baseDirectory)] = fullPath;
            }
            else
            {
                throw new UsageException(System.IO.Path.HasExtension(argument.Path)
                    ? $"no such file: {argument.Path}"
                    : $"no such folder: {argument.Path.TrimEnd('/')}/");
            }

            if (files.Count > FeatureFilesMax)
            {
                throw new UsageException($"more than {FeatureFilesMax} feature files under {argument.Path}");
            }
        }

        var features = new List<ParsedFeature>();
        var failures = new List<FeatureParseFailure>();
        foreach (var (uri, file) in files)
        {
            if (new FileInfo(file).Length > FeatureFileBytesMax)
            {
                throw new UsageException($"{uri} is larger than {FeatureFileBytesMax / (1024 * 1024)} MB");
            }

            var (feature, errors) = FeatureParser.Parse(uri, File.ReadAllText(file));
            if (feature is not null)
            {
                features.Add(feature with { Order = features.Count });
            }

            failures.AddRange(errors);
        }

        return new DiscoveredFeatures(features, failures);
    }

    public static string Uri(string fullPath, string baseDirectory) =>
        System.IO.Path.GetRelativePath(baseDirectory, fullPath).Replace('\\', '/');
}

/// <summary>Everything discovery found: features that parsed (all their pickles) and files that did not.</summary>
public sealed record DiscoveredFeatures(IReadOnlyList<ParsedFeature> Features, IReadOnlyList<FeatureParseFailure> ParseFailures);
