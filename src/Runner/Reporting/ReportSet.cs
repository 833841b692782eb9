using Io.Cucumber.Messages.Types;
using Specs.Runner.Cli;

namespace Specs.Runner.Reporting;

/// <summary>
/// The reports of a run and where they go: `--out DIR` (default reports/) with the standard file names,
/// each overridable by `--format NAME:PATH`. Every report is rendered from the canonical stream.
/// </summary>
public static class ReportSet
{
    public static readonly IReadOnlyDictionary<string, string> DefaultFileNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["message"] = "cucumber.ndjson",
        ["html"] = "cucumber.html",
        ["junit"] = "junit.xml",
        ["rerun"] = "rerun.txt",
    };

    /// <summary>
    /// The extension of a report's file (".html" for html): a --format path may replace an existing file only of that kind.
    /// <paramref name="name"/> is known: <see cref="Paths"/> refused any other first.
    /// </summary>
    public static string ExtensionOf(string name) => Path.GetExtension(DefaultFileNames[name]);

    /// <summary>Resolves the report paths: defaults in the output folder, then the --format overrides.</summary>
    public static IReadOnlyDictionary<string, string> Paths(VerifyOptions options)
    {
        var paths = DefaultFileNames.ToDictionary(pair => pair.Key, pair => Path.Combine(options.OutputDirectory, pair.Value), StringComparer.Ordinal);
        foreach (var (name, path) in options.Formats)
        {
            if (!DefaultFileNames.ContainsKey(name))
            {
                throw new UsageException($"unknown report format '{name}' in --format (known: {string.Join(", ", DefaultFileNames.Keys)})");
            }

            paths[name] = path;
        }

        return paths;
    }

    /// <summary>Writes every report; returns the paths written, relative as given.</summary>
    /// <param name="paths">Each report's name and where it goes.</param>
    /// <param name="envelopes">The run's message stream.</param>
    /// <param name="digest">The run's outcomes.</param>
    /// <param name="baseDirectory">What relative paths are relative to.</param>
    /// <param name="notStarted">`path:line` of the selected scenarios an interrupted run never started (rerun.txt lists them).</param>
    public static IReadOnlyList<string> Write(
        IReadOnlyDictionary<string, string> paths, IReadOnlyList<Envelope> envelopes, RunDigest digest, string baseDirectory, IReadOnlyList<string>? notStarted = null)
    {
        // The reports are independent renderings of one stream: written concurrently, listed in name order.
        var ordered = paths.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList();
        var lines = paths.ContainsKey("message") || paths.ContainsKey("html") ? NdjsonReport.SerializeAll(envelopes) : [];
        ParallelWork.For(ordered.Count, i => PhaseTimer.Span(ordered[i].Key, () => WriteOne(ordered[i].Key, ordered[i].Value, envelopes, lines, digest, baseDirectory, notStarted)));

        return ordered.Select(pair => pair.Value).ToList();
    }

    private static void WriteOne(string name, string path, IReadOnlyList<Envelope> envelopes, IReadOnlyList<byte[]> lines, RunDigest digest, string baseDirectory, IReadOnlyList<string>? notStarted)
    {
        var fullPath = Path.GetFullPath(path, baseDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        // Write next to the target and rename, so a reader never sees half a report.
        var temporary = fullPath + ".tmp";
        using (var stream = new UnflushedFileStream(temporary))
        {
            switch (name)
            {
                case "message":
                    NdjsonReport.Write(stream, lines);
                    break;
                case "html":
                    HtmlReport.Write(stream, envelopes, lines);
                    break;
                case "junit":
                    WriteText(stream, JUnitReport.Render(digest));
                    break;
                case "rerun":
                    WriteText(stream, RerunReport.Render(digest, notStarted));
                    break;
            }
        }

        File.Move(temporary, fullPath, overwrite: true);
    }

    private static void WriteText(Stream stream, string text)
    {
        var bytes = new System.Text.UTF8Encoding(false).GetBytes(text);
        stream.Write(bytes);
    }
}
