using System.Diagnostics;
using System.Globalization;
using Specs.Inventory.Domain;
using Specs.Runner.Output;

namespace Specs.Runner.Hunting;

/// <summary>
/// `specs hunt`: runs random histories until the count or the time budget is reached or an invariant breaks;
/// shrinks the failing history, writes it as reports/hunt/found-SEED.feature, and writes hunt.md and hunt.json.
/// Progress goes to the console every two seconds; the last line is the summary.
/// </summary>
internal static class HuntRun
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(2);

    /// <summary>Runs the hunt; returns the exit code (0: every invariant held; 1: one broke).</summary>
    public static int Run(HuntOptions options, TextWriter output, CancellationToken stop = default)
    {
        var target = HuntTarget.Named(options.Target);
        // Checked before the hunt: a report folder found wrong after it lost the case it found and shrank.
        Cli.OutputPaths.PrepareFolder(options.OutDirectory, Directory.GetCurrentDirectory(), $"--out {options.OutDirectory}");
        PlantedBugs.SwitchOn(options.Plant);
        try
        {
            // Stopped by Ctrl+C before the histories or the budget were spent: not a pass, as for an interrupted verify.
            var report = Hunt(options, target, output, stop) is var hunted && hunted.Finding is null && stop.IsCancellationRequested
                ? hunted with { Interrupted = true }
                : hunted;
            report.Write(options.OutDirectory);
            if (report.Finding is { } found)
            {
                output.WriteLine($"hunt: minimal scenario ({Counted.Of(found.Case.Given.Count, "past event", "past events")} and one When): {found.FeaturePath}");
                output.WriteLine($"hunt: reproduce the original history: {found.Reproduction}");
            }

            output.WriteLine($"hunt: report: {Path.Combine(options.OutDirectory, "hunt.md")}");
            output.WriteLine(report.SummaryLine());
            // With bugs planted the hunt is the negative check: it passes when it breaks a planted bug's invariant. Nothing
            // found means a generator or an invariant is too weak to see the bug; another invariant broken is a real defect.
            return report.Interrupted ? ExitCodes.Failed
                : options.Plant.Count > 0
                ? report.FoundPlanted ? ExitCodes.Passed : ExitCodes.Failed
                : report.Finding is null ? ExitCodes.Passed : ExitCodes.Failed;
        }
        finally
        {
            PlantedBugs.SwitchOff();
        }
    }

    /// <summary>The seed of history <paramref name="index"/> of a hunt seeded with <paramref name="seed"/>: the first is the seed itself, so `--seed S --histories 1` runs exactly history S.</summary>
    public static ulong SeedOf(ulong seed, int index)
    {
        if (index == 0)
        {
            return seed;
        }

        // SplitMix64's finaliser: neighbouring indexes give unrelated seeds.
        var z = seed + ((ulong)index * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    internal static HuntReport Hunt(HuntOptions options, HuntTarget target, TextWriter output, CancellationToken stop)
    {
        // The tool as the user launched it (specs when installed), in the reproduction and in the found scenario's verify line.
        var launcher = options.Launcher ?? Output.Launcher.From(Directory.GetCurrentDirectory());
        var runner = new HistoryRunner(target);
        var coverage = new HuntCoverage();
        var clock = Stopwatch.StartNew();
        var nextProgress = ProgressEvery;
        var (histories, commands) = (0, 0L);
        var limit = options.Histories ?? (options.TimeBudget is null ? HuntOptions.DefaultHistories : int.MaxValue);
        var planted = options.Plant.Count == 0 ? "" : ", planted: " + string.Join(", ", options.Plant.Select(PlantedBugs.NameOf));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"hunt: seed {options.Seed}, target {target.Name}, {(options.TimeBudget is { } budget ? $"for {budget.TotalSeconds:0.###} s" : Output.Counted.Of(limit, "history", "histories"))}{planted}"));
        while (histories < limit && !stop.IsCancellationRequested && (options.TimeBudget is not { } time || clock.Elapsed < time))
        {
            var seed = SeedOf(options.Seed, histories);
            var history = HistoryGenerator.For(seed);
            var outcome = runner.Run(history, seed, checkCommute: seed % 4 == 0);
            histories++;
            commands += outcome.Executed.Count;
            coverage.Add(outcome);
            if (outcome.Failure is { } failure)
            {
                var found = clock.Elapsed;
                output.WriteLine($"hunt: history {histories} (seed {seed}) broke {failure.Invariant} at step {failure.StepIndex + 1}: {failure.Detail}");
                output.WriteLine($"hunt: shrinking {failure.StepIndex + 1} steps...");
                var shrinking = Stopwatch.StartNew();
                var shrunk = new Shrinker(runner).Shrink(history, outcome, seed);
                var (reduced, reduceRuns) = FoundCase.Of(shrunk.Outcome).Reduce(target, failure.Invariant);
                var path = Path.Combine(options.OutDirectory, $"found-{seed}.feature");
                var finding = new HuntFinding(seed, target.Name, [.. options.Plant.Select(PlantedBugs.NameOf)], outcome, shrunk.Outcome, reduced, path, found, shrunk.Runs + reduceRuns, shrinking.Elapsed,
                    HuntFinding.ReproductionOf(seed, options with { Target = target.Name }, launcher))
                {
                    Launcher = launcher,
                };

                // Name the picklists and transfers as the corpus does; keep the names only if the renamed case still breaks the same
                // invariant (it is the same history with other server-chosen ids, so it should).
                var (named, names) = ServerNames.Rename(reduced, FoundScenario.IdentityOf(finding));
                var useNames = names.Count > 0 && FoundCase.Breaks(target, named, failure.Invariant);
                shrinking.Stop();
                finding = useNames ? finding with { Case = named, ShrinkTime = shrinking.Elapsed } : finding with { ShrinkTime = shrinking.Elapsed };
                Directory.CreateDirectory(options.OutDirectory);
                File.WriteAllText(path, FoundScenario.Write(finding, useNames ? names : ServerNames.None));
                return new HuntReport(options, target.Name, histories, commands, found, coverage, finding);
            }

            if (clock.Elapsed >= nextProgress)
            {
                nextProgress = clock.Elapsed + ProgressEvery;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"hunt: {Output.Counted.Of(histories, "history", "histories")}, {commands:N0} commands, {commands / clock.Elapsed.TotalSeconds:N0}/s, {clock.Elapsed.TotalSeconds:N0} s, no invariant broken"));
            }
        }

        return new HuntReport(options, target.Name, histories, commands, clock.Elapsed, coverage, null);
    }
}
