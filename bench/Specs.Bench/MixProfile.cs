using System.Diagnostics;
using Specs.Inventory.Node;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Storage.Lmdb;

namespace Specs.Bench;

/// <summary>
/// `mix-profile [commands]`: where the realistic mix spends its time. Runs the set-up, then the clerks'
/// commands one per transaction through the product's CommandProcessor on /dev/shm (NoSync, so the disk is
/// out of the picture), and prints per command type how many ran and their mean and total time. A hint
/// for where to optimise, not a benchmark (no warm-up beyond the set-up, one run). Besides wall time it
/// reports the writer thread's CPU time per command, which stays comparable on a loaded machine.
/// </summary>
public static class MixProfile
{
    public static int Run(string[] args)
    {
        var commands = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 50_000;
        var folder = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"specs-mix-profile-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            using var store = new LmdbStore(new LmdbStoreOptions { Path = folder, Durability = LmdbDurability.NoSync, InitialMapSizeBytes = 4L << 30 });
            var processor = CommandProcessor.Open(store, SystemClock.Instance, new TimeOrderedIds(SystemClock.Instance, new SplitMix64(3)));
            var setUp = Stopwatch.StartNew();
            MixedCallers.SetUp(processor);
            Console.WriteLine($"set-up: {setUp.Elapsed.TotalSeconds:F1} s");
            var clerks = Enumerable.Range(0, 256).Select(caller => new MixedCaller(caller)).ToArray();
            var byType = new Dictionary<string, (long Count, long Ticks, long CpuNanoseconds)>(StringComparer.Ordinal);
            var cpuBefore = ThreadCpuTime.Nanoseconds();
            var total = Stopwatch.StartNew();
            for (var i = 0; i < commands; i++)
            {
                var clerk = clerks[i % clerks.Length];
                var (command, key) = clerk.Next();
                var started = Stopwatch.GetTimestamp();
                var cpuStarted = ThreadCpuTime.Nanoseconds();
                var result = processor.Process([new SubmitCommand(command, key)]);
                var cpu = ThreadCpuTime.Nanoseconds() - cpuStarted;
                var elapsed = Stopwatch.GetTimestamp() - started;
                clerk.Observe(((CommandOutcome)result[0]).Response);
                var name = command.GetType().Name;
                var (count, ticks, cpuTotal) = byType.GetValueOrDefault(name);
                byType[name] = (count + 1, ticks + elapsed, cpuTotal + cpu);
            }

            Console.WriteLine($"{commands} commands in {total.Elapsed.TotalSeconds:F1} s ({commands / total.Elapsed.TotalSeconds:N0}/s), {clerks.Sum(clerk => clerk.Refusals)} refused, head {processor.Head}");
            var cpuSeconds = (ThreadCpuTime.Nanoseconds() - cpuBefore) / 1e9;
            Console.WriteLine($"writer thread CPU: {cpuSeconds:F2} s, {cpuSeconds * 1e6 / commands:F1} us/command ({commands / cpuSeconds:N0} commands per CPU second)");
            Console.WriteLine($"{"command",-20} {"count",8} {"wall us",10} {"CPU us",10} {"CPU ms total",14}");
            foreach (var (name, (count, ticks, cpuTotal)) in byType.OrderByDescending(pair => pair.Value.CpuNanoseconds))
            {
                Console.WriteLine($"{name,-20} {count,8} {ticks * 1e6 / Stopwatch.Frequency / count,10:F1} {cpuTotal / 1e3 / count,10:F1} {cpuTotal / 1e6,14:F0}");
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
