using Reqnroll;

namespace Specs.Runner.Tests.Bindings;

/// <summary>Steps for the flaky and hang fixture sets.</summary>
[Binding]
public sealed class TimingSteps
{
    private static int _flakyCalls;
    private static TaskCompletionSource _hangStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Tests of the flaky set reset this before each run.</summary>
    public static void ResetFlaky() => Interlocked.Exchange(ref _flakyCalls, 0);

    /// <summary>Completes when the hang step has begun: a test stops a run while it hangs, with no guess at how long start-up takes.</summary>
    public static Task HangStarted => Volatile.Read(ref _hangStarted).Task;

    /// <summary>Tests that wait for <see cref="HangStarted"/> call this before each run.</summary>
    public static void ResetHang() => Volatile.Write(ref _hangStarted, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

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
    public static void Hangs()
    {
        Volatile.Read(ref _hangStarted).TrySetResult();
        Thread.Sleep(TimeSpan.FromSeconds(5));
    }
}
