using System.Diagnostics;
using System.Text.RegularExpressions;
using Specs.Inventory.Scenarios;
using Specs.Runner.Discovery;
using Specs.Runner.Discovery.TagExpressions;
using Specs.Runner.Execution;
using Specs.Runner.Output;
using Specs.Runner.Reporting;
using Specs.Runner.Reporting.Coverage;
using Specs.Runner.Targets;

namespace Specs.Runner.Cli;

/// <summary>`specs verify` from options to exit code: discover, select, run, write reports, summarise.</summary>
public static class VerifyRun
{
    public static async Task<int> RunAsync(VerifyOptions options, TextWriter output, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(options);
        var wall = Stopwatch.StartNew();
        PhaseTimer.Mark("command line");
        // A failing seed's reproduction starts as the rerun line does: the tool as the user launched it, from the base folder.
        options = options with { Cluster = options.Cluster with { Launcher = Launcher.From(options.BaseDirectory) } };
        var arguments = SelectionArgument.Expand(options.Paths);
        if (SelectionArgument.NothingToRerun(options.Paths, arguments))
        {
            output.WriteLine($"Nothing to rerun: {string.Join(", ", options.Paths.Select(path => path[1..]))} lists no scenarios (the run that wrote it had no failing scenario)");
            output.WriteLine("0 passed, 0 failed");
            return ExitCodes.Passed;
        }

        var selector = new ScenarioSelector(
            arguments,
            ParseTags(options.Tags),
            options.Names.Select(ParseName).ToList(),
            Shard.Parse(options.Shard),
            ScenarioOrder.Parse(options.Order));
        if (options.StepAssemblies.Count == 0 && !options.DryRun)
        {
            // Without step definitions every step is undefined: the run would blame the feature files and offer a
            // snippet for every step, when the mistake is where it was run from or what specs.json says.
            var configFolder = SpecsConfigFile.Find(options.BaseDirectory).Folder;
            throw new UsageException("no step definitions to run the scenarios with: pass --steps X.dll, or set \"steps\" in specs.json ("
                + (configFolder is null ? $"there is no specs.json in {options.BaseDirectory} or a folder above it" : $"{Path.Combine(configFolder, SpecsConfigFile.FileName)} names none")
                + "); --dry-run lists the steps to write without them");
        }

        var reportPaths = ReportSet.Paths(options);
        // Where the reports go is checked before the run: found wrong after it, it cost the run and its results.
        OutputPaths.PrepareFolder(options.OutputDirectory, options.BaseDirectory, $"the report folder {(options.OutputDirectory.Length == 0 ? "\"\"" : options.OutputDirectory)} (--out, or \"out\" in specs.json)");
        foreach (var (name, path) in options.Formats)
        {
            OutputPaths.PrepareFile(path, options.BaseDirectory, $"--format {name}:{path}", ReportSet.ExtensionOf(name));
        }

        var discovered = FeatureDiscovery.Discover(selector.Arguments, options.BaseDirectory);
        var selectedBeforeSharding = selector.SelectAll(discovered.Features, options.BaseDirectory);
        var selected = selector.ShardAndOrder(selectedBeforeSharding);
        PhaseTimer.Mark("discover");
        var unsharded = selected.Count == 0 && selector.Shard != Shard.Whole ? selectedBeforeSharding.Count : 0;
        if (unsharded > 0)
        {
            // A CI matrix of n jobs over a small selection gives some jobs nothing: a pass with its (empty) reports,
            // so that `specs merge` finds every shard's folder, not a usage error that fails the job.
            output.WriteLine($"Shard {selector.Shard.Index}/{selector.Shard.Count} takes none of the {Counted.Of(unsharded, "selected scenario", "selected scenarios")}");
        }
        else if (selected.Count == 0 && discovered.ParseFailures.Count == 0)
        {
            var parsed = discovered.Features.Sum(feature => feature.Pickles.Count);
            throw new UsageException(discovered.Features.Count == 0
                ? $"no feature files under {string.Join(", ", options.Paths)}"
                : parsed == 0
                    ? $"{Counted.Of(discovered.Features.Count, "feature file", "feature files")} under {string.Join(", ", options.Paths)} parsed, and {(discovered.Features.Count == 1 ? "it holds" : "they hold")} no scenario"
                    : $"no scenarios match the selection ({parsed} parsed; check the paths, --tags, --name and --shard)");
        }

        if (options.Cluster.Schedule is not null
            && options.Cluster.ScheduleMismatch([.. selected.Select(scenario => new ScenarioIdentity(scenario.Feature.Uri, scenario.Line, scenario.Pickle.Name))]) is { } mismatch)
        {
            throw new UsageException(mismatch);
        }

