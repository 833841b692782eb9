using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Specs.Inventory.Scenarios;

namespace Specs.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Specs.Bench -- runner [--runs N] [--parallel N] [PATH...]`: the runner's
/// "Must show" numbers (issue 4) on whatever corpus exists. Measures, interleaved in one process so both face the
/// same load: the whole `specs verify` process (the tool ./specs.sh runs, published self-contained with the runtime
/// compiled in; start-up included), the same with the plain Release build as the baseline, and, for the same
/// scenarios, a direct loop that makes the same ScenarioHost calls on the same target (a fresh temporary LMDB
/// environment per scenario) with no runner around them, in a process published the same way; then the tool again
/// with --idempotency --replay-check. Prints medians, the runner's overhead per scenario, the modes' ratio to plain,
/// and the HTML report's size.
/// </summary>
internal static partial class RunnerBenchmark
{
    /// <summary>
    /// `runner-loop NDJSON PARALLEL [modes]`: the direct loop in a process of its own, cold like the verify process:
    /// prints its own wall time for the loop (the records already read) as "loop SECONDS MATCHING".
    /// </summary>
    public static int RunLoop(string[] args)
    {
        var scenarios = RecordedScenario.ReadAll(args[0]);
        var settings = args.Length > 2 && args[2] == "modes" ? new ScenarioSettings { Idempotency = true, ReplayCheck = true } : new ScenarioSettings();
        var (seconds, matching) = DirectLoop(scenarios, settings, int.Parse(args[1], CultureInfo.InvariantCulture));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loop {seconds:0.000000} {matching}"));
        return 0;
    }

    public static int Run(string[] args)
    {
        var runs = 5;
        var parallel = Environment.ProcessorCount;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs":
                    runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--parallel":
                    parallel = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    paths.Add(args[i]);
                    break;
            }
        }

        var root = RepositoryRoot();
        // The tool ./specs.sh runs once published (`./specs.sh --publish`: self-contained, the runtime compiled in with
        // it), and as the baseline the plain Release build that `dotnet run -c Release --project src/Runner` runs. The
        // launcher runs the published tool only while it is newer than every source: publish right before measuring.
        // The direct loop's own process is published the way the tool is, so that both pay the same start-up and JIT.
        var tool = Path.Combine(root, "specs.sh");
        var build = Path.Combine(root, "src/Runner/bin/Release/net10.0/specs.dll");
        var loop = Path.Combine(root, "artifacts/bench-loop/Specs.Bench.dll");
        foreach (var (path, how) in new[]
        {
            (Path.Combine(root, "artifacts/specs-tool/specs.dll"), "./specs.sh --publish"),
            (build, "dotnet build src/Runner -c Release"),
            (loop, "dotnet publish bench/Specs.Bench -c Release -r linux-x64 --self-contained -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o artifacts/bench-loop"),
        })
        {
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"runner bench: {path} is missing; make it first: {how}");
                return 2;
            }
        }

        var output = Directory.CreateTempSubdirectory("specs-runner-bench-").FullName;
        try
        {
            return Measure(root, (tool, build, loop), output, runs, parallel, paths);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static int Measure(string root, (string Tool, string Build, string Loop) programs, string output, int runs, int parallel, IReadOnlyList<string> paths)
    {
        var (tool, build, loop) = programs;
        var loadBefore = LoadAverage();
        string[] common = ["verify", .. paths, "--parallel", parallel.ToString(CultureInfo.InvariantCulture), "--out", output];

        // One run first: it writes the records the direct loop replays, and warms the file cache.
        var first = Verify(root, tool, common);
        var scenarios = RecordedScenario.ReadAll(Path.Combine(output, "cucumber.ndjson"));
        var htmlBytes = new FileInfo(Path.Combine(output, "cucumber.html")).Length;
        var ndjsonBytes = new FileInfo(Path.Combine(output, "cucumber.ndjson")).Length;
        var matching = DirectLoop(scenarios, new ScenarioSettings(), parallel).Matching;
        Console.WriteLine($"corpus: {first.Scenarios} scenarios run ({first.LastLine}), {scenarios.Count} with a scenario record; the direct loop's new events match {matching} of them");

        // The records move out of the output folder, which every verify run rewrites.
        var records = Path.Combine(Path.GetDirectoryName(output)!, Path.GetFileName(output) + "-records.ndjson");
        File.Copy(Path.Combine(output, "cucumber.ndjson"), records, overwrite: true);
        var process = new List<double>();
        var inProcess = new List<double>();
        var buildProcess = new List<double>();
        var direct = new List<double>();
        var coldProcess = new List<double>();
        var coldLoop = new List<double>();
        var modesProcess = new List<double>();
        var modesDirect = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            // The processes first, each after the bench process has settled: its warm loops leave the runtime
            // re-compiling hot methods on a background thread and garbage to collect, which took a core from
            // the measured process (one verify of three measured 5.0 s against 2.9 s beside it).
            Settle();
            var plain = Verify(root, tool, common);
            process.Add(plain.Seconds);
            inProcess.Add(plain.WallSeconds);
            Settle();
            buildProcess.Add(Verify(root, build, common).Seconds);
            Settle();
            var cold = ColdLoop(loop, records, parallel);
            coldProcess.Add(cold.ProcessSeconds);
            coldLoop.Add(cold.LoopSeconds);
            Settle();
            modesProcess.Add(Verify(root, tool, [.. common, "--idempotency", "--replay-check"]).Seconds);
            direct.Add(DirectLoop(scenarios, new ScenarioSettings(), parallel).Seconds);
            modesDirect.Add(DirectLoop(scenarios, new ScenarioSettings { Idempotency = true, ReplayCheck = true }, parallel).Seconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run + 1}: verify process {process[^1]:0.000} s (its own wall time {inProcess[^1]:0.000} s), with the Release build {buildProcess[^1]:0.000} s; direct loop process {coldProcess[^1]:0.000} s (its loop {coldLoop[^1]:0.000} s), warm {direct[^1]:0.000} s; with both modes: process {modesProcess[^1]:0.000} s, warm direct loop {modesDirect[^1]:0.000} s"));
        }

        File.Delete(records);

        var count = first.Scenarios;
        var loadAfter = LoadAverage();
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| measure ({count} scenarios, --parallel {parallel}, medians of {runs}) | value |"));
        Console.WriteLine("|---|---|");
        Row("`./specs.sh verify` process, start-up included (the launcher and the tool it runs)", $"{Median(process):0.000} s");
        Row("the runner's own wall time in that process (summary line)", $"{Median(inProcess):0.000} s");
        Row("`specs verify` with the plain Release build (framework-dependent; baseline)", $"{Median(buildProcess):0.000} s");
        Row("ratio: the tool to the Release build", $"{Median(process) / Median(buildProcess):0.00}x");
        Row("direct loop over the same ScenarioHost work, same target, as a process of its own (cold, published like the tool)", $"{Median(coldProcess):0.000} s (the loop itself {Median(coldLoop):0.000} s)");
        Row("direct loop in the bench process (warm, JIT done)", $"{Median(direct):0.000} s");
        Row("runner overhead per scenario: verify process − direct loop process", $"{(Median(process) - Median(coldProcess)) / count * 1000:0.000} ms");
        Row("runner overhead per scenario: runner wall time − cold loop", $"{(Median(inProcess) - Median(coldLoop)) / count * 1000:0.000} ms");
        Row("runner overhead per scenario: verify process − warm loop", $"{(Median(process) - Median(direct)) / count * 1000:0.000} ms");
        Row("`--idempotency --replay-check` process", $"{Median(modesProcess):0.000} s");
        Row("ratio to plain (process)", $"{Median(modesProcess) / Median(process):0.00}x");
        Row("direct loop with both modes (ratio to its plain)", $"{Median(modesDirect):0.000} s ({Median(modesDirect) / Median(direct):0.00}x)");
        Row("cucumber.html", $"{htmlBytes / 1024.0 / 1024.0:0.00} MiB ({htmlBytes / (double)count / 1024.0:0.0} KiB per scenario)");
        Row("cucumber.ndjson", $"{ndjsonBytes / 1024.0 / 1024.0:0.00} MiB");
        Row("load average (1 min) before / after", $"{loadBefore} / {loadAfter} on {Environment.ProcessorCount} cores");
        return 0;
    }

    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Thread.Sleep(TimeSpan.FromSeconds(2));
    }

    private static void Row(string measure, string value) => Console.WriteLine($"| {measure} | {value} |");

    private static (double Seconds, int Matching) DirectLoop(IReadOnlyList<RecordedScenario> scenarios, ScenarioSettings settings, int parallel)
    {
        var matching = 0;
        var watch = Stopwatch.StartNew();
        Parallel.ForEach(scenarios, new ParallelOptions { MaxDegreeOfParallelism = parallel }, scenario =>
        {
            if (scenario.Replay(settings))
            {
                Interlocked.Increment(ref matching);
            }
        });
        return (watch.Elapsed.TotalSeconds, matching);
    }

    private static (double ProcessSeconds, double LoopSeconds) ColdLoop(string loop, string records, int parallel)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
        foreach (var argument in new[] { loop, "runner-loop", records, parallel.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var seconds = watch.Elapsed.TotalSeconds;
        var line = text.Split('\n').First(candidate => candidate.StartsWith("loop ", StringComparison.Ordinal));
        return (seconds, double.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture));
    }

    private static (double Seconds, double WallSeconds, int Scenarios, string LastLine) Verify(string root, string tool, string[] arguments)
    {
        // The launcher runs as itself (its check that the tool is up to date is part of what a user waits for); a
        // built assembly through dotnet.
        var launcher = tool.EndsWith(".sh", StringComparison.Ordinal);
        var start = new ProcessStartInfo(launcher ? tool : "dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        if (!launcher)
        {
            start.ArgumentList.Add(tool);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var seconds = watch.Elapsed.TotalSeconds;
        var lines = text.TrimEnd('\n').Split('\n');
        if (process.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"specs {string.Join(' ', arguments)} exited {process.ExitCode}: {errors.Result}{lines[^1]}");
        }

        // A source newer than the published tool makes the launcher run the plain build instead (it says so on standard
        // error): the figures would then compare the plain build with itself.
        if (launcher && errors.Result.Contains("sources changed since ./specs.sh --publish", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("runner bench: the published tool is older than the sources, so ./specs.sh ran the plain build; publish first: ./specs.sh --publish");
        }

        var wall = lines.Select(line => WallTime().Match(line)).First(match => match.Success);
        var run = lines.Select(line => ScenariosRun().Match(line)).First(match => match.Success);
        return (seconds, double.Parse(wall.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(run.Groups[1].Value, CultureInfo.InvariantCulture), lines[^1]);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Specs.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the runner bench from inside the repository (Specs.sln was not found above the current folder).");
    }

    [GeneratedRegex(@"^Wall time ([0-9.]+) s")]
    private static partial Regex WallTime();

    [GeneratedRegex(@"^([0-9]+) scenarios? run of")]
    private static partial Regex ScenariosRun();
}
