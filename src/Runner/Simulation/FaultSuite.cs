using System.Diagnostics;
using System.Globalization;
using Specs.Inventory.Replication;
using Specs.Runner.Output;
using Specs.Sim.Cluster;
using Specs.Sim.Shrinking;

namespace Specs.Runner.Simulation;

/// <summary>
/// The randomized-fault suite behind `specs faults`: replays the regression corpus, runs fresh seeds of the
/// swarm (each seed a chaos phase with faults, then heal, then every request must complete and the replicas
/// converge), and optionally the negative suite. Every failure is shrunk, stored as original and minimal
/// schedule (plus a regression case to keep), and drawn as a timeline. Ctrl+C (<paramref name="stop"/>) stops it
/// between runs: what ran is reported, and what did not is counted so the run cannot pass.
/// </summary>
public sealed class FaultSuite(FaultSuiteOptions options, TextWriter output, CancellationToken stop = default)
{
    private int _notStarted;

    private readonly List<SeedRun> _runs = [];
    private readonly List<FailureRecord> _failures = [];
    private readonly List<NegativeBugRecord> _negative = [];

    /// <summary>Runs everything the options ask for and returns the report (not yet written).</summary>
    public FaultReport Run()
    {
        var wall = Stopwatch.StartNew();
        if (options.Regressions is { } corpus)
        {
            RunRegressions(corpus);
        }

        var skipped = RunFreshSeeds(wall);
        if (options.Negative)
        {
            RunNegative();
        }

        wall.Stop();
        return new FaultReport
        {
            Commit = options.Commit,
            Shards = [string.Create(CultureInfo.InvariantCulture, $"{options.Shard.Index}/{options.Shard.Count}")],
            Runs = _runs,
            Failures = _failures,
            Negative = _negative,
            SeedsSkippedByBudget = skipped,
            NotStartedAfterInterrupt = _notStarted,
            WallMs = wall.ElapsedMilliseconds,
        };
    }

    private void RunRegressions(string corpus)
    {
        var files = Directory.GetFiles(corpus, "*.schedule.json").Order(StringComparer.Ordinal).ToList();
        output.WriteLine($"regression corpus {corpus}: {Output.Counted.Of(files.Count, "case", "cases")}");
        for (var index = 0; index < files.Count; index++)
        {
            if (!options.InShard(index))
            {
                continue;
            }

            if (stop.IsCancellationRequested)
            {
                _notStarted++;
                continue;
            }

            RegressionCase regression;
            try
            {
                regression = RegressionCase.Read(files[index]);
            }
            catch (FormatException unreadable)
            {
                // One damaged case fails the gate as a case, named; the others still run (it aborted the whole suite).
                _runs.Add(SeedRun.Unreadable(Path.GetFileName(files[index])));
                output.WriteLine($"  {Path.GetFileName(files[index])}: FAILED (unreadable: {unreadable.Message})");
                continue;
            }

            if (regression.Scenario is not null)
            {
                RunScenarioRegression(regression, files[index]);
                continue;
            }

            var watch = Stopwatch.StartNew();
            var result = ClusterSimulation.Run(regression.Schedule.Seed, new SimulationRunOptions { Bugs = regression.Bug, Schedule = regression.Schedule });
            watch.Stop();
            var holds = regression.Holds(result);
            var expectation = regression.ExpectInvariant is null ? "passes" : $"still breaks {regression.ExpectInvariant} with {regression.Bug}";
            Record(result, $"regression {regression.Name}", holds, watch.ElapsedMilliseconds);
            output.WriteLine($"  {regression.Name}: {(holds ? "ok" : "FAILED")} ({expectation})");
            if (!holds)
            {
                var bugFlag = BugFlag(regression.Bug);
                var reproduce = $"{options.Launcher} replay --seed {regression.Schedule.Seed}{bugFlag} --schedule {Output.ShellWord.Quote(files[index])}";
                output.WriteLine($"    {(result.Passed ? "the seeded bug is no longer caught: a checker got weaker" : result.Violations[0].ToString())}");
                output.WriteLine($"    reproduce: {reproduce}");
                if (!result.Passed)
                {
                    _failures.Add(Failure(result, regression.Bug, Shrink(result, regression.Bug), reproduce, files[index]));
                }
            }
        }
    }

