using System.Diagnostics;
using System.Globalization;
using Specs.Sim.Cluster;

namespace Specs.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Specs.Bench -- sim-speed [--rounds N] [--warm-up W] [--rates 10,100,1000]`: the
/// simulator's speed in one warm process (issue 6's "≥ 1,000x at 100 commands per simulated second"). Each round
/// runs seeds 1-3 on 3 nodes at each rate, exactly as `specs sim --seeds 3 --nodes 3 --rate R` does, and
/// prints simulated / wall time; the first W rounds (default 1) are a warm-up and are left out of the figures.
/// Tiered compilation keeps promoting methods for about the first fifteen rounds at 100 commands a second, so a
/// steady state is measured with, say, <c>--rounds 60 --warm-up 20</c> (docs/benchmarks.md §10). It also
/// prints the memory allocated and the GC pause time per round (what the simulator costs the collector), and
/// each seed's run hash, which must not change with a performance change (determinism, same seed →
/// same run).
/// </summary>
/// <remarks>
/// The simulator runs inside the specs tool (`specs sim`, `specs faults`, `verify --target sim`), whose runtime
/// configuration turns tiered PGO off, compiles methods with loops optimized at once and collects with the server
/// GC on four heaps without dynamic adaptation (src/Runner/Specs.Runner.csproj). This process is the bench's, with the
/// runtime's defaults, so it measures in a child process with the tool's settings: at 100 commands per simulated
/// second the JIT defaults measured 1.6-3x slower than the tool runs (39-60x against 98-122x), and the workstation
/// collector paused 12-25 ms of each 50-130 ms round where the tool's pauses about 1 ms (docs/benchmarks.md §10).
/// The fixed young generation that `./specs.sh` sets for the simulator's commands is one of those settings.
/// Medians of rounds hide the rare round that pays a collection of a larger heap, so the overall ratio (all
/// simulated time over all wall time) is printed too.
/// </remarks>
internal static class SimulatorSpeedBenchmark
{
    private const string TieredPgo = "DOTNET_TieredPGO";

    private const string QuickJitForLoops = "DOTNET_TC_QuickJitForLoops";

    /// <summary>The specs tool's runtime settings for the simulator's commands as environment variables (its project file sets most of them as properties).</summary>
    private static readonly (string Name, string Value)[] ToolSettings =
    [
        (TieredPgo, "0"),
        (QuickJitForLoops, "0"),
        ("DOTNET_gcServer", "1"),
        ("DOTNET_GCHeapCount", "4"),
        ("DOTNET_GCDynamicAdaptationMode", "0"),

        // Not in the project file: the launcher sets it for the simulator's commands (specs.sh explains why).
        ("DOTNET_GCgen0size", "0x4000000"),
    ];

    public static int Run(string[] args)
    {
        if (ToolSettings.Any(setting => Environment.GetEnvironmentVariable(setting.Name) != setting.Value))
        {
            return RunAsTheToolRuns(args);
        }

        var rounds = 5;
        var warmUp = 1;
        var rates = new[] { 10.0, 100.0, 1000.0 };
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rounds":
                    rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--warm-up":
                    warmUp = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--rates":
                    rates = args[++i].Split(',').Select(rate => double.Parse(rate, CultureInfo.InvariantCulture)).ToArray();
                    break;
                default:
                    Console.Error.WriteLine($"sim-speed: unknown argument {args[i]}");
                    return 2;
            }
        }

        if (rounds < 1 || warmUp < 0)
        {
            Console.Error.WriteLine($"sim-speed: --rounds must be at least 1 and --warm-up at least 0 (got {rounds} and {warmUp})");
            return 2;
        }

        foreach (var rate in rates)
        {
            var ratios = new List<double>();
            var walls = new List<double>();
            var allocated = new List<double>();
            var pauses = new List<double>();
            long simulated = 0;
            double totalSimulated = 0, totalWall = 0;
            var hashes = string.Empty;
            for (var round = 1 - warmUp; round <= rounds; round++)
            {
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var pausedBefore = GC.GetTotalPauseDuration();
                var (ticks, wallMs, roundHashes) = RunRound(rate);
                var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e6;
                var pausedMs = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds;
                if (hashes.Length == 0)
                {
                    hashes = roundHashes;
                }

                if (roundHashes != hashes)
                {
                    Console.Error.WriteLine($"sim-speed: rate {rate}: run hashes changed between rounds ({hashes} then {roundHashes})");
                    return 1;
                }

                if (round <= 0)
                {
                    continue;
                }

                simulated = ticks;
                totalSimulated += ticks;
                totalWall += wallMs;
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
                $"rate {rate}: {simulated} ms simulated; {rounds} rounds after {warmUp} of warm-up; wall median {Median(walls):0} ms (min {walls[0]:0}, max {walls[^1]:0}); simulated/wall median {Median(ratios):0.0}x, overall {totalSimulated / totalWall:0.0}x; allocated {Median(allocated):0} MB, GC pauses {Median(pauses):0} ms per round (medians); hashes {hashes}"));
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

        foreach (var (name, value) in ToolSettings)
        {
            start.Environment[name] = value;
        }

        Console.WriteLine($"sim-speed: measuring with the specs tool's runtime settings: {string.Join(' ', ToolSettings.Select(setting => $"{setting.Name}={setting.Value}"))}");
        using var child = Process.Start(start)!;
        child.WaitForExit();
        return child.ExitCode;
    }
}
