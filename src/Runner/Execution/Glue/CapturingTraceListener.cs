using Reqnroll.Tracing;

namespace Specs.Runner.Execution.Glue;

/// <summary>
/// Replaces Reqnroll's stdout trace: the step trace of an attempt is kept with that attempt (shown for
/// failures) instead of interleaving workers' output on the console. Tool output is dropped.
/// </summary>
public sealed class CapturingTraceListener(WorkerSlot? slot) : ITraceListener
{
    public void WriteTestOutput(string message) => slot?.Current?.OnOutput(message);

    public void WriteToolOutput(string message)
    {
    }
}
