using Reqnroll;

namespace Specs.Runner.Tests.Bindings;

/// <summary>Steps for the flaky and hang fixture sets.</summary>
[Binding]
public sealed class TimingSteps
{
    private static int _flakyCalls;

    /// <summary>Tests of the flaky set reset this before each run.</summary>
    public static void ResetFlaky() => Interlocked.Exchange(ref _flakyCalls, 0);

    [Given("a step that fails on its first attempt")]
    public static void FailsFirst()
    {
        if (Interlocked.Increment(ref _flakyCalls) == 1)
        {
            throw new InvalidOperationException("first attempt fails");
        }
    }

    /// <summary>Blocks its thread (the worst kind of hang: no await to cancel) well past the tests' timeout.</summary>
    [Given("a step that hangs")]
    public static void Hangs() => Thread.Sleep(TimeSpan.FromSeconds(5));
}
