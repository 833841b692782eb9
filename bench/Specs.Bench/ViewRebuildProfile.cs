using System.Diagnostics;
using System.Globalization;
using Specs.Inventory.Views;

namespace Specs.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Specs.Bench -- view-rebuild [--rounds N]`: issue 3's "replay of 1M events
/// into all views" in one process, the dataset (<see cref="MixedReplayDataset"/>, a realistic mix through the real
/// pipeline) built once. The same four paths as <see cref="ViewRebuildBenchmarks"/>, which runs each in a process
/// of its own and so builds the million events four times; here each runs <c>N</c> times after one warm-up and
/// prints its median rate and its ratio to the baseline (read and decode every event, CRC checked) of the same
/// round. <c>--paths 0,2</c> runs only the paths named (by their place in the table; the baseline always runs), for
/// quicker comparisons; each path's rate per CPU second of the process (steadier than wall time on a shared machine), its share of time
/// paused for garbage collection and its collections are printed too.
/// </summary>
internal static class ViewRebuildProfile
{
    public static int Run(string[] args)
    {
        var rounds = 3;
        HashSet<int>? chosen = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--rounds" && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out rounds) && rounds >= 1)
            {
                i++;
                continue;
            }

            if (args[i] == "--paths" && i + 1 < args.Length)
            {
                chosen = [0, .. args[i + 1].Split(',').Select(part => int.Parse(part, CultureInfo.InvariantCulture))];
                i++;
                continue;
            }

            Console.Error.WriteLine($"view-rebuild: unexpected argument {args[i]} (usage: view-rebuild [--rounds N] [--paths 1,2,3], N ≥ 1)");
            return 2;
        }

        var building = Stopwatch.StartNew();
        using var store = MixedReplayDataset.OpenStore();
        Console.WriteLine($"dataset: {MixedReplayDataset.Head:N0} events of the realistic mix, built in {building.Elapsed.TotalSeconds:F1} s");
        var paths = new (string Name, Func<ulong> Run)[]
        {
            ("read and decode every event (baseline)", () => ReadAndDecode(store)),
            ("replay: state only", () => LogReplay.Run(store, []).Head),
            ("replay: state and every view, in memory (start-up)", () => LogReplay.Run(store, InventoryViews.All).Head),
            ("rebuild every view: replay, then write them (ViewMaintenance.Rebuild)", () => ViewMaintenance.Rebuild(store, InventoryViews.All).Head),
        };
        var rates = paths.Select(_ => new List<double>()).ToArray();
        var ratios = paths.Select(_ => new List<double>()).ToArray();
        var paused = paths.Select(_ => new List<double>()).ToArray();
        var collections = new string[paths.Length];
        var perCpuSecond = paths.Select(_ => new List<double>()).ToArray();
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round <= rounds; round++)
        {
            var baseline = 0.0;
            for (var p = 0; p < paths.Length; p++)
            {
                if (chosen is not null && !chosen.Contains(p))
                {
                    continue;
                }

                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var pausedBefore = GC.GetTotalPauseDuration();
                int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
                var clock = Stopwatch.StartNew();
                var head = paths[p].Run();
                var rate = MixedReplayDataset.EventCount / clock.Elapsed.TotalSeconds;
                var pausedShare = (GC.GetTotalPauseDuration() - pausedBefore) / clock.Elapsed;
                process.Refresh();
                var cpuRate = MixedReplayDataset.EventCount / (process.TotalProcessorTime - cpuBefore).TotalSeconds;
                Invariant(head >= MixedReplayDataset.EventCount, $"{paths[p].Name} stopped at {head}");
                baseline = p == 0 ? rate : baseline;
                if (round > 0)
                {
                    rates[p].Add(rate);
                    ratios[p].Add(rate / baseline);
                    paused[p].Add(pausedShare);
                    perCpuSecond[p].Add(cpuRate);
                    collections[p] = $"{GC.CollectionCount(0) - collectionsBefore[0]}/{GC.CollectionCount(1) - collectionsBefore[1]}/{GC.CollectionCount(2) - collectionsBefore[2]}";
                }
            }
        }

        Console.WriteLine($"| path (1,000,000 events, medians of {rounds} after a warm-up) | events/s | ratio to the baseline | events per CPU second | paused for GC | collections (gen 0/1/2, last round) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (var p = 0; p < paths.Length; p++)
        {
            if (rates[p].Count == 0)
            {
                continue;
            }

            Console.WriteLine($"| {paths[p].Name} | {Median(rates[p]):N0} | {Median(ratios[p]):F3} | {Median(perCpuSecond[p]):N0} | {Median(paused[p]):P0} | {collections[p]} |");
        }

        return 0;
    }

    private static ulong ReadAndDecode(Specs.Inventory.Storage.Lmdb.LmdbStore store)
    {
        using var transaction = store.BeginRead();
        using var cursor = Specs.Inventory.EventStore.EventLog.ReadAll(transaction);
        ulong count = 0;
        long checksum = 0;
        while (cursor.MoveNext())
        {
            checksum += cursor.Record.DecodePayload().GetHashCode() & 1;
            count++;
        }

        GC.KeepAlive(checksum);
        return count;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void Invariant(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
