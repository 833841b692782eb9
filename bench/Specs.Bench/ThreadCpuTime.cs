using System.Runtime.InteropServices;

namespace Specs.Bench;

/// <summary>
/// The calling thread's CPU time (Linux CLOCK_THREAD_CPUTIME_ID): what a command costs on its own, which
/// wall-clock time under a loaded machine overstates many times over. Zero where the clock is missing.
/// </summary>
public static partial class ThreadCpuTime
{
    private const int ThreadCpuClock = 3;

    /// <summary>Nanoseconds of CPU the calling thread has used.</summary>
    public static long Nanoseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        return ClockGetTime(ThreadCpuClock, out var time) == 0 ? (time.Seconds * 1_000_000_000) + time.Nanoseconds : 0;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
