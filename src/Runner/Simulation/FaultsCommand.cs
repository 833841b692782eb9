using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Specs.Runner.Cli;

namespace Specs.Runner.Simulation;

/// <summary>
/// `specs faults` (the randomized-fault suite, its regression corpus and negative suite, with shrinking and
/// a report) and `specs merge` (one report from the shards of a `specs faults` or a `specs verify` run).
/// </summary>
public static class FaultsCommand
{
    /// <summary>Adds both subcommands to the root command; <paramref name="launcher"/> starts every reproduction `faults` prints.</summary>
    public static void Register(RootCommand root, TextWriter output, string launcher)
    {
        root.Subcommands.Add(BuildFaults(output, launcher));
        root.Subcommands.Add(BuildMerge(output));
    }

    /// <summary>The first seed of a commit's fresh batch: its hash's first 12 hex digits, so each commit tries new seeds reproducibly.</summary>
    public static ulong SeedFromCommit(string commit) =>
        1 + ulong.Parse(commit.AsSpan(0, Math.Min(12, commit.Length)), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    /// <summary>Parses "I/N" (1 ≤ I ≤ N).</summary>
    public static (int Index, int Count) ParseShard(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var index) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            return (index, count);
        }

        throw new UsageException($"--shard {text}: expected I/N with 1 <= I <= N, for example --shard 2/4");
    }

    /// <summary>
    /// Whether the report names its shards as i/n. Only the form is checked here, not <see cref="Discovery.Shard.TryParse"/>:
    /// a 3/2 is a shard outside its split, which EveryShardOnce names as such, not a report without a shard.
    /// </summary>
    private static bool RecordsItsShard(FaultReport report) =>
        report.Shards.Count > 0
        && report.Shards.All(text => text.Split('/') is [{ Length: > 0 } index, { Length: > 0 } count] && index.All(char.IsAsciiDigit) && count.All(char.IsAsciiDigit));

    private static Command BuildFaults(TextWriter output, string launcher)
    {
        var seeds = new Option<int>("--seeds") { Description = "How many fresh seeds to run (0 for none).", DefaultValueFactory = _ => 100 };
        var seedStart = new Option<string>("--seed-start") { Description = "The first seed, or \"commit\" to derive it from `git rev-parse HEAD`.", DefaultValueFactory = _ => "1" };
        var negative = new Option<bool>("--negative") { Description = "Also run the negative suite: each seeded bug must be caught and shrunk." };
        var negativeSeeds = new Option<int>("--negative-seeds") { Description = "Seeds each seeded bug may take.", DefaultValueFactory = _ => 16 };
        var regressions = new Option<string?>("--regressions") { Description = "Replay every *.schedule.json regression case in this folder first." };
        var outFolder = new Option<string>("--out") { Description = "The report folder.", DefaultValueFactory = _ => Path.Combine("reports", "faults") };
        var shard = new Option<string>("--shard") { Description = "Run only shard I of N (seeds, cases and bugs k with k mod N = I-1).", DefaultValueFactory = _ => "1/1" };
        var budget = new Option<string?>("--time-budget") { Description = "Stop starting fresh seeds after this long (60s, 5m, 1h); for terminals, never CI." };
        var shrinkRuns = new Option<int>("--shrink-runs") { Description = "Simulator runs one shrink may make.", DefaultValueFactory = _ => 200 };
        var command = new Command("faults", "The randomized-fault suite: seeds of the simulated cluster under faults, then healed (every request must "
            + "complete, the replicas converge); every failure is shrunk to a minimal fault schedule and reported with a timeline.\n\n"
            + "Examples:\n"
            + "  ./specs.sh faults --seeds 1000                       the suite on the real code\n"
            + "  ./specs.sh faults --seeds 0 --negative               every seeded bug must be caught and shrunk\n"
            + "  ./specs.sh faults --regressions tests/Sim/regressions --seeds 40 --seed-start commit --negative   the CI gate\n"
            + "  ./specs.sh faults --seeds 1000 --shard 2/4 --out reports/faults-2   one of four CI jobs; then `specs merge`\n\n"
            + "Writes faults.md, faults.json, faults.html and the schedules to --out. Exit codes: 0 all passed; 1 a failure; 2 usage error; 3 internal error.");
        foreach (var option in new Option[] { seeds, seedStart, negative, negativeSeeds, regressions, outFolder, shard, budget, shrinkRuns })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, stop) =>
        {
            var count = parse.GetValue(seeds);
            if (count < 0)
            {
                throw new UsageException($"--seeds must be 0 or more, not {count}");
            }

            if (parse.GetValue(negativeSeeds) <= 0)
            {
                throw new UsageException($"--negative-seeds must be 1 or more, not {parse.GetValue(negativeSeeds)}");
            }

            if (parse.GetValue(shrinkRuns) < 0)
            {
                throw new UsageException($"--shrink-runs must be 0 or more, not {parse.GetValue(shrinkRuns)}");
            }

            var corpus = parse.GetValue(regressions);
            if (corpus is not null && !Directory.Exists(corpus))
            {
                throw new UsageException(File.Exists(corpus)
                    ? $"--regressions {corpus} is a file; give the folder of regression schedules (such as tests/Sim/regressions)"
                    : $"--regressions {corpus}: no such folder");
            }

            // A gate that checks nothing must not pass: a mistyped corpus folder or --seeds 0 alone made CI green.
            if (corpus is not null && Directory.GetFiles(corpus, "*.schedule.json").Length == 0)
            {
                throw new UsageException($"--regressions {corpus}: the folder holds no regression case (*.schedule.json)");
            }

            if (count == 0 && corpus is null && !parse.GetValue(negative))
            {
                throw new UsageException("nothing to run: --seeds 0 without --regressions or --negative");
            }

            var commit = CurrentCommit();
            var start = parse.GetValue(seedStart)!;
            ulong first;
            if (start == "commit")
            {
                first = commit is null ? throw new UsageException("--seed-start commit: not in a git checkout (git rev-parse HEAD failed); give a number") : SeedFromCommit(commit);
            }
            else if (!ulong.TryParse(start, CultureInfo.InvariantCulture, out first))
            {
                throw new UsageException($"--seed-start {start}: expected a number or \"commit\"");
            }

            var options = new FaultSuiteOptions
            {
                Seeds = count,
                SeedStart = first,
                Negative = parse.GetValue(negative),
                NegativeSeeds = parse.GetValue(negativeSeeds),
                ShrinkRuns = parse.GetValue(shrinkRuns),
                Regressions = corpus,
                OutputFolder = parse.GetValue(outFolder)!,
                Shard = ParseShard(parse.GetValue(shard)!),
                TimeBudget = parse.GetValue(budget) is { } text ? TimeBudget.Require(text) : null,
                Commit = commit,
                Launcher = launcher,
            };
            // Checked before the seeds run: a report folder found wrong after them lost the suite's results.
            OutputPaths.PrepareFolder(options.OutputFolder, Directory.GetCurrentDirectory(), $"--out {options.OutputFolder}");
            var report = new FaultSuite(options, output, stop).Run();
            return Task.FromResult(Finish(report, options.OutputFolder, output));
        });
        return command;
    }

    private static Command BuildMerge(TextWriter output)
    {
        var inputs = new Argument<string[]>("reports") { Description = "Report folders of the shards: each holds faults.json (`specs faults --shard`) or cucumber.ndjson (`specs verify --shard`, any target).", Arity = ArgumentArity.OneOrMore };
        var outFolder = new Option<string>("--out") { Description = "Where the merged report goes (default reports/faults for fault reports, reports for verify's); never one of the shards' folders." };
        var rules = new Option<string>("--rules") { Description = "Verify shards: the rules file their coverage lists (default: \"rules\" of ./specs.json)." };
        var command = new Command("merge", "Combine the reports of the shards of one run into one report: the faults.json of `specs faults --shard i/n` runs, "
            + "or the report folders of `specs verify --shard i/n` runs (--target sim or any other; every report verify writes is rebuilt from the merged message stream).\n\n"
            + "Examples:\n  ./specs.sh merge reports/faults-1 reports/faults-2 --out reports/faults\n"
            + "  ./specs.sh merge reports/sim-1 reports/sim-2 --out reports/sim\n\n"
            + "Exit codes: 0 the merged run passed; 1 it holds a failure; 2 usage error (a shard missing or given twice, --out one of the inputs); 3 internal error.");
        command.Arguments.Add(inputs);
        command.Options.Add(outFolder);
        command.Options.Add(rules);
        command.SetAction(parse =>
        {
            var shards = parse.GetValue(inputs)!.Select(ShardReport.Of).ToList();
            var kinds = shards.Select(shard => shard.Kind).Distinct().ToList();
            if (kinds.Count > 1)
            {
                throw new UsageException("the reports are of different kinds and cannot be merged: "
                    + string.Join("; ", shards.Select(shard => $"{shard.Input} is {ShardReport.Describe(shard.Kind)}")) + ". Merge the shards of one kind of run at a time");
            }

            var folder = parse.GetValue(outFolder) ?? (kinds[0] == ShardReportKind.Verify ? "reports" : Path.Combine("reports", "faults"));
            // Checked before anything is read or written: the merged reports would replace the shard's own in its folder.
            OutputPaths.RequireApartFromInputs(folder, shards.Select(shard => shard.Folder), Directory.GetCurrentDirectory(), $"--out {folder}");
            if (kinds[0] == ShardReportKind.Verify)
            {
                return MergeVerify(shards, folder, parse.GetValue(rules), output);
            }

            var reports = shards.Select(shard =>
            {
                FaultReport report;
                try
                {
                    report = FaultReport.FromJson(File.ReadAllText(shard.File), shard.File);
                }
                catch (FormatException problem)
                {
                    throw new UsageException(problem.Message);
                }

                // Every faults run records its shard (1/1 unsharded). A report without one was written before that, and
                // cannot be checked against the others: merged alone it read as the whole run, whatever it held.
                return RecordsItsShard(report)
                    ? report
                    : throw new UsageException($"{shard.File} records no shard i/n ({(report.Shards.Count == 0 ? "none" : string.Join(", ", report.Shards))}): "
                        + "it was written before faults reports recorded their shard, so a merge cannot tell whether every shard of the run is there; run the shards again");
            }).ToList();
            var merged = FaultReportMerge.Merge(reports);
            OutputPaths.PrepareFolder(folder, Directory.GetCurrentDirectory(), $"--out {folder}");
            return Finish(merged, folder, output);
        });
        return command;
    }

    private static int MergeVerify(IReadOnlyList<ShardReport> shards, string folder, string? rulesFile, TextWriter output)
    {
        var baseDirectory = Directory.GetCurrentDirectory();
        var configPath = Path.Combine(baseDirectory, SpecsConfigFile.FileName);
        if (rulesFile is null && File.Exists(configPath) && SpecsConfigFile.Load(configPath).Rules is { } configured)
        {
            rulesFile = configured;
        }

        var folders = shards.Select(shard => shard.Folder).ToList();
        // Merged before the report folder is made: inputs that are not every shard of one run leave nothing behind.
        var envelopes = Reporting.VerifyReportMerge.Merge(folders, baseDirectory);
        OutputPaths.PrepareFolder(folder, baseDirectory, $"--out {folder}");
        var (digest, written, coverage) = Reporting.VerifyReportMerge.Write(envelopes, folders, folder, rulesFile, baseDirectory);
        var passed = digest.TestCases.Count(outcome => outcome.Passed);
        var failed = digest.TestCases.Count(outcome => outcome.Failed);
        var skipped = digest.TestCases.Count(outcome => outcome.Skipped);
        output.WriteLine($"merged {Output.Counted.Of(shards.Count, "verify shard", "verify shards")}: {digest.TestCases.Count} scenarios run of {digest.PickleCount} parsed");
        foreach (var path in written)
        {
            output.WriteLine($"  {path}");
        }

        if (coverage is not null)
        {
            output.WriteLine(coverage.ConsoleLine(Path.Combine(folder, Reporting.Coverage.CoverageReport.MarkdownFileName)));
        }

        foreach (var outcome in digest.TestCases.Where(outcome => outcome.Failed))
        {
            output.WriteLine($"FAILED {outcome.Location}  {outcome.Last.Pickle.Name}");
        }

        output.WriteLine(skipped > 0 ? $"{passed} passed, {failed} failed, {skipped} skipped" : $"{passed} passed, {failed} failed");
        return failed == 0 && digest.ParseErrors.Count == 0 && digest.RunFinished?.Success != false ? ExitCodes.Passed : ExitCodes.Failed;
    }

    private static int Finish(FaultReport report, string folder, TextWriter output)
    {
        FaultReportWriter.Write(report, folder);
        output.WriteLine();
        output.WriteLine($"report: {Path.Combine(folder, "faults.html")} (also faults.md, faults.json)");
        foreach (var failure in report.Failures)
        {
            output.WriteLine($"FAILED [{failure.Invariant}] seed {failure.Seed} on commit {failure.Commit ?? "unknown"}: {failure.Reproduce}");
            output.WriteLine($"  minimal: {failure.ReproduceMinimal}");
        }

        if (report.NotStartedAfterInterrupt > 0)
        {
            // Not a pass: the suite (or a shard of it, merged) stopped before it checked everything it was asked to.
            output.WriteLine($"interrupted by Ctrl+C: {Output.Counted.Of(report.NotStartedAfterInterrupt, "seed, case or seeded bug", "seeds, cases or seeded bugs")} not started");
            output.WriteLine($"{report.Passed} passed, {report.Failed} failed, {report.NotStartedAfterInterrupt} not run (interrupted)");
            return ExitCodes.Failed;
        }

        output.WriteLine($"{report.Passed} passed, {report.Failed} failed");
        return report.Failed == 0 ? ExitCodes.Passed : ExitCodes.Failed;
    }

    private static string? CurrentCommit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse HEAD") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
            if (git is null)
            {
                return null;
            }

            var text = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && text.Length >= 12 && text.All(Uri.IsHexDigit) ? text : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