    /// <summary>
    /// A case recorded by `verify --target sim` replays its scenario with its schedule: it holds when the scenario
    /// passes, or, for a case with a seeded bug, when a seed broke the invariant it names.
    /// </summary>
    private void RunScenarioRegression(RegressionCase regression, string file)
    {
        var watch = Stopwatch.StartNew();
        var captured = new StringWriter();
        var replay = ScenarioReplay.Run(regression, file, regression.Bug, captured, captured, Path.Combine(options.OutputFolder, "regressions", regression.Name), options.AdjustScenarioRuns);
        watch.Stop();
        var holds = regression.ExpectInvariant is null
            ? replay.ExitCode == ExitCodes.Passed
            : replay.Failures.Any(failure => failure.Check == regression.ExpectInvariant);
        var first = replay.Failures.Count > 0 ? replay.Failures[0] : null;
        _runs.Add(new SeedRun
        {
            Seed = regression.Schedule.Seed,
            Kind = $"regression {regression.Name}",
            Passed = holds,
            Configuration = $"scenario {regression.Scenario} seed number {regression.SeedNumber}" + (first is null ? string.Empty : $": {first.Configuration}"),
            FaultsByKind = regression.Schedule.Faults.GroupBy(fault => fault.Kind.ToString()).ToDictionary(group => group.Key, group => group.Count()),
            // Summed over the cluster runs the replay made: one for each request the scenario submits (its When), at
            // the one seed number the case names.
            SimulatedMs = replay.Runs.Sum(run => run.SimulatedTicks),
            WallMs = watch.ElapsedMilliseconds,
            Commands = replay.Runs.Sum(run => run.RequestsIssued),
            CommandsAnswered = replay.Runs.Sum(run => run.RequestsAnswered),
            Failovers = replay.Runs.Sum(run => run.FailoverTicks.Count),
            Crashes = replay.Runs.Sum(run => run.Crashes),
            Invariant = holds ? null : first?.Check ?? "scenario",
        });
        var expectation = regression.ExpectInvariant is null ? $"scenario {regression.Scenario} passes" : $"scenario {regression.Scenario} still breaks {regression.ExpectInvariant} with {regression.Bug}";
        output.WriteLine($"  {regression.Name}: {(holds ? "ok" : "FAILED")} ({expectation})");
        if (!holds)
        {
            output.WriteLine($"    {(first is null ? (regression.ExpectInvariant is null ? "the scenario failed; its report: " + Path.Combine(options.OutputFolder, "regressions", regression.Name) : "the seeded bug is no longer caught: a checker got weaker") : $"{first.Check} broke: {first.Detail}")}");
            output.WriteLine($"    reproduce: {options.Launcher} verify --target sim --seeds 1 --seed-start {regression.SeedNumber} --schedule {Output.ShellWord.Quote(file)} {Output.ShellWord.Quote(regression.Scenario!)}");
        }
    }

    private int RunFreshSeeds(Stopwatch wall)
    {
        if (options.Seeds == 0)
        {
            return 0;
        }

        output.WriteLine($"fresh seeds {options.SeedStart}..{options.SeedStart + (ulong)options.Seeds - 1}{(options.Shard.Count > 1 ? $" (shard {options.Shard.Index}/{options.Shard.Count})" : string.Empty)}");
        var skipped = 0;
        for (var index = 0; index < options.Seeds; index++)
        {
            if (!options.InShard(index))
            {
                continue;
            }

            if (stop.IsCancellationRequested)
            {
                _notStarted++;
                continue;
            }

            if (options.TimeBudget is { } budget && wall.Elapsed >= budget)
            {
                skipped++;
                continue;
            }

            var seed = options.SeedStart + (ulong)index;
            var watch = Stopwatch.StartNew();
            var result = ClusterSimulation.Run(seed);
            watch.Stop();
            Record(result, "fresh", result.Passed, watch.ElapsedMilliseconds);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  seed {seed}: {(result.Passed ? "passed" : "FAILED")}  {result.SimulatedTicks} ms simulated in {watch.ElapsedMilliseconds} ms, {result.RequestsAnswered}/{result.RequestsIssued} commands, {result.FailoverTicks.Count} fail-overs, {result.Schedule.Faults.Count} faults"));
            if (result.Passed)
            {
                continue;
            }

            output.WriteLine($"    {result.Violations[0]}");
            var failure = Failure(result, SeededBugs.None, Shrink(result, SeededBugs.None), $"{options.Launcher} replay --seed {seed}", null);
            _failures.Add(failure);
            output.WriteLine($"    reproduce: {failure.Reproduce}   (commit {options.Commit ?? "unknown"})");
            output.WriteLine($"    minimal ({failure.OriginalFaults} -> {failure.MinimalFaults} faults): {failure.ReproduceMinimal}");
        }

        if (skipped > 0)
        {
            output.WriteLine($"  time budget spent: {Counted.Of(skipped, "seed", "seeds")} not started");
        }

        return skipped;
    }

