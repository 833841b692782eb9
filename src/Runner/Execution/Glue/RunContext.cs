using Io.Cucumber.Messages.Types;
using Exception = System.Exception;
using Reqnroll.Bindings;

namespace Specs.Runner.Execution.Glue;

/// <summary>State shared by every Reqnroll container of one run: settings, the binding catalog and run-hook results.</summary>
public sealed class RunContext(RunClock clock, bool dryRun, IReadOnlyList<string> additionalStepAssemblies)
{
    private readonly object _gate = new();
    private readonly Dictionary<IHookBinding, (long Ticks, Timestamp At)> _hookStarts = new(ReferenceEqualityComparer.Instance);

    public RunClock Clock { get; } = clock;

    public bool DryRun { get; } = dryRun;

    public IReadOnlyList<string> AdditionalStepAssemblies { get; } = additionalStepAssemblies;

    public BindingCatalog Catalog { get; set; } = BindingCatalog.Empty;

    /// <summary>The step definitions each distinct step text can match, found once for the run.</summary>
    public StepCandidateCache StepCandidates { get; } = new();

    public List<RunHookRecord> RunHooks { get; } = [];

    public void OnRunHookStarted(IHookBinding hook)
    {
        lock (_gate)
        {
            _hookStarts[hook] = (Clock.Ticks(), Clock.Now());
        }
    }

    public void OnRunHookFinished(IHookBinding hook, Exception? error)
    {
        lock (_gate)
        {
            if (Catalog.HookId(hook) is not { } id)
            {
                return;
            }

            var end = Clock.Ticks();
            var (start, at) = _hookStarts.GetValueOrDefault(hook, (end, Clock.Now()));
            RunHooks.Add(new RunHookRecord(
                id, "worker-0", at, Clock.Now(),
                error is null ? TestStepResultStatus.PASSED : TestStepResultStatus.FAILED,
                Clock.Elapsed(start, end), error is null ? null : FailureText.Of(error), error?.GetType().FullName));
        }
    }
}
