using Reqnroll;

namespace Specs.Runner.Tests.Bindings;

/// <summary>A run-level hook, so the stream's testRunHookStarted/Finished messages are exercised.</summary>
[Binding]
public static class RunHooks
{
    public static int BeforeRunCount { get; private set; }

    [BeforeTestRun]
    public static void CountRuns() => BeforeRunCount++;
}
