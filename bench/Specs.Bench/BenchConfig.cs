using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Specs.Bench;

/// <summary>
/// One configuration for every benchmark. The in-process toolchain is not a convenience: BenchmarkDotNet's
/// default toolchain builds a child project per benchmark, which would inherit warnings-as-errors and would
/// not get the gcc-built liblmdb that Directory.Build.targets copies next to our executables.
/// Iteration counts are fixed so that the whole suite runs in a few minutes on a 2-core machine; each class
/// fixes its invocations per iteration so that no pilot stage has to guess them.
/// </summary>
public static class BenchConfig
{
    public const int FullWarmups = 3;
    public const int FullIterations = 10;

    public static IConfig Create(bool quick)
    {
        var job = Job.Default
            // The default in-process timeout (5 min) stops the durable mix with 1,024 clerks on a loaded machine.
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(60), logOutput: true))
            .WithWarmupCount(quick ? 1 : FullWarmups)
            .WithIterationCount(quick ? 3 : FullIterations)
            .WithId(quick ? "Quick" : "InProcess");

        return DefaultConfig.Instance
            .AddJob(job)
            .AddColumn(StatisticColumn.Median, new MedianRatioColumn(), new MedianThroughputColumn())
            // The built-in Ratio is a ratio of means; the reported ratio is of medians (MedianRatioColumn).
            .HideColumns("Ratio", "RatioSD");
    }
}
