using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Specs.Inventory.Replication;
using Specs.Runner.Cli;
using Specs.Runner.Output;
using Specs.Sim.Cluster;

namespace Specs.Runner.Simulation;

/// <summary>
/// `specs sim` (a batch of seeds of the simulated cluster, or the negative suite) and `specs replay`
/// (one seed, optionally driven by a fault schedule, optionally run twice to check determinism). Every
/// failure prints the one line that reproduces it.
/// </summary>
public static class SimulationCommands
{
    /// <summary>Adds both subcommands to the root command; <paramref name="launcher"/> starts every command they print.</summary>
    public static void Register(RootCommand root, TextWriter output, string launcher)
    {
        root.Subcommands.Add(BuildSim(output, launcher));
        root.Subcommands.Add(BuildReplay(output));
    }

    private static Command BuildSim(TextWriter output, string launcher)
    {
        var seeds = new Option<int>("--seeds") { Description = "How many seeds to run.", DefaultValueFactory = _ => 100 };
        var seedStart = new Option<ulong>("--seed-start") { Description = "The first seed.", DefaultValueFactory = _ => 1 };
        var negative = new Option<bool>("--negative") { Description = "Run the negative suite: each seeded bug must be caught within --seeds seeds." };
        var nodes = new Option<int?>("--nodes") { Description = "Fix the cluster size instead of letting each seed pick." };
        var rate = new Option<double?>("--rate") { Description = "Fix the commands per simulated second instead of letting each seed pick." };
        var bug = new Option<string?>("--bug") { Description = "Switch on one seeded bug (" + string.Join(", ", NegativeSuite.Bugs) + ")." };
        var requireProbes = new Option<bool>("--require-probes") { Description = "Fail the batch unless every coverage probe was reached." };
        var command = new Command("sim", "Run seeds of the simulated cluster under faults and check every invariant.\n\n"
            + "Examples:\n"
            + "  ./specs.sh sim --seeds 500                 500 seeds of the swarm\n"
            + "  ./specs.sh sim --seeds 50 --negative       every seeded bug must be caught within 50 seeds\n"
            + "  ./specs.sh sim --seeds 20 --nodes 3 --rate 100   a fixed configuration (benchmarks)\n\n"
            + "Exit codes: 0 every seed passed; 1 a seed failed (its reproduction is printed); 2 usage error; 3 internal error.");
        foreach (var option in new Option[] { seeds, seedStart, negative, nodes, rate, bug, requireProbes })
        {
            command.Options.Add(option);
        }

        // Ctrl+C stops the batch between seeds: the summary covers the seeds that ran and the exit code is 1, since the
        // batch did not check what it was asked to (the handler's "stopping after Ctrl+C" was printed while every seed ran on).
        command.SetAction((parse, stop) =>
        {
            var count = parse.GetValue(seeds);
            if (count <= 0)
            {
                throw new UsageException($"--seeds must be positive (got {count})");
            }

            if (parse.GetValue(seedStart) > ulong.MaxValue - (ulong)(count - 1))
            {
                throw new UsageException($"--seed-start {parse.GetValue(seedStart)} with --seeds {count} runs past the last seed, {ulong.MaxValue}");
            }

            if (parse.GetValue(negative))
            {
                // The negative suite switches each seeded bug on in turn on the seeds' own clusters: a --bug, --nodes or
                // --rate would be ignored, and a user would believe they had been applied.
                if (parse.GetValue(bug) is not null || parse.GetValue(nodes) is not null || parse.GetValue(rate) is not null)
                {
                    throw new UsageException("--negative runs every seeded bug on each seed's own cluster; --bug, --nodes and --rate are for a batch without it");
                }

                return Task.FromResult(RunNegative(output, parse.GetValue(seedStart), count, launcher, stop));
            }

            var fixedConfiguration = new FixedConfiguration(parse.GetValue(nodes), parse.GetValue(rate));
            return Task.FromResult(RunBatch(output, parse.GetValue(seedStart), count, ParseBug(parse.GetValue(bug)), fixedConfiguration, parse.GetValue(requireProbes), launcher, stop));
        });
        return command;
    }

    /// <summary>
    /// How many violations a replay lists: one broken invariant tends to break the same check at every later step (80
    /// lines of one split brain), and the first ones are where the run went wrong; the rest are counted by invariant.
    /// </summary>
    private const int ReplayViolationsShown = 20;

