using System.Diagnostics;

namespace Specs.Runner.Cli;

/// <summary>
/// Prints the time of each phase of `specs verify` to standard error when SPECS_PHASES=1: how the runner's
/// wall time divides between discovery, the run, the message stream, each report and the living docs, and how much
/// of the CPU went to the JIT and of the wall time to garbage collection pauses.
/// Off by default so the output stays byte-identical; it exists to find where runner overhead goes.
/// </summary>
internal static class PhaseTimer
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("SPECS_PHASES") == "1";
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static double _last;

    /// <summary>Marks the end of a phase named <paramref name="phase"/>.</summary>
    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }

        var now = Clock.Elapsed.TotalMilliseconds;
        // CPU (user + sys, every thread) says what a phase costs when other processes share the cores. The wall
        // clock is deliberate here: Process.StartTime is local wall time, and the runtime's start-up before Main
        // is only visible against it (a diagnostic behind SPECS_PHASES=1, outside the deterministic core).
        using var process = Process.GetCurrentProcess();
        Console.Error.WriteLine($"phase {phase}: {now - _last:0.0} ms (at {now:0.0} ms since start-up {(DateTime.Now - process.StartTime).TotalMilliseconds:0} ms; process CPU so far {process.TotalProcessorTime.TotalMilliseconds:0} ms, of it JIT {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms for {System.Runtime.JitInfo.GetCompiledMethodCount()} methods; {GC.CollectionCount(0)} GCs (gen 1: {GC.CollectionCount(1)}, gen 2: {GC.CollectionCount(2)}), {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused, {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB allocated)");
        _last = now;
    }

    /// <summary>
    /// Runs <paramref name="work"/> (one of the reports written concurrently after the run, or a step inside a phase
    /// such as the binding registry's build) and prints when it started and ended on the same clock as the phases,
    /// which shows what the run's end, or its first scenario, waits for.
    /// </summary>
    public static void Span(string name, Action work) => Span(name, () =>
    {
        work();
        return true;
    });

    /// <inheritdoc cref="Span(string, Action)"/>
    public static T Span<T>(string name, Func<T> work)
    {
        if (!Enabled)
        {
            return work();
        }

        var start = Clock.Elapsed.TotalMilliseconds;
        var result = work();
        var end = Clock.Elapsed.TotalMilliseconds;
        Console.Error.WriteLine($"  span {name}: {end - start:0.0} ms (from {start:0.0} to {end:0.0} ms)");
        return result;
    }
}
