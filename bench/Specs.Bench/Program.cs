using BenchmarkDotNet.Running;
using Specs.Bench;

// `runner` (first) measures the `specs verify` process against a direct loop over the same scenarios (RunnerBenchmark).
if (args.Length > 0 && args[0] == "runner")
{
    return RunnerBenchmark.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "sim-speed")
{
    return SimulatorSpeedBenchmark.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "mix-profile")
{
    return MixProfile.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "durable-profile")
{
    return DurableProfile.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "runner-loop")
{
    return RunnerBenchmark.RunLoop(args[1..]);
}

if (args.Length > 0 && args[0] == "view-rebuild")
{
    return ViewRebuildProfile.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "lifecycle-loop")
{
    return ScenarioLifecycleBenchmarks.RunLoop(args[1..]);
}

// `quick` (anywhere in the arguments) runs every benchmark with 1 warmup and 3 measured iterations: a smoke run.
var quick = args.Contains("quick", StringComparer.OrdinalIgnoreCase);
var switcherArgs = args.Where(argument => !argument.Equals("quick", StringComparison.OrdinalIgnoreCase)).ToArray();
BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly).Run(switcherArgs, BenchConfig.Create(quick));
return 0;
