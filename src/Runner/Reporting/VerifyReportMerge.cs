using System.Text.Json.Nodes;
using Io.Cucumber.Messages.Types;
using Specs.Inventory.Scenarios;
using Specs.Runner.Cli;
using Specs.Runner.LivingDocs;
using Specs.Runner.Reporting.Coverage;

namespace Specs.Runner.Reporting;

/// <summary>
/// `specs merge` on the report folders of `specs verify --shard i/n` (`--target sim` or any other): the
/// shards' message streams merged into one (<see cref="ShardStreamMerge"/>), and every report verify writes
/// rendered again from it, so the merged folder is what one unsharded run would have written: cucumber.ndjson,
/// cucumber.html, junit.xml, rerun.txt, the idempotency and replay reports of the modes that ran, coverage
/// (when the shards wrote it) and the living documentation.
/// </summary>
public static class VerifyReportMerge
{
    /// <summary>The file that marks a folder as verify's reports.</summary>
    public const string StreamFileName = "cucumber.ndjson";

    /// <summary>
    /// The shards' streams merged into the stream of one unsharded run, before anything is written: a folder that is not
    /// a shard of that run, or a shard of it missing, is refused here (<see cref="ShardStreamMerge"/>).
    /// </summary>
    /// <exception cref="UsageException">the folders are not every shard of one run, each once.</exception>
    public static List<Envelope> Merge(IReadOnlyList<string> shardFolders, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(shardFolders);
        var streams = shardFolders
            .Select(folder => (folder, (IReadOnlyList<Envelope>)DocsCommand.Read(Path.Combine(folder, StreamFileName), baseDirectory)))
            .ToList();
        return ShardStreamMerge.Merge(streams);
    }

    /// <summary>
    /// Writes every report of the merged stream <paramref name="envelopes"/> (<see cref="Merge"/> of the shard folders) into
    /// the output folder; returns its digest, the files written and the coverage (null when the shards wrote none; then the
    /// rules file, which coverage lists, is unused).
    /// </summary>
    public static (RunDigest Digest, IReadOnlyList<string> Written, CoverageResult? Coverage) Write(
        List<Envelope> envelopes, IReadOnlyList<string> shardFolders, string outputFolder, string? rulesFile, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        ArgumentNullException.ThrowIfNull(shardFolders);
        var digest = new RunDigest(envelopes, strict: true);
        var options = new VerifyOptions
        {
            OutputDirectory = outputFolder,
            BaseDirectory = baseDirectory,
            Idempotency = VerificationReport.Collect(VerificationFinding.IdempotencyMode, envelopes, digest).Count > 0,
            ReplayCheck = VerificationReport.Collect(VerificationFinding.ReplayMode, envelopes, digest).Count > 0,
        };
        var written = ReportSet.Write(ReportSet.Paths(options), envelopes, digest, baseDirectory).ToList();
        written.AddRange(VerificationReport.WriteAll(options, envelopes, digest));
        CoverageResult? coverage = null;
        var shardCoverage = shardFolders.Select(folder => Path.GetFullPath(Path.Combine(folder, CoverageReport.JsonFileName), baseDirectory)).Where(File.Exists).ToList();
        if (shardCoverage.Count > 0)
        {
            // The shards computed coverage against the rules file and, when their target published one, the
            // system's vocabulary; the merged report lists the same universe, exercised by all shards' scenarios.
            var rules = rulesFile is null ? [] : RuleCatalog.Load(Path.GetFullPath(rulesFile, baseDirectory), rulesFile);
            var universe = shardCoverage.Any(HasVocabulary)
                ? new CoverageUniverse(rules, SystemVocabulary.Commands, SystemVocabulary.Events, SystemVocabulary.Errors)
                : new CoverageUniverse(rules, [], [], []);
            // Shards of a partial run carry its selection (a shard alone adds none): the merged report says what it covered.
            coverage = CoverageReport.Build(CoverageReport.Evidence(envelopes, digest), universe, RunScope.ForCoverage(envelopes, rules));
            var (markdownPath, jsonPath) = CoverageReport.Write(coverage, outputFolder, baseDirectory);
            written.Add(markdownPath);
            written.Add(jsonPath);
        }

        var site = Path.Combine(outputFolder, DocsCommand.FolderName);
        DocsSiteWriter.Write(DocsModelBuilder.Build([envelopes], launcher: Output.Launcher.From(baseDirectory)), Path.GetFullPath(site, baseDirectory));
        written.Add(Path.Combine(site, "index.html"));
        return (digest, written, coverage);
    }

    /// <summary>Whether a shard's coverage.json counted the system's commands (its target published a vocabulary).</summary>
    private static bool HasVocabulary(string coverageJson)
    {
        try
        {
            return (JsonNode.Parse(File.ReadAllText(coverageJson))?["kinds"]?["commands"]?["total"]?.GetValue<int>() ?? 0) > 0;
        }
        catch (System.Text.Json.JsonException error)
        {
            throw new UsageException($"{coverageJson}: not a coverage report of `specs verify`: {error.Message}");
        }
    }
}
