using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Io.Cucumber.Messages.Types;
using Specs.Runner.Cli;
using Specs.Runner.Reporting;

namespace Specs.Runner.LivingDocs;

/// <summary>
/// `specs docs`: rebuilds the living documentation from message streams alone, without running anything.
/// Several --from streams (shards of one suite) merge into one site; --compare marks what changed since a
/// previous run's stream.
/// </summary>
public sealed class DocsCommand
{
    /// <summary>The site's folder inside the report folder of `specs verify`.</summary>
    public const string FolderName = "living-docs";

    private readonly Option<string[]> _from = new("--from")
    {
        Description = "A cucumber.ndjson to build from. Repeat for the shards of one suite: they merge into one site.",
        Required = true,
    };

    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "Folder to write the site to (default: living-docs).",
    };

    private readonly Option<string?> _compare = new("--compare")
    {
        Description = "The previous run's cucumber.ndjson: marks new, removed, newly failing and newly fixed scenarios.",
    };

    private readonly Option<string?> _title = new("--title")
    {
        Description = "The site's title (default: Living documentation).",
    };

    public Command Build(TextWriter output, Func<string> baseDirectory)
    {
        var command = new Command("docs", "Build the living documentation (a static site that opens from disk) from cucumber.ndjson files, "
            + "without running the scenarios. `specs verify` writes it too, into living-docs/ in its report folder.\n\n"
            + "Examples:\n"
            + "  ./specs.sh docs --from reports/cucumber.ndjson\n"
            + "  ./specs.sh docs --from shard1/cucumber.ndjson --from shard2/cucumber.ndjson --out site\n"
            + "  ./specs.sh docs --from reports/cucumber.ndjson --compare previous/cucumber.ndjson\n\n"
            + "Exit codes: 0 the site was written (whatever the run's results); 2 usage error (a stream missing or not Cucumber messages); 3 internal error.");
        foreach (var option in new Option[] { _from, _out, _compare, _title })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var root = baseDirectory();
            var outFolder = parseResult.GetValue(_out) ?? FolderName;
            Cli.OutputPaths.PrepareFolder(outFolder, root, $"--out {outFolder}");
            var streams = new List<List<Envelope>>();
            var given = parseResult.GetValue(_from) ?? [];
            if (given.GroupBy(path => Path.GetFullPath(path, root), StringComparer.Ordinal).FirstOrDefault(same => same.Count() > 1) is { } twice)
            {
                // The same stream twice is not two shards: its scenarios would merge with themselves.
                throw new Cli.UsageException($"--from {twice.First()} is given {twice.Count()} times; give each shard's stream once");
            }

            foreach (var path in given)
            {
                var stream = Read(path, root);
                if (!stream.Any(envelope => envelope.TestRunFinished is not null))
                {
                    // A crashed run or an interrupted copy: published without a word, its missing scenarios read as "not run".
                    output.WriteLine($"Note: {path} ends before testRunFinished: the run or the copy of the stream was cut short, and the scenarios it does not reach show as not run");
                }

                streams.Add(stream);
            }

            var model = DocsModelBuilder.Build(streams, parseResult.GetValue(_title) ?? "Living documentation", Output.Launcher.From(root));
            if (parseResult.GetValue(_compare) is { } previousPath)
            {
                model = RunComparison.Compare(model, DocsModelBuilder.Build([Read(previousPath, root, "--compare names the stream of an earlier run: keep a copy of its reports/cucumber.ndjson")]), previousPath);
            }

            var folder = Path.GetFullPath(outFolder, root);
            var bytes = DocsSiteWriter.Write(model, folder);
            var index = Path.Combine(folder, "index.html");
            var shown = Path.GetRelativePath(root, index);
            Report(output, model, shown.StartsWith("..", StringComparison.Ordinal) ? index : shown, bytes);
            return ExitCodes.Passed;
        });
        return command;
    }

    /// <summary>After `specs verify`: the site from the run's own stream, in the report folder; returns its index path as given.</summary>
    public static string WriteAfterVerify(VerifyOptions options, IReadOnlyList<Envelope> envelopes)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = Path.Combine(options.OutputDirectory, FolderName);
        var model = Cli.PhaseTimer.Span("living docs model", () => DocsModelBuilder.Build([envelopes], launcher: Output.Launcher.From(options.BaseDirectory)));
        Cli.PhaseTimer.Span("living docs site", () => DocsSiteWriter.Write(model, Path.GetFullPath(folder, options.BaseDirectory)));
        return Path.Combine(folder, "index.html");
    }

    /// <summary>Reads one stream; a missing or malformed file is the user's mistake, named with its line.</summary>
    /// <param name="path">The stream, as the user named it.</param>
    /// <param name="baseDirectory">What a relative path is relative to.</param>
    /// <param name="whenMissing">
    /// What to do when there is no file there (the advice differs for an earlier run's stream); null: run verify first,
    /// with the tool as launched from <paramref name="baseDirectory"/>.
    /// </param>
    public static List<Envelope> Read(string path, string baseDirectory, string? whenMissing = null)
    {
        var fullPath = Path.GetFullPath(path, baseDirectory);
        if (!File.Exists(fullPath))
        {
            whenMissing ??= $"run `{Output.Launcher.From(baseDirectory)} verify` first; it writes reports/cucumber.ndjson";
            throw new UsageException($"no message stream at {path} ({whenMissing})");
        }

        var envelopes = new List<Envelope>();
        var number = 0;
        foreach (var line in File.ReadLines(fullPath))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                envelopes.Add(NdjsonReport.Read(line)[0]);
            }
            catch (System.Exception error) when (error is JsonException or FormatException or InvalidOperationException or ArgumentException)
            {
                // The line is the stream's; a position inside it comes from the reader, which counts from 0 in .NET's words.
                var what = error is JsonException json ? Sim.Cluster.JsonMistake.Describe(json, withLine: false) : error.Message;
                throw new UsageException($"{path}:{number.ToString(CultureInfo.InvariantCulture)} is not a Cucumber message: {what}");
            }
        }

        if (!envelopes.Any(envelope => envelope.GherkinDocument is not null))
        {
            throw new UsageException($"{path} holds no feature (no gherkinDocument message); is it a cucumber.ndjson of `specs verify`?");
        }

        return envelopes;
    }

    private static void Report(TextWriter output, DocsModel model, string index, long bytes)
    {
        var counts = StatusCounts.Of(model.Scenarios);
        var gaps = model.Glossary.Count(entry => entry.Kind != "table" && entry.ScenarioIds.Count == 0 && entry.NotInRun != true);
        foreach (var problem in model.Problems)
        {
            output.WriteLine($"Note: {problem}");
        }

        if (model.Scope is { } scope)
        {
            output.WriteLine(scope.Sentence());
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Living documentation: {index} ({Output.Counted.Of(model.Features.Count, "feature", "features")}, {Output.Counted.Of(model.Scenarios.Count, "scenario", "scenarios")}: {counts.Passed} passed, {counts.Failed} failed, "
            + $"{counts.Flaky} flaky, {counts.NotRun + counts.Skipped} not run; glossary {model.Glossary.Count} entries, {gaps} not exercised; {bytes / 1024.0:0} KB)"));
        if (model.ComparedWith is not null)
        {
            output.WriteLine($"Compared with {model.ComparedWith}: {model.Scenarios.Count(s => s.Change == ScenarioChange.New)} new, "
                + $"{model.Removed.Count} removed, {model.Scenarios.Count(s => s.Change == ScenarioChange.NewlyFailing)} newly failing, "
                + $"{model.Scenarios.Count(s => s.Change == ScenarioChange.NewlyFixed)} newly fixed");
        }
    }
}
