using System.Collections.Concurrent;
using System.Globalization;
using Specs.Inventory.Replication;
using Specs.Runner.Cli;
using Specs.Runner.Targets;
using Specs.Sim.Cluster;

namespace Specs.Runner.Simulation;

/// <summary>
/// Replays a schedule recorded by `verify --target sim` (a <see cref="RegressionCase"/> naming its scenario): that
/// scenario, alone, on the sim target, at the seed number it names, every fault from the schedule. Its workload is
/// the scenario's (its Given history, then its When), so it cannot be replayed on the swarm.
/// </summary>
public static class ScenarioReplay
{
    /// <summary>The verify run's exit code, every failing seed it found (checks broken, in order) and every cluster run it made.</summary>
    public sealed record Outcome(int ExitCode, IReadOnlyList<SeedFailure> Failures, IReadOnlyList<SimulationResult> Runs);

    /// <summary>Runs `specs verify` in this process on the case's scenario with its schedule.</summary>
    /// <param name="recorded">The case; it must name a scenario.</param>
    /// <param name="scheduleFile">The file the case was read from (verify reads it again).</param>
    /// <param name="bugs">Seeded replica bugs to switch on in the cluster.</param>
    /// <param name="output">Verify's progress and summary.</param>
    /// <param name="error">Verify's usage and internal errors.</param>
    /// <param name="reportFolder">Verify's report folder (null: verify's default).</param>
    /// <param name="adjust">A last change to the verify options (tests give the base folder and step assemblies).</param>
    public static Outcome Run(
        RegressionCase recorded, string scheduleFile, SeededBugs bugs, TextWriter output, TextWriter error, string? reportFolder, Func<VerifyOptions, VerifyOptions>? adjust)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var scenario = recorded.Scenario ?? throw new ArgumentException($"{recorded.Name} names no scenario.", nameof(recorded));
        var failures = new ConcurrentQueue<SeedFailure>();
        var runs = new ConcurrentQueue<SimulationResult>();
        List<string> args =
        [
            "verify", scenario, "--target", TargetCatalog.Sim, "--seeds", "1",
            "--seed-start", recorded.SeedNumber!.Value.ToString(CultureInfo.InvariantCulture), "--schedule", scheduleFile, "--parallel", "1",
        ];
        if (reportFolder is not null)
        {
            args.AddRange(["--out", reportFolder]);
        }

        var exitCode = SpecsCommand.RunAsync([.. args], output, error, adjust: options =>
        {
            var adjusted = adjust?.Invoke(options) ?? options;
            return adjusted with { Cluster = adjusted.Cluster with { Bugs = bugs, SeedFailed = failures.Enqueue, SeedFinished = runs.Enqueue } };
        }).GetAwaiter().GetResult();
        return new Outcome(exitCode, [.. failures], [.. runs]);
    }
}
