using System.Diagnostics;
using System.Globalization;

namespace Specs.Bench;

/// <summary>
/// `durable-profile [transactions] [--per-txn N] [--random]`: the group-commit case of
/// <see cref="DurableCommandBenchmarks"/> (same store, seeding and commands) in a plain loop, printing wall
/// time and the writer thread's CPU time per command. CPU time stays comparable between two builds on a
/// loaded machine where wall time does not, and the plain loop is what `perf record` should watch
/// (run it with DOTNET_PerfMapEnabled=1). A hint for optimising, not a benchmark: no statistics.
/// </summary>
public static class DurableProfile
{
    public static int Run(string[] args)
    {
        var perTransactionAt = Array.IndexOf(args, "--per-txn");
        var perTransaction = perTransactionAt >= 0 ? int.Parse(args[perTransactionAt + 1], CultureInfo.InvariantCulture) : DurableCommandBenchmarks.CommandsPerBatch;
        var positional = args.Where((argument, index) => !argument.StartsWith("--", StringComparison.Ordinal) && index != perTransactionAt + 1).ToList();
        var transactions = positional.Count > 0 ? int.Parse(positional[0], CultureInfo.InvariantCulture) : 100;
        var benchmark = new DurableCommandBenchmarks { Ids = args.Contains("--random") ? IdOrder.Random : IdOrder.TimeOrdered };
        benchmark.Setup();
        try
        {
            // Warm up the JIT (tiered compilation promotes the hot loop after a few calls).
            for (var warm = 0; warm < 20; warm++)
            {
                benchmark.Batch(perTransaction);
            }

            var cpuBefore = ThreadCpuTime.Nanoseconds();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var wall = Stopwatch.StartNew();
            for (var transaction = 0; transaction < transactions; transaction++)
            {
                benchmark.Batch(perTransaction);
            }

            var seconds = wall.Elapsed.TotalSeconds;
            var commands = (double)transactions * perTransaction;
            var cpuMicroseconds = (ThreadCpuTime.Nanoseconds() - cpuBefore) / 1e3 / commands;
            var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / commands;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{commands:N0} commands, {perTransaction} per transaction, {benchmark.Ids} ids: {commands / seconds:N0}/s wall, {cpuMicroseconds:F2} us CPU per command ({1e6 / cpuMicroseconds:N0} per CPU second), {allocated:F0} B allocated per command"));
        }
        finally
        {
            benchmark.Cleanup();
        }

        return 0;
    }
}
