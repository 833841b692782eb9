using Specs.Runner.Extensibility;

namespace Specs.Runner.Execution.Glue;

/// <summary>
/// Per Reqnroll test thread (one per runner in the pool): the attempt that runner is executing now. The
/// worker fills it before each attempt; the event listener, trace listener and scenario container read it.
/// </summary>
public sealed class WorkerSlot(RunContext run)
{
    public RunContext Run { get; } = run;

    public ScenarioRecorder? Current { get; set; }

    public IScenarioSession? Session { get; set; }
}
