using System.Diagnostics;
using Specs.Inventory.Node;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Storage.Lmdb;

namespace Specs.Bench;

/// <summary>
/// `mix-profile [commands] [--batch N] [--by-type] [--warm-up N]`: where the realistic mix spends its time. Runs
/// the set-up, then the clerks' commands through the product's CommandProcessor on /dev/shm (NoSync, so the
/// disk is out of the picture), and prints per command type how many ran and their mean and total time.
/// A hint for where to optimise, not a benchmark (one run). Besides wall time it reports the writer thread's CPU
/// time per command, which stays comparable on a loaded machine.
/// </summary>
/// <remarks>
/// <para>Without <c>--batch</c>: one command per transaction, timed one by one.</para>
/// <para>With <c>--batch N</c>: the group-commit path, exactly what the node's CommandPipeline writer does
/// with a full queue: N clerks, each round one command from every clerk, all N in ONE
/// <see cref="CommandProcessor.Process"/> call (one write transaction). Only the whole transaction can be
/// timed, so the per-type table needs <c>--by-type</c>, which splits each round into one transaction per
/// command type (about N/15 commands each): the clerks are independent, so the commands and answers are
/// the same, and a type's CPU per command is its transactions' CPU over its commands.</para>
/// <para>With <c>--warm-up N</c>: the clerks first run N commands the same way, unmeasured, so that what is measured
/// is the writer of a server that has been running a while. From a cold start the runtime is still compiling for
/// tens of seconds: in a run of 163,840 commands from cold, the JIT took a sixth of the process's CPU (perf), with
/// about 8,000 compilations as methods moved through the runtime's tiers.</para>
/// </remarks>
public static class MixProfile
{
    public static int Run(string[] args)
    {
        var positional = args.Where(argument => !argument.StartsWith("--", StringComparison.Ordinal)).ToList();
        var batchAt = Array.IndexOf(args, "--batch");
        var batch = batchAt >= 0 ? int.Parse(args[batchAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 0;
        if (batchAt >= 0)
        {
            positional.Remove(args[batchAt + 1]);
        }

        var warmUpAt = Array.IndexOf(args, "--warm-up");
        var warmUp = warmUpAt >= 0 ? int.Parse(args[warmUpAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 0;
        if (warmUpAt >= 0)
        {
            positional.Remove(args[warmUpAt + 1]);
        }

        var byTypeBatches = args.Contains("--by-type");
        var commands = positional.Count > 0 ? int.Parse(positional[0], System.Globalization.CultureInfo.InvariantCulture) : 50_000;
        var folder = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"specs-mix-profile-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            using var store = new LmdbStore(new LmdbStoreOptions { Path = folder, Durability = LmdbDurability.NoSync, InitialMapSizeBytes = 4L << 30 });
            var processor = CommandProcessor.Open(store, SystemClock.Instance, new TimeOrderedIds(SystemClock.Instance, new SplitMix64(3)));
            var setUp = Stopwatch.StartNew();
            MixedCallers.SetUp(processor);
            Console.WriteLine($"set-up: {setUp.Elapsed.TotalSeconds:F1} s");
            var clerks = Enumerable.Range(0, batch > 0 ? batch : 256).Select(caller => new MixedCaller(caller)).ToArray();
            var byType = new Dictionary<string, (long Count, long Ticks, long CpuNanoseconds)>(StringComparer.Ordinal);
            if (warmUp > 0)
            {
                var warming = Stopwatch.StartNew();
                var warmed = batch > 0 ? RunBatched(processor, clerks, warmUp, byTypeBatches, []) : RunOneByOne(processor, clerks, warmUp, []);
                Console.WriteLine($"warm-up: {warmed} commands in {warming.Elapsed.TotalSeconds:F1} s, not measured");
            }

            var cpuBefore = ThreadCpuTime.Nanoseconds();
            var total = Stopwatch.StartNew();
            var ran = batch > 0 ? RunBatched(processor, clerks, commands, byTypeBatches, byType) : RunOneByOne(processor, clerks, commands, byType);
            Console.WriteLine($"{ran} commands in {total.Elapsed.TotalSeconds:F1} s ({ran / total.Elapsed.TotalSeconds:N0}/s), {clerks.Sum(clerk => clerk.Refusals)} refused, head {processor.Head}"
                + (batch > 0 ? $", {batch} per round{(byTypeBatches ? ", one transaction per type per round" : ", one transaction per round")}" : ", one per transaction"));
            var cpuSeconds = (ThreadCpuTime.Nanoseconds() - cpuBefore) / 1e9;
            Console.WriteLine($"writer thread CPU: {cpuSeconds:F2} s, {cpuSeconds * 1e6 / ran:F1} us/command ({ran / cpuSeconds:N0} commands per CPU second)");
            if (byType.Count > 0)
            {
                Console.WriteLine($"{"command",-20} {"count",8} {"wall us",10} {"CPU us",10} {"CPU ms total",14}");
                foreach (var (name, (count, ticks, cpuTotal)) in byType.OrderByDescending(pair => pair.Value.CpuNanoseconds))
                {
                    Console.WriteLine($"{name,-20} {count,8} {ticks * 1e6 / Stopwatch.Frequency / count,10:F1} {cpuTotal / 1e3 / count,10:F1} {cpuTotal / 1e6,14:F0}");
                }
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static long RunOneByOne(CommandProcessor processor, MixedCaller[] clerks, int commands, Dictionary<string, (long Count, long Ticks, long CpuNanoseconds)> byType)
    {
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
            Add(byType, command.GetType().Name, 1, elapsed, cpu);
        }

        return commands;
    }

    /// <summary>Rounds of one command per clerk until at least <paramref name="commands"/> ran; returns how many did.</summary>
    private static long RunBatched(
        CommandProcessor processor, MixedCaller[] clerks, int commands, bool byTypeBatches, Dictionary<string, (long Count, long Ticks, long CpuNanoseconds)> byType)
    {
        long ran = 0;
        var round = new (int Clerk, SubmitCommand Request)[clerks.Length];
        while (ran < commands)
        {
            for (var index = 0; index < clerks.Length; index++)
            {
                var (command, key) = clerks[index].Next();
                round[index] = (index, new SubmitCommand(command, key));
            }

            var groups = byTypeBatches
                ? round.GroupBy(entry => entry.Request.Command.GetType().Name, StringComparer.Ordinal).Select(group => (Name: group.Key, Entries: group.ToArray())).ToArray()
                : [(Name: string.Empty, Entries: round)];
            foreach (var (name, entries) in groups)
            {
                var requests = new PipelineRequest[entries.Length];
                for (var i = 0; i < entries.Length; i++)
                {
                    requests[i] = entries[i].Request;
                }

                var started = Stopwatch.GetTimestamp();
                var cpuStarted = ThreadCpuTime.Nanoseconds();
                var results = processor.Process(requests);
                var cpu = ThreadCpuTime.Nanoseconds() - cpuStarted;
                var elapsed = Stopwatch.GetTimestamp() - started;
                for (var i = 0; i < entries.Length; i++)
                {
                    clerks[entries[i].Clerk].Observe(((CommandOutcome)results[i]).Response);
                }

                if (byTypeBatches)
                {
                    Add(byType, name, entries.Length, elapsed, cpu);
                }
            }

            ran += clerks.Length;
        }

        return ran;
    }

    private static void Add(Dictionary<string, (long Count, long Ticks, long CpuNanoseconds)> byType, string name, long count, long ticks, long cpu)
    {
        var (countSoFar, ticksSoFar, cpuSoFar) = byType.GetValueOrDefault(name);
        byType[name] = (countSoFar + count, ticksSoFar + ticks, cpuSoFar + cpu);
    }
}