        if (selector.Order.IsRandom)
        {
            output.WriteLine($"Order: {selector.Order} (pass --order {selector.Order} to repeat it)");
        }

        // Read before running, so a missing or malformed rules file is a usage error, not a surprise after the run.
        var rules = options.RulesFile is { } rulesFile ? RuleCatalog.Load(Path.GetFullPath(rulesFile, options.BaseDirectory), rulesFile) : [];
        var assemblies = BindingAssemblyLoader.Load(options.StepAssemblies, options.BaseDirectory);
        PhaseTimer.Mark("load bindings");
        var ownedTarget = options.Target is null ? TargetCatalog.Create(options.TargetName, options.ToScenarioSettings(), options.Cluster) : null;
        try
        {
            return await RunOnTargetAsync(options, output, discovered, selectedBeforeSharding, selected, selector, reportPaths, assemblies, rules, ownedTarget ?? options.Target!, wall, cancellation);
        }
        finally
        {
            (ownedTarget as IDisposable)?.Dispose();
        }
    }

    private static async Task<int> RunOnTargetAsync(
        VerifyOptions options,
        TextWriter output,
        DiscoveredFeatures discovered,
        IReadOnlyList<SelectedScenario> selectedBeforeSharding,
        IReadOnlyList<SelectedScenario> selected,
        ScenarioSelector selector,
        IReadOnlyDictionary<string, string> reportPaths,
        IReadOnlyList<System.Reflection.Assembly> assemblies,
        IReadOnlyList<RuleEntry> rules,
        Extensibility.IVerificationTarget target,
        Stopwatch wall,
        CancellationToken cancellation)
    {
        var settings = options.ToRunSettings(assemblies, target);
        LivingDocs.ContractCatalogAttachment.RenderAhead();
        var renderedRules = LivingDocs.RuleCatalogAttachment.RenderAhead(rules, options.RulesFile ?? "");
        var interactive = options.Interactive ?? !System.Console.IsOutputRedirected;
        RunRecord run;
        if (interactive)
        {
            run = await TerminalProgress.RunAsync(observer => RunEngine.RunAsync(discovered, selected, settings, observer, cancellation));
        }
        else
        {
            var progress = new PlainProgress(output);
            run = await RunEngine.RunAsync(discovered, selected, settings, progress, cancellation);
            progress.Complete();
        }

        PhaseTimer.Mark("run");
        foreach (var warning in run.Bindings.Warnings)
        {
            output.WriteLine($"Warning: {warning}");
        }

        var envelopes = LivingDocs.ContractCatalogAttachment.Attach(MessageStreamBuilder.Build(run, MessageStreamBuilder.CreateMeta(options.FixedClock is not null)));
        LivingDocs.RuleCatalogAttachment.Attach(envelopes, rules, await renderedRules);
        LivingDocs.RunSelectionAttachment.Attach(envelopes, options.NarrowedTo, options.NarrowedToWholeFolders);
        if (selector.Shard != Shard.Whole)
        {
            // What the whole run selected, for `specs merge` to check that every shard shared out the same scenarios.
            ShardAttachment.Attach(envelopes, selector.Shard, ShardAttachment.SelectionOf(selectedBeforeSharding));
        }

        PhaseTimer.Mark("message stream");
        var digest = new RunDigest(envelopes, options.Strict);
        PhaseTimer.Mark("digest");

        // Every report reads the same finished stream and writes its own files, so they are written concurrently:
        // on a 2-core machine the HTML report, the living docs and coverage overlap instead of queueing.
        // The list of written paths keeps the order of the sequential version.
        // Each on a thread of its own, the longest (the living docs) first: queued on the thread pool, a report could
        // wait for the pool to grow while the others' parallel loops held its threads (the living docs once started
        // only after the coverage report, 0.5 s late).
        var livingDocs = StartReport(() => PhaseTimer.Span("living docs", () => LivingDocs.DocsCommand.WriteAfterVerify(options, envelopes)));
        // An interrupted run's rerun file also lists what never started, so that the rerun finishes the run.
        var ran = digest.TestCases.Select(outcome => outcome.Location).ToHashSet(StringComparer.Ordinal);
        var notStarted = run.Interrupted ? selected.Select(scenario => scenario.Location).Where(location => !ran.Contains(location)).Distinct(StringComparer.Ordinal).ToList() : [];
        var reports = StartReport(() => PhaseTimer.Span("cucumber reports", () => ReportSet.Write(reportPaths, envelopes, digest, options.BaseDirectory, notStarted)));
        var verificationReports = StartReport(() => PhaseTimer.Span("verification reports", () => VerificationReport.WriteAll(options, envelopes, digest).ToList()));
        var notes = new List<string>();
        var coverageGaps = 0;
        var coveragePaths = new List<string>();
        if (options.DryRun || run.Interrupted)
        {
            CoverageReport.RemoveEarlier(options.OutputDirectory, options.BaseDirectory);
            if (run.Interrupted)
            {
                notes.Add("coverage: not judged, the run was interrupted before every selected scenario ran");
            }
            else if (options.RequireCoverage)
            {
                notes.Add("coverage: not judged in a dry run (no scenario ran), so --require-coverage does not apply");
            }
        }
        else
        {
            // A dry run executes nothing, so nothing was asserted: its coverage would be all gaps; an interrupted run
            // left scenarios out, whose rules and commands it would count as gaps.
            // --require-coverage on a partial run asks it to cover everything, as it always did: its report counts every gap.
            var scope = options.RequireCoverage ? null : LivingDocs.RunScope.ForCoverage(envelopes, rules);
            var coverage = CoverageReport.Build(CoverageReport.Evidence(envelopes, digest), CoverageUniverse.Of(rules, target), scope);
            var (markdownPath, jsonPath) = CoverageReport.Write(coverage, options.OutputDirectory, options.BaseDirectory);
            coveragePaths.Add(markdownPath);
            coveragePaths.Add(jsonPath);
            coverageGaps = coverage.Gaps;
            notes.Add(coverage.ConsoleLine(markdownPath) + (options.RequireCoverage && coverageGaps > 0 ? "; --require-coverage fails the run" : "")
                + (options.RequireCoverageSkipped is { } partial ? $"; requireCoverage (specs.json) not applied: {partial} select part of the corpus" : ""));
        }

        PhaseTimer.Mark("coverage");
        var written = (await reports).ToList();
        PhaseTimer.Mark("reports");
        written.AddRange(await verificationReports);
        written.AddRange(coveragePaths);
        written.Add(await livingDocs);
        PhaseTimer.Mark("living docs");
        if (run.RunError is { } runError)
        {
            output.WriteLine($"Run error: {runError}");
        }

        var workers = Math.Max(1, Math.Min(settings.Parallel, selected.Select(scenario => scenario.Feature.Uri).Distinct(StringComparer.Ordinal).Count()));
        var rerun = reportPaths.GetValueOrDefault("rerun") is { } rerunFile
            ? (notStarted.Count > 0 ? "Run what failed or did not start: " : "Rerun the failures: ")
                + string.Join(' ', [Launcher.From(options.BaseDirectory), "verify", .. options.RerunOptions, ShellWord.Quote("@" + rerunFile)])
            : null;
        // The step definitions an interrupted run did not reach are not unused: they are counted, not listed, as for a part of the corpus.
        var partOfCorpus = run.Interrupted ? "was interrupted" : options.PartialSelection is { } selection ? $"selects {selection}" : null;
        // A coverage gap under --require-coverage fails the run: counted on the last line as a failure of its own (as
        // `specs sim --require-probes` counts a probe not reached), so a log read from its last line does not say "0 failed".
        var coverageFailure = options.RequireCoverage && coverageGaps > 0 ? 1 : 0;
        RunSummary.Print(output, digest, envelopes, selected.Count, wall.Elapsed, workers, written, notes, rerun, partOfCorpus, options.DryRun, coverageFailure);
        // A scenario that never ran (fail-fast, Ctrl+C) is not a pass either.
        var failed = digest.TestCases.Any(outcome => outcome.Failed) || digest.ParseErrors.Count > 0 || run.RunError is not null
            || run.Interrupted || digest.TestCases.Count < selected.Count || (options.RequireCoverage && coverageGaps > 0);
        return failed ? ExitCodes.Failed : ExitCodes.Passed;
    }

    private static Task<T> StartReport<T>(Func<T> write) =>
        Task.Factory.StartNew(write, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static TagExpression ParseTags(IReadOnlyList<string> tags)
    {
        try
        {
            return tags.Select(TagExpressionParser.Parse).Aggregate(
                (TagExpression)new TagExpression.True(),
                (all, next) => all is TagExpression.True ? next : next is TagExpression.True ? all : new TagExpression.And(all, next));
        }
        catch (TagExpressionException error)
        {
            throw new UsageException($"--tags: {error.Message}");
        }
    }

    private static Regex ParseName(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException error)
        {
            throw new UsageException($"--name '{pattern}' is not a valid regular expression: {error.Message}");
        }
    }
}
