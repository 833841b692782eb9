using System.Diagnostics;
using System.Globalization;
using Specs.Sim.Cluster;

namespace Specs.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Specs.Bench -- sim-speed [--rounds N] [--rates 10,100,1000]`: the
/// simulator's speed in one warm process (issue 6's "≥ 1,000x at 100 commands per simulated second"). Each round
/// runs seeds 1-3 on 3 nodes at each rate, exactly as `specs sim --seeds 3 --nodes 3 --rate R` does, and
/// prints simulated / wall time; the first round is a warm-up (JIT) and is left out of the medians. It also
/// prints the memory allocated and the GC pause time per round (what the simulator costs the collector), and
/// each seed's run hash, which must not change with a performance change (determinism, same seed →
/// same run).
/// </summary>
/// <remarks>
/// The simulator runs inside the specs tool (`specs sim`, `specs faults`, `verify --target sim`), whose runtime
/// configuration turns tiered PGO off and compiles methods with loops optimized at once (src/Runner/Specs.Runner.csproj):
/// PGO's instrumented tier re-compiles the hot methods once more, which a run of seconds never earns back. This
/// process is the bench's, with the runtime's defaults, so it measures in a child process with the tool's settings:
/// at 100 commands per simulated second the defaults measured 1.6-3x slower than the tool runs (39-60x against 98-122x).
/// </remarks>
internal static class SimulatorSpeedBenchmark
{
    private const string TieredPgo = "DOTNET_TieredPGO";

    private const string QuickJitForLoops = "DOTNET_TC_QuickJitForLoops";

    public static int Run(string[] args)
    {
        if (Environment.GetEnvironmentVariable(TieredPgo) != "0" || Environment.GetEnvironmentVariable(QuickJitForLoops) != "0")
        {
            return RunAsTheToolRuns(args);
        }

        var rounds = 5;
        var rates = new[] { 10.0, 100.0, 1000.0 };
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rounds":
                    rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--rates":
                    rates = args[++i].Split(',').Select(rate => double.Parse(rate, CultureInfo.InvariantCulture)).ToArray();
                    break;
                default:
                    Console.Error.WriteLine($"sim-speed: unknown argument {args[i]}");
                    return 2;
            }
        }

        foreach (var rate in rates)
        {
            var ratios = new List<double>();
            var walls = new List<double>();
            var allocated = new List<double>();
            var pauses = new List<double>();
            long simulated = 0;
            var hashes = string.Empty;
            for (var round = 0; round <= rounds; round++)
            {
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var pausedBefore = GC.GetTotalPauseDuration();
                var (ticks, wallMs, roundHashes) = RunRound(rate);
                var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e6;
                var pausedMs = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds;
                if (round == 0)
                {
                    hashes = roundHashes;
                    continue;
                }

                if (roundHashes != hashes)
                {
                    Console.Error.WriteLine($"sim-speed: rate {rate}: run hashes changed between rounds ({hashes} then {roundHashes})");
                    return 1;
                }

                simulated = ticks;
                walls.Add(wallMs);
                allocated.Add(allocatedMb);
                pauses.Add(pausedMs);
                ratios.Add(ticks / wallMs);
            }

            walls.Sort();
            ratios.Sort();
            allocated.Sort();
            pauses.Sort();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"rate {rate}: {simulated} ms simulated; wall median {Median(walls):0} ms (min {walls[0]:0}, max {walls[^1]:0}); simulated/wall median {Median(ratios):0.0}x; allocated {Median(allocated):0} MB, GC pauses {Median(pauses):0} ms per round (medians); hashes {hashes}"));
        }

        return 0;
    }

    private static (long Ticks, double WallMs, string Hashes) RunRound(double rate)
    {
        long ticks = 0;
        var hashes = new List<string>();
        var watch = Stopwatch.StartNew();
        for (var seed = 1UL; seed <= 3; seed++)
        {
            var result = ClusterSimulation.Run(seed, new SimulationRunOptions { Adjust = configuration => Adjust(configuration, rate) });
            if (!result.Passed)
            {
                throw new InvalidOperationException($"seed {seed} at rate {rate} failed: {result.Violations[0]}");
            }

            ticks += result.SimulatedTicks;
            hashes.Add(result.TraceHash.ToString("x16", CultureInfo.InvariantCulture));
        }

        return (ticks, watch.Elapsed.TotalMilliseconds, string.Join(',', hashes));
    }

    // The same adjustment as `specs sim --nodes 3 --rate R` (SimulationCommands.Adjuster).
    private static SwarmConfiguration Adjust(SwarmConfiguration configuration, double rate)
    {
        const int Size = 3;
        var drift = Enumerable.Range(0, Size).Select(i => i < configuration.ClockDriftPpm.Count ? configuration.ClockDriftPpm[i] : 0).ToList();
        var clients = Math.Max(configuration.ClientCount, (int)Math.Ceiling(rate / 20));
        return configuration with { NodeCount = Size, ClockDriftPpm = drift, CommandsPerSecond = rate, ClientCount = clients };
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    private static int RunAsTheToolRuns(string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        foreach (var argument in Environment.GetCommandLineArgs()[..1].Concat(["sim-speed", .. args]))
        {
            start.ArgumentList.Add(argument);
        }

        // `dotnet Specs.Bench.dll ...`: the process path is the host, and the first argument is the assembly.
        if (!Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals("dotnet", StringComparison.Ordinal))
        {
            start.ArgumentList.RemoveAt(0);
        }

        start.Environment[TieredPgo] = "0";
        start.Environment[QuickJitForLoops] = "0";
        Console.WriteLine($"sim-speed: measuring with {TieredPgo}=0 and {QuickJitForLoops}=0, the specs tool's runtime settings");
        using var child = Process.Start(start)!;
        child.WaitForExit();
        return child.ExitCode;
    }
}
