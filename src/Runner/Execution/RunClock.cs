using System.Diagnostics;
using Io.Cucumber.Messages.Types;

namespace Specs.Runner.Execution;

/// <summary>
/// Where timestamps and durations of the message stream come from. The fixed clock (`--fixed-clock`) stamps
/// every message with one instant and every duration with zero, so the stream depends only on the inputs.
/// </summary>
public abstract class RunClock
{
    public abstract Timestamp Now();

    /// <summary>A monotonic reading for measuring durations; only differences between readings mean anything.</summary>
    public abstract long Ticks();

    public abstract TimeSpan Elapsed(long startTicks, long endTicks);

    public static RunClock System { get; } = new SystemRunClock();

    public static RunClock Fixed(DateTimeOffset instant) => new FixedRunClock(instant);

    public static Timestamp ToTimestamp(DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return new Timestamp(ticks / TimeSpan.TicksPerSecond, ticks % TimeSpan.TicksPerSecond * 100);
    }

    public static Duration ToDuration(TimeSpan span) =>
        new(span.Ticks / TimeSpan.TicksPerSecond, span.Ticks % TimeSpan.TicksPerSecond * 100);

    private sealed class SystemRunClock : RunClock
    {
        public override Timestamp Now() => ToTimestamp(DateTimeOffset.UtcNow);

        public override long Ticks() => Stopwatch.GetTimestamp();

        public override TimeSpan Elapsed(long startTicks, long endTicks) => Stopwatch.GetElapsedTime(startTicks, endTicks);
    }

    private sealed class FixedRunClock(DateTimeOffset instant) : RunClock
    {
        private readonly Timestamp _now = ToTimestamp(instant);

        public override Timestamp Now() => new(_now.Seconds, _now.Nanos);

        public override long Ticks() => 0;

        public override TimeSpan Elapsed(long startTicks, long endTicks) => TimeSpan.Zero;
    }
}