    /// <summary>The first <paramref name="shown"/> violations, then how many more of which invariants.</summary>
    internal static void WriteViolations(TextWriter output, IReadOnlyList<InvariantViolation> violations, int shown)
    {
        foreach (var violation in violations.Take(shown))
        {
            output.WriteLine($"  {violation}");
        }

        if (violations.Count > shown)
        {
            var rest = violations.Skip(shown).GroupBy(violation => violation.Invariant, StringComparer.Ordinal)
                .Select(group => $"{group.Count()} {group.Key}");
            output.WriteLine($"  ... and {Counted.Of(violations.Count - shown, "more violation", "more violations")} ({string.Join(", ", rest)}; --trace shows every event)");
        }
    }

    private static Command BuildReplay(TextWriter output)
    {
        var seed = new Option<ulong>("--seed") { Description = "The seed to run.", Required = true };
        var schedule = new Option<string?>("--schedule") { Description = "Drive every fault from this schedule file (JSON) instead of the seed." };
        var check = new Option<bool>("--check-determinism") { Description = "Run twice and name the first event where the runs diverge; the seed passes when the runs are the same and keep every invariant." };
        var bug = new Option<string?>("--bug") { Description = "Switch on one seeded bug." };
        var scheduleOut = new Option<string?>("--schedule-out") { Description = "Write the run's fault schedule to this file." };
        var trace = new Option<bool>("--trace") { Description = "Print every event of the run." };
        var nodes = new Option<int?>("--nodes") { Description = "The cluster size the run was given with `specs sim --nodes` (default: the seed's choice)." };
        var rate = new Option<double?>("--rate") { Description = "The commands per simulated second the run was given with `specs sim --rate` (default: the seed's choice)." };
        var command = new Command("replay", "Run one seed of the simulated cluster, as `specs sim` ran it, and report every invariant.\n\n"
            + "Examples:\n"
            + "  ./specs.sh replay --seed 42\n"
            + "  ./specs.sh replay --seed 42 --check-determinism\n"
            + "  ./specs.sh replay --seed 42 --schedule reports/sim/seed-42.schedule.json\n\n"
            + "Exit codes: 0 the seed kept every invariant (and, with --check-determinism, ran the same twice); 1 it did not; 2 usage error; 3 internal error.");
        foreach (var option in new Option[] { seed, schedule, check, bug, scheduleOut, trace, nodes, rate })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => RunReplay(
            output,
            parse.GetValue(seed),
            parse.GetValue(schedule),
            parse.GetValue(check),
            ParseBug(parse.GetValue(bug)),
            parse.GetValue(scheduleOut),
            parse.GetValue(trace),
            new FixedConfiguration(parse.GetValue(nodes), parse.GetValue(rate))));
        return command;
    }

    private static int RunBatch(TextWriter output, ulong seedStart, int count, SeededBugs bugs, FixedConfiguration fixedConfiguration, bool requireProbes, string launcher, CancellationToken stop)
    {
        var adjust = Adjuster(fixedConfiguration);
        var (passed, failed) = (0, 0);
        var probes = CoverageProbe.None;
        var failovers = new List<long>();
        long simulated = 0;
        var wall = Stopwatch.StartNew();
        var ran = 0;
        for (; ran < count && !stop.IsCancellationRequested; ran++)
        {
            var seed = seedStart + (ulong)ran;
            var watch = Stopwatch.StartNew();
            var result = ClusterSimulation.Run(seed, new SimulationRunOptions { Bugs = bugs, Adjust = adjust });
            watch.Stop();
            simulated += result.SimulatedTicks;
            probes |= result.Probes;
            failovers.AddRange(result.FailoverTicks);
            var ratio = result.SimulatedTicks / Math.Max(0.001, watch.Elapsed.TotalMilliseconds);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"seed {seed}: {(result.Passed ? "passed" : "FAILED")}  {result.SimulatedTicks} ms simulated in {watch.ElapsedMilliseconds} ms ({ratio:0.0}x), {result.RequestsAnswered}/{result.RequestsIssued} requests answered, {result.LeadersElected} leaders, {result.Crashes} crashes, {result.Schedule.Faults.Count} faults"));
            if (result.Passed)
            {
                passed++;
                continue;
            }

            failed++;
            output.WriteLine($"  configuration: {result.Configuration.Describe()}");
            WriteViolations(output, result.Violations, 5);

            // The same cluster as this run: its seed, its seeded bug and any size or rate the batch fixed.
            var flags = (bugs == SeededBugs.None ? string.Empty : $" --bug {bugs}") + fixedConfiguration.Flags;
            output.WriteLine($"  reproduce: {launcher} replay --seed {seed}{flags}");
            try
            {
                var file = WriteSchedule(result);
                output.WriteLine($"  or from its schedule: {launcher} replay --seed {seed}{flags} --schedule {Output.ShellWord.Quote(file)}");
            }
            catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
            {
                // The seed reproduces without its schedule file: a folder that refuses it must not end the batch in a stack trace.
                output.WriteLine($"  its schedule was not written ({Path.Combine("reports", "sim")} cannot be written here: {problem.Message}); the reproduction above needs none");
            }
        }

        wall.Stop();
        failovers.Sort();
        output.WriteLine();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{simulated} ms simulated in {wall.ElapsedMilliseconds} ms of wall time ({simulated / Math.Max(0.001, wall.Elapsed.TotalMilliseconds):0.0}x); {ran / Math.Max(0.001, wall.Elapsed.TotalSeconds):0.0} seeds/s"));
        if (failovers.Count > 0)
        {
            output.WriteLine($"fail-over (leader lost -> first command acknowledged by another node), simulated ms: p50 {Percentile(failovers, 0.5)}, p99 {Percentile(failovers, 0.99)}, n={failovers.Count}");
        }

        var missing = CoverageProbe.All & ~probes;
        output.WriteLine($"coverage probes reached: {probes}{(missing == CoverageProbe.None ? string.Empty : $"; NOT reached: {missing}")}");
        if (requireProbes && missing != CoverageProbe.None)
        {
            // Counted as a failure of its own on the last line, so it is named as one.
            output.WriteLine($"FAILED --require-probes: {missing} not reached in {Counted.Of(ran, "seed", "seeds")}; run more seeds, or look at what stopped the fault mix reaching it");
            failed++;
        }

        return Summary(output, passed, failed, count - ran, seedStart + (ulong)ran, "seed", "seeds");
    }

    /// <summary>
    /// The last line, "N passed, N failed", and the exit code. After Ctrl+C it also says what never ran and where to go
    /// on from, and the run fails: it did not check everything it was asked to.
    /// </summary>
    private static int Summary(TextWriter output, int passed, int failed, int notRun, ulong? resumeAt, string one, string many)
    {
        if (notRun == 0)
        {
            output.WriteLine($"{passed} passed, {failed} failed");
            return failed == 0 ? ExitCodes.Passed : ExitCodes.Failed;
        }

        output.WriteLine($"interrupted by Ctrl+C: {Counted.Of(notRun, one, many)} not run{(resumeAt is { } next ? $"; go on with --seed-start {next} --seeds {notRun}" : string.Empty)}");
        output.WriteLine($"{passed} passed, {failed} failed, {notRun} not run (interrupted)");
        return ExitCodes.Failed;
    }

    private static int RunNegative(TextWriter output, ulong seedStart, int maxSeeds, string launcher, CancellationToken stop)
    {
        var (caught, missed) = (0, 0);
        foreach (var bug in NegativeSuite.Bugs)
        {
            if (stop.IsCancellationRequested)
            {
                break;
            }

            var watch = Stopwatch.StartNew();
            var outcome = NegativeSuite.Hunt(bug, seedStart, maxSeeds);
            watch.Stop();
            if (outcome.Caught)
            {
                caught++;
                output.WriteLine($"{bug}: caught by seed {outcome.CaughtBySeed} after {Counted.Of(outcome.SeedsRun, "seed", "seeds")} in {watch.ElapsedMilliseconds} ms: {outcome.FirstViolation}");
                output.WriteLine($"  reproduce: {launcher} replay --seed {outcome.CaughtBySeed} --bug {bug}");
            }
            else
            {
                missed++;
                output.WriteLine($"{bug}: NOT caught within {Counted.Of(maxSeeds, "seed", "seeds")} ({watch.ElapsedMilliseconds} ms): a checker or the fault mix is too weak");
            }
        }

        return Summary(output, caught, missed, NegativeSuite.Bugs.Count - caught - missed, null, "seeded bug", "seeded bugs");
    }

    private static int RunReplay(TextWriter output, ulong seed, string? schedulePath, bool checkDeterminism, SeededBugs bugs, string? scheduleOut, bool trace, FixedConfiguration fixedConfiguration)
    {
        var adjust = Adjuster(fixedConfiguration);
        if (scheduleOut is not null)
        {
            // Checked before the run, which a path found wrong afterwards threw away.
            OutputPaths.PrepareFile(scheduleOut, Directory.GetCurrentDirectory(), $"--schedule-out {scheduleOut}", ".schedule.json");
        }

        FaultSchedule? schedule = null;
        if (schedulePath is not null)
        {
            if (!File.Exists(schedulePath))
            {
                throw new UsageException(Directory.Exists(schedulePath)
                    ? $"--schedule {schedulePath} is a folder; give one schedule file (a .json in it)"
                    : $"--schedule {schedulePath}: no such file");
            }

            RegressionCase recorded;
            try
            {
                recorded = RegressionCase.Read(schedulePath);
            }
            catch (FormatException problem)
            {
                throw new UsageException($"--schedule {problem.Message}");
            }

            schedule = recorded.Schedule;
            if (schedule.Seed != seed)
            {
                throw new UsageException($"--schedule {schedulePath} was recorded for seed {schedule.Seed}, not {seed}");
            }

            // A minimal schedule of a seeded bug records its bug: replayed without it the run passes, and a user who pasted
            // the schedule without --bug was told the failure did not reproduce.
            if (recorded.Bug != SeededBugs.None)
            {
                if (bugs == SeededBugs.None)
                {
                    bugs = recorded.Bug;
                    output.WriteLine($"seeded bug {recorded.Bug} on, as the schedule records (\"Bug\")");
                }
                else if (bugs != recorded.Bug)
                {
                    throw new UsageException($"--bug {bugs}: the schedule {schedulePath} was recorded with the seeded bug {recorded.Bug}; give --bug {recorded.Bug} or leave --bug out");
                }
            }

            if (recorded.Scenario is not null)
            {
                if (adjust is not null)
                {
                    throw new UsageException($"--schedule {schedulePath} was recorded by a scenario on the sim target, whose cluster the scenario fixes; --nodes and --rate are for seeds of `specs sim`");
                }

                // A schedule recorded by `verify --target sim` drives that scenario's workload, not the swarm's:
                // replayed on the swarm it would be a different run, so the scenario runs again instead.
                return ScenarioReplay.Run(recorded, schedulePath, bugs, output, output, null, null).ExitCode;
            }
        }

        var options = new SimulationRunOptions { Bugs = bugs, Schedule = schedule, RecordTrace = trace, Adjust = adjust };
        if (checkDeterminism)
        {
            var report = DeterminismCheck.Run(seed, options);
            output.WriteLine(report.ToString());
            WriteViolations(output, report.Violations, ReplayViolationsShown);

            // The seed passes when it is deterministic and keeps every invariant, as a replay without the check.
            var passed = report.IsDeterministic && report.Violations.Count == 0;
            output.WriteLine(passed ? "1 passed, 0 failed" : "0 passed, 1 failed");
            return passed ? ExitCodes.Passed : ExitCodes.Failed;
        }

        var watch = Stopwatch.StartNew();
        var result = ClusterSimulation.Run(seed, options);
        watch.Stop();
        if (trace)
        {
            foreach (var happening in result.Trace)
            {
                output.WriteLine($"{happening.Number,8} {happening.Tick,8} ms  {happening.Description}");
            }
        }

        output.WriteLine($"seed {seed}: {result.Configuration.Describe()}");
        output.WriteLine($"{result.SimulatedTicks} ms simulated in {watch.ElapsedMilliseconds} ms, {result.Events} events, trace hash {result.TraceHash:x16}");
        output.WriteLine($"requests {result.RequestsAnswered}/{result.RequestsIssued} answered, {result.LeadersElected} leaders, {result.Crashes} crashes, {result.MessagesSent} messages ({result.MessagesDropped} dropped), probes: {result.Probes}");
        output.WriteLine("faults: " + (result.FaultCounts.Count == 0 ? "none" : string.Join(", ", result.FaultCounts.Select(pair => $"{pair.Key} {pair.Value}"))));
        WriteViolations(output, result.Violations, ReplayViolationsShown);

        var configuration = result.Configuration;
        // An address is a node (0..n-1), a client (from ClientAddressBase) or -1 (none, or every node).
        bool Absent(int address) => address >= configuration.NodeCount
            && (address < ClusterSimulation.ClientAddressBase || address >= ClusterSimulation.ClientAddressBase + configuration.ClientCount);
        if (schedule is not null && schedule.Faults.Count(fault => Absent(fault.Node) || Absent(fault.Peer)) is var absent and > 0)
        {
            // Ignored by design (a shrunk schedule runs a smaller cluster), but a hand-edited one may mean them.
            output.WriteLine($"note: {absent} of the schedule's faults name a node or client this cluster ({configuration.NodeCount} nodes, {configuration.ClientCount} clients) does not have, and were not injected");
        }

        if (scheduleOut is not null)
        {
            File.WriteAllText(scheduleOut, result.Schedule.ToJson());
            output.WriteLine($"schedule written to {scheduleOut}");
        }

        output.WriteLine(result.Passed ? "1 passed, 0 failed" : "0 passed, 1 failed");
        return result.Passed ? ExitCodes.Passed : ExitCodes.Failed;
    }

    private static string WriteSchedule(SimulationResult result)
    {
        var folder = Path.Combine("reports", "sim");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"seed-{result.Seed}.schedule.json");
        File.WriteAllText(file, result.Schedule.ToJson());
        return file;
    }

    private static SeededBugs ParseBug(string? name)
    {
        if (name is null)
        {
            return SeededBugs.None;
        }

        return Enum.TryParse<SeededBugs>(name, ignoreCase: true, out var bug) && NegativeSuite.Bugs.Contains(bug)
            ? bug
            : throw new UsageException($"--bug {name}: not a seeded bug; use one of {string.Join(", ", NegativeSuite.Bugs)}");
    }

    /// <summary>The cluster size and rate a batch fixed instead of each seed's choice; a replay must fix the same to rerun its run.</summary>
    private sealed record FixedConfiguration(int? Nodes, double? Rate)
    {
        /// <summary>The options that fix them, as a printed replay command passes them (empty when nothing is fixed).</summary>
        public string Flags =>
            (Nodes is { } nodes ? string.Create(CultureInfo.InvariantCulture, $" --nodes {nodes}") : string.Empty)
            + (Rate is { } rate ? string.Create(CultureInfo.InvariantCulture, $" --rate {rate}") : string.Empty);
    }

    private static Func<SwarmConfiguration, SwarmConfiguration>? Adjuster(FixedConfiguration fixedConfiguration)
    {
        var (nodes, rate) = fixedConfiguration;
        if (nodes is < Targets.SimulatedClusterSettings.NodesMin or > Targets.SimulatedClusterSettings.NodesMax)
        {
            throw new UsageException(Targets.SimulatedClusterSettings.NodesOutOfRange(nodes.Value.ToString(CultureInfo.InvariantCulture)));
        }

        if (rate is { } given && (!double.IsFinite(given) || given <= 0 || given > 100_000))
        {
            throw new UsageException($"--rate must be more than 0 and at most 100000 commands per simulated second, not {given.ToString(CultureInfo.InvariantCulture)}");
        }

        if (nodes is null && rate is null)
        {
            return null;
        }

        return configuration =>
        {
            var size = nodes ?? configuration.NodeCount;
            var drift = Enumerable.Range(0, size).Select(i => i < configuration.ClockDriftPpm.Count ? configuration.ClockDriftPpm[i] : 0).ToList();
            var clients = rate is { } r ? Math.Max(configuration.ClientCount, (int)Math.Ceiling(r / 20)) : configuration.ClientCount;
            return configuration with { NodeCount = size, ClockDriftPpm = drift, CommandsPerSecond = rate ?? configuration.CommandsPerSecond, ClientCount = clients };
        };
    }

    private static long Percentile(List<long> sorted, double fraction) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
}
