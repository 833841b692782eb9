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
    /// For a path that is not there, as <c>holding.feature:abc</c>, the existing file before one of its colons and the
    /// first segment after it that is not a line number; null when no prefix is a file.
    /// </summary>
    private static (string File, string NotLine)? FileBeforeColon(string path, string baseDirectory)
    {
        for (var colon = path.IndexOf(':', StringComparison.Ordinal); colon > 0; colon = path.IndexOf(':', colon + 1))
        {
            var file = path[..colon];
            if (File.Exists(System.IO.Path.GetFullPath(file, baseDirectory)))
            {
                var notLine = path[(colon + 1)..].Split(':').FirstOrDefault(segment => segment.Length == 0 || !segment.All(char.IsAsciiDigit)) ?? "";
                return (file, notLine);
            }
        }

        return null;
    }

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
                    ? $"{argument.Shown} is not a .feature file"
                    : $"no such folder: {argument.ShownAsFolder}");
            }
            else if (File.Exists(fullPath))
            {
                files[Uri(fullPath, baseDirectory)] = fullPath;
            }
            else if (FileBeforeColon(argument.Path, baseDirectory) is var (file, notLine))
            {
                // "no such file: ….feature:abc" sent the user looking for a file that is there.
                throw new UsageException($"{argument.Shown}: the line after the colon must be a number, not '{notLine}' (as in {file}:17)");
            }
            else
            {
                throw new UsageException(System.IO.Path.HasExtension(argument.Path)
                    ? $"no such file: {argument.Shown}"
                    : $"no such folder: {argument.ShownAsFolder}");
            }

            if (files.Count > FeatureFilesMax)
            {
                throw new UsageException($"more than {FeatureFilesMax} feature files under {argument.Path}");
            }
        }

        var ordered = files.ToList();
        foreach (var (uri, file) in ordered)
        {
            if (new FileInfo(file).Length > FeatureFileBytesMax)
            {
                throw new UsageException($"{uri} is larger than {FeatureFileBytesMax / (1024 * 1024)} MB");
            }
        }

        // Each file parses on its own (its ids come from its uri and content), so the files are parsed on every
        // core while the run has not started: the corpus's 86 features took 130 ms on one core of two.
        var parsed = new (ParsedFeature? Feature, IReadOnlyList<FeatureParseFailure> Errors)[ordered.Count];
        ParallelWork.For(ordered.Count, i => parsed[i] = FeatureParser.Parse(ordered[i].Key, File.ReadAllBytes(ordered[i].Value)));
        var features = new List<ParsedFeature>();
        var failures = new List<FeatureParseFailure>();
        foreach (var (feature, errors) in parsed)
        {
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
