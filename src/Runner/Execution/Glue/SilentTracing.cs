using System.Globalization;
using Reqnroll;
using Reqnroll.Bindings;
using Reqnroll.Bindings.Reflection;
using Reqnroll.Tracing;

namespace Specs.Runner.Execution.Glue;

/// <summary>
/// Replaces Reqnroll's console tracer. Reqnroll formats every step's text before it runs and the matched method
/// with its arguments after, for a console trace; the runner reports steps, errors and undefined steps from its
/// own records (progress, summary, reports) and a step's output from Reqnroll's output events, so that text
/// was built for every step of every scenario and thrown away.
/// </summary>
public sealed class SilentTestTracer : ITestTracer
{
    public void TraceStep(StepInstance stepInstance, bool showAdditionalArguments)
    {
    }

    public void TraceWarning(string text)
    {
    }

    public void TraceStepDone(BindingMatch match, object[] arguments, TimeSpan duration)
    {
    }

    public void TraceStepSkipped(Exception exception)
    {
    }

    public void TraceStepSkippedBecauseOfPreviousErrors()
    {
    }

    public void TraceStepPending(BindingMatch match, object[] arguments, Exception exception)
    {
    }

    public void TraceBindingError(Exception ex)
    {
    }

    public void TraceError(Exception ex, TimeSpan duration)
    {
    }

    public void TraceNoMatchingStepDefinition(StepInstance stepInstance, ProgrammingLanguage targetLanguage, CultureInfo bindingCulture, List<BindingMatch> matchesWithoutScopeCheck)
    {
    }

    public void TraceDuration(TimeSpan elapsed, IBindingMethod method, object[] arguments)
    {
    }

    public void TraceDuration(TimeSpan elapsed, string text)
    {
    }
}

/// <summary>
/// Replaces Reqnroll's stdout trace listener: workers run scenarios concurrently, so anything written there would
/// interleave on the console. A step's own output reaches the reports through Reqnroll's output events instead.
/// </summary>
public sealed class SilentTraceListener : ITraceListener
{
    public void WriteTestOutput(string message)
    {
    }

    public void WriteToolOutput(string message)
    {
    }
}
