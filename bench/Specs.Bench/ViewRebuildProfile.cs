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
/// round.
/// </summary>
internal static class ViewRebuildProfile
{
    public static int Run(string[] args)
    {
        var rounds = 3;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--rounds" && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out rounds) && rounds >= 1)
            {
                i++;
                continue;
            }

            Console.Error.WriteLine($"view-rebuild: unexpected argument {args[i]} (usage: view-rebuild [--rounds N], N ≥ 1)");
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
        for (var round = 0; round <= rounds; round++)
        {
            var baseline = 0.0;
            for (var p = 0; p < paths.Length; p++)
            {
                var clock = Stopwatch.StartNew();
                var head = paths[p].Run();
                var rate = MixedReplayDataset.EventCount / clock.Elapsed.TotalSeconds;
                Invariant(head >= MixedReplayDataset.EventCount, $"{paths[p].Name} stopped at {head}");
                baseline = p == 0 ? rate : baseline;
                if (round > 0)
                {
                    rates[p].Add(rate);
                    ratios[p].Add(rate / baseline);
                }
            }
        }

        Console.WriteLine($"| path (1,000,000 events, medians of {rounds} after a warm-up) | events/s | ratio to the baseline |");
        Console.WriteLine("|---|---:|---:|");
        for (var p = 0; p < paths.Length; p++)
        {
            Console.WriteLine($"| {paths[p].Name} | {Median(rates[p]):N0} | {Median(ratios[p]):F3} |");
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
