using System.Collections.Concurrent;
using System.Diagnostics;

namespace Specs.Bench;

/// <summary>
/// Per-command latencies (submit to reply) of each benchmark case, kept in process so that
/// <see cref="LatencyColumn"/> can report their percentiles beside BenchmarkDotNet's times (the in-process
/// toolchain runs the benchmarks and builds the summary in one process). A case's log holds every command
/// of its measured and warm-up iterations.
/// </summary>
public sealed class LatencyLog
{
    private static readonly ConcurrentDictionary<string, LatencyLog> Logs = new(StringComparer.Ordinal);

    private long[] _ticks = new long[1 << 20];
    private int _count;

    /// <summary>The log of a case: the benchmark's method name and its parameter values, joined by commas.</summary>
    public static LatencyLog For(string method, string parameters) => Logs.GetOrAdd($"{method}({parameters})", _ => new LatencyLog());

    public static LatencyLog? Find(string method, string parameters) => Logs.TryGetValue($"{method}({parameters})", out var log) ? log : null;

    /// <summary>Records one latency, measured from <paramref name="startTimestamp"/> (Stopwatch ticks) to now.</summary>
    public void Record(long startTimestamp)
    {
        var elapsed = Stopwatch.GetTimestamp() - startTimestamp;
        var index = Interlocked.Increment(ref _count) - 1;
        var ticks = Volatile.Read(ref _ticks);
        if (index >= ticks.Length)
        {
            lock (this)
            {
                if (index >= _ticks.Length)
                {
                    var grown = new long[Math.Max(_ticks.Length * 2, index + 1)];
                    Array.Copy(_ticks, grown, _ticks.Length);
                    Volatile.Write(ref _ticks, grown);
                }

                ticks = _ticks;
            }
        }

        ticks[index] = elapsed;
    }

    /// <summary>The latency at <paramref name="percentile"/> (0-100), in microseconds; null when nothing was recorded.</summary>
    public double? PercentileMicroseconds(double percentile)
    {
        lock (this)
        {
            var count = Math.Min(Volatile.Read(ref _count), _ticks.Length);
            if (count == 0)
            {
                return null;
            }

            var sorted = _ticks.AsSpan(0, count).ToArray();
            Array.Sort(sorted);
            var rank = (int)Math.Ceiling(percentile / 100.0 * count) - 1;
            return sorted[Math.Clamp(rank, 0, count - 1)] * 1_000_000.0 / Stopwatch.Frequency;
        }
    }
}