    private void RunNegative()
    {
        output.WriteLine($"negative suite: each seeded bug must be caught within {options.NegativeSeeds} seeds and shrunk");
        for (var index = 0; index < NegativeSuite.Bugs.Count; index++)
        {
            if (!options.InShard(index))
            {
                continue;
            }

            if (stop.IsCancellationRequested)
            {
                _notStarted++;
                continue;
            }

            var bug = NegativeSuite.Bugs[index];
            var watch = Stopwatch.StartNew();
            var hunt = NegativeSuite.Hunt(bug, options.NegativeSeedStart, options.NegativeSeeds);
            watch.Stop();
            if (!hunt.Caught)
            {
                _negative.Add(new NegativeBugRecord { Bug = bug.ToString(), Caught = false, Shrunk = false, SeedsRun = hunt.SeedsRun, CatchWallMs = watch.ElapsedMilliseconds });
                output.WriteLine($"  {bug}: NOT caught within {Counted.Of(hunt.SeedsRun, "seed", "seeds")}: a checker or the fault mix is too weak");
                continue;
            }

            var seed = hunt.CaughtBySeed!.Value;
            var result = ClusterSimulation.Run(seed, new SimulationRunOptions { Bugs = bug });
            var shrunk = Shrink(result, bug);
            var failure = Failure(result, bug, shrunk, $"{options.Launcher} replay --seed {seed}{BugFlag(bug)}", null);
            var still = shrunk.Outcome.MinimalResult.Violations.Any(violation => violation.Invariant == shrunk.Outcome.Invariant);
            _negative.Add(new NegativeBugRecord { Bug = bug.ToString(), Caught = true, Shrunk = still, SeedsRun = hunt.SeedsRun, CatchWallMs = watch.ElapsedMilliseconds, Failure = failure });
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {bug}: caught by seed {seed} after {Counted.Of(hunt.SeedsRun, "seed", "seeds")} in {watch.ElapsedMilliseconds} ms [{failure.Invariant}]; shrunk {failure.OriginalFaults} -> {failure.MinimalFaults} faults, {failure.OriginalCommands} -> {failure.MinimalCommands} commands in {failure.ShrinkRuns} runs"));
            output.WriteLine($"    minimal: {failure.ReproduceMinimal}");
        }
    }

    private (ShrinkOutcome Outcome, long WallMs) Shrink(SimulationResult failing, SeededBugs bug)
    {
        var watch = Stopwatch.StartNew();
        var outcome = ScheduleShrinker.Shrink(failing, bug, options.ShrinkRuns);
        watch.Stop();
        return (outcome, watch.ElapsedMilliseconds);
    }

    private FailureRecord Failure(SimulationResult original, SeededBugs bug, (ShrinkOutcome Outcome, long WallMs) shrink, string reproduce, string? originalFile)
    {
        var (outcome, shrinkMs) = shrink;
        var folder = Path.Combine(options.OutputFolder, "schedules");
        Directory.CreateDirectory(folder);
        var stem = bug == SeededBugs.None ? $"seed-{original.Seed}" : $"{bug}-seed-{original.Seed}";
        var originalPath = originalFile ?? Path.Combine(folder, $"{stem}.original.schedule.json");
        if (originalFile is null)
        {
            File.WriteAllText(originalPath, outcome.Original.ToJson());
        }

        var minimalPath = Path.Combine(folder, $"{stem}.minimal.schedule.json");
        RegressionCase.Write(minimalPath, outcome.Minimal, bug, bug == SeededBugs.None ? null : outcome.Invariant);
        var traced = ClusterSimulation.Run(original.Seed, new SimulationRunOptions { Bugs = bug, Schedule = outcome.Minimal, RecordTrace = true });
        var violation = original.Violations.First(found => found.Invariant == outcome.Invariant);
        return new FailureRecord
        {
            Seed = original.Seed,
            Bug = bug == SeededBugs.None ? null : bug.ToString(),
            Invariant = outcome.Invariant,
            BrokeAtMs = violation.Tick,
            Detail = violation.Detail,
            Commit = options.Commit,
            Reproduce = reproduce,
            OriginalSchedule = originalPath,
            OriginalFaults = outcome.Original.Faults.Count,
            OriginalCommands = original.RequestsIssued,
            MinimalSchedule = minimalPath,
            ReproduceMinimal = $"{options.Launcher} replay --seed {original.Seed}{BugFlag(bug)} --schedule {Output.ShellWord.Quote(minimalPath)}",
            MinimalFaults = outcome.Minimal.Faults.Count,
            MinimalCommands = outcome.MinimalResult.RequestsIssued,
            ShrinkRuns = outcome.Runs,
            ShrinkWallMs = shrinkMs,
            Timeline = TimelineBuilder.Build(traced, outcome.Invariant),
        };
    }

    private void Record(SimulationResult result, string kind, bool passed, long wallMs) => _runs.Add(new SeedRun
    {
        Seed = result.Seed,
        Kind = kind,
        Passed = passed,
        Configuration = result.Configuration.Describe(),
        FaultsByKind = result.FaultCounts.ToDictionary(pair => pair.Key.ToString(), pair => pair.Value),
        SimulatedMs = result.SimulatedTicks,
        WallMs = wallMs,
        Commands = result.RequestsIssued,
        CommandsAnswered = result.RequestsAnswered,
        Failovers = result.FailoverTicks.Count,
        Crashes = result.Crashes,
        Invariant = result.Passed ? null : result.Violations[0].Invariant,
    });

    private static string BugFlag(SeededBugs bug) => bug == SeededBugs.None ? string.Empty : $" --bug {bug}";
}
