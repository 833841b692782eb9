using Io.Cucumber.Messages.Types;
using Exception = System.Exception;
using Reqnroll;
using Reqnroll.Bindings;
using Specs.Runner.Extensibility;
using ReqnrollHookType = Reqnroll.Bindings.HookType;

namespace Specs.Runner.Execution;

/// <summary>
/// Turns the Reqnroll execution events of one attempt into step records. Events arrive on the scenario's
/// thread; the worker may seal the record from its own thread when the scenario times out, after which late
/// events of the abandoned scenario are ignored. Every member takes the lock for that reason.
/// </summary>
public sealed class ScenarioRecorder : IScenarioAttachments
{
    /// <summary>Largest attachment body kept; a bigger one is cut, so one chatty step cannot bloat every report.</summary>
    public const int AttachmentBytesMax = 1024 * 1024;

    private readonly object _gate = new();
    private readonly RunClock _clock;
    private readonly BindingCatalog _bindings;
    private readonly IReadOnlyList<PickleStep> _pickleSteps;
    private readonly List<StepRecord> _before = [];
    private readonly List<StepRecord> _after = [];
    private readonly StepRecord[] _steps;
    private readonly Dictionary<IHookBinding, (long Ticks, Timestamp At)> _hookStarts = new(ReferenceEqualityComparer.Instance);
    private readonly bool _dryRun;
    private int _current = -1;
    private bool _sealed;

    public ScenarioRecorder(AttemptRecord attempt, Pickle pickle, BindingCatalog bindings, RunClock clock, bool dryRun)
    {
        Attempt = attempt;
        _clock = clock;
        _bindings = bindings;
        _dryRun = dryRun;
        _pickleSteps = pickle.Steps;
        _steps = pickle.Steps.Select(step => new StepRecord { PickleStep = step }).ToArray();
    }

    public AttemptRecord Attempt { get; }

    /// <summary>Called by the worker right before it hands pickle step <paramref name="index"/> to Reqnroll.</summary>
    public void EnterStep(int index)
    {
        lock (_gate)
        {
            _current = index;
        }
    }

    public void OnHookStarted(IHookBinding hook)
    {
        lock (_gate)
        {
            _hookStarts[hook] = (_clock.Ticks(), _clock.Now());
        }
    }

    public void OnHookFinished(IHookBinding hook, ScenarioExecutionStatus status, Exception? error)
    {
        lock (_gate)
        {
            if (_sealed)
            {
                return;
            }

            var end = _clock.Ticks();
            var (start, startedAt) = _hookStarts.TryGetValue(hook, out var started) ? started : (end, _clock.Now());
            var hookId = _bindings.HookId(hook);
            if (hookId is not null && hook.HookType is ReqnrollHookType.BeforeScenario or ReqnrollHookType.AfterScenario)
            {
                var record = new StepRecord
                {
                    HookId = hookId,
                    Status = error is null ? TestStepResultStatus.PASSED : StatusOf(status, error),
                    Duration = _clock.Elapsed(start, end),
                    ErrorMessage = error is null ? null : FailureText.Of(error),
                    ErrorType = error?.GetType().FullName,
                    ExceptionMessage = error?.Message,
                    Started = startedAt,
                    Finished = _clock.Now(),
                };
                (hook.HookType == ReqnrollHookType.BeforeScenario ? _before : _after).Add(record);
            }
            else if (error is not null && CurrentStep is { } step && step.Status is TestStepResultStatus.PASSED or TestStepResultStatus.UNKNOWN)
            {
                // Step and block hooks have no test step of their own in Cucumber: their failure is the step's.
                step.Status = TestStepResultStatus.FAILED;
                step.ErrorMessage = $"[{hook.HookType}] {FailureText.Of(error)}";
                step.ErrorType = error.GetType().FullName;
                step.ExceptionMessage = error.Message;
            }
        }
    }

    public void OnStepStarted()
    {
        lock (_gate)
        {
            if (!_sealed && CurrentStep is { } step)
            {
                step.Started = _clock.Now();
                step.StartTicks = _clock.Ticks();
            }
        }
    }

    public void OnStepFinished(IScenarioStepContext context)
    {
        lock (_gate)
        {
            if (_sealed || CurrentStep is not { } step)
            {
                return;
            }

            step.Finished = _clock.Now();
            step.Duration = _clock.Elapsed(step.StartTicks, _clock.Ticks());
            var match = context.StepInfo?.BindingMatch;
            if (context.StepError is AmbiguousBindingException ambiguous)
            {
                foreach (var candidate in ambiguous.Matches)
                {
                    AddMatch(step, candidate, context.StepInfo?.Text);
                }
            }
            else if (match is { Success: true })
            {
                AddMatch(step, match, context.StepInfo?.Text);
            }
            else if (context.StepError is Glue.StepArgumentMisfitException misfit)
            {
                // Found before Reqnroll stored the match on the step: the step still names the definition it matched.
                AddMatch(step, misfit.Match, context.StepInfo?.Text);
            }

            var status = StatusOf(context.Status, context.StepError);
            if (_dryRun && status == TestStepResultStatus.PASSED)
            {
                status = TestStepResultStatus.SKIPPED;
            }

            // A step hook may already have failed this step; keep the worse of the two.
            if (StatusOrder.Severity(status) >= StatusOrder.Severity(step.Status) || step.Status == TestStepResultStatus.UNKNOWN)
            {
                step.Status = status;
                if (context.StepError is { } error)
                {
                    step.ErrorMessage = error is PendingStepException or AmbiguousBindingException ? error.Message : FailureText.Of(error);
                    step.ErrorType = error.GetType().FullName;
                    step.ExceptionMessage = error.Message;
                }
            }
        }
    }

    public void Attach(string body, string mediaType, string? fileName = null)
    {
        lock (_gate)
        {
            if (_sealed)
            {
                return;
            }

            if (body.Length > AttachmentBytesMax)
            {
                body = body[..AttachmentBytesMax] + $"\n[cut: the attachment was {body.Length} characters, at most {AttachmentBytesMax} are kept]";
            }

            Add(new AttachmentRecord(body, mediaType, fileName, _clock.Now()));
        }
    }

    public void AttachBytes(ReadOnlySpan<byte> body, string mediaType, string? fileName = null)
    {
        // Cut before encoding: the limit is on what the step attached, and a cut base64 text would not decode.
        var kept = body.Length > AttachmentBytesMax ? body[..AttachmentBytesMax] : body;
        var encoded = Convert.ToBase64String(kept);
        lock (_gate)
        {
            if (!_sealed)
            {
                Add(new AttachmentRecord(encoded, mediaType, fileName, _clock.Now(), AttachmentContentEncoding.BASE64));
            }
        }
    }

    private void Add(AttachmentRecord record) =>
        (CurrentStep ?? _before.LastOrDefault() ?? _after.LastOrDefault())?.Attachments.Add(record);

    public void AttachJson(string json, string? fileName = null) => Attach(json, "application/json", fileName);

    /// <summary>
    /// Ends the attempt: steps that never reported become SKIPPED (after an earlier failure) and, when
    /// <paramref name="abortReason"/> is given (timeout, Ctrl+C), the running step FAILS with it.
    /// </summary>
    public void Seal(string? abortReason, string? unexpectedError)
    {
        lock (_gate)
        {
            if (_sealed)
            {
                return;
            }

            _sealed = true;
            var failedSoFar = _before.Any(step => step.Status != TestStepResultStatus.PASSED);
            for (var i = 0; i < _steps.Length; i++)
            {
                var step = _steps[i];
                if (step.Status == TestStepResultStatus.UNKNOWN)
                {
                    var isRunning = i == Math.Max(_current, 0) && !failedSoFar;
                    var reason = abortReason ?? unexpectedError;
                    step.Status = isRunning && reason is not null ? TestStepResultStatus.FAILED : TestStepResultStatus.SKIPPED;
                    step.ErrorMessage = step.Status == TestStepResultStatus.FAILED ? reason : null;
                    step.Started ??= _clock.Now();
                    step.Finished ??= _clock.Now();
                }

                failedSoFar |= step.Status != TestStepResultStatus.PASSED;
            }

            Attempt.Steps.AddRange(_before);
            Attempt.Steps.AddRange(_steps);
            Attempt.Steps.AddRange(_after);
            if (unexpectedError is not null && abortReason is null && Attempt.Steps.All(step => step.Status == TestStepResultStatus.PASSED))
            {
                // An error outside any step (a feature hook, the runtime) must still fail the attempt.
                var last = Attempt.Steps.Count > 0 ? Attempt.Steps[^1] : null;
                if (last is not null)
                {
                    last.Status = TestStepResultStatus.FAILED;
                    last.ErrorMessage = unexpectedError;
                }
            }
        }
    }

    private StepRecord? CurrentStep => _current >= 0 && _current < _steps.Length ? _steps[_current] : null;

    private void AddMatch(StepRecord step, BindingMatch match, string? text)
    {
        if (_bindings.StepId(match.StepBinding) is not { } id || step.StepDefinitionIds.Contains(id))
        {
            return;
        }

        step.StepDefinitionIds.Add(id);
        step.StepMatchArgumentsLists.Add(StepMatchArguments.From(match.StepBinding, text ?? step.PickleStep?.Text ?? ""));
    }

    private static TestStepResultStatus StatusOf(ScenarioExecutionStatus status, Exception? error) => status switch
    {
        ScenarioExecutionStatus.OK => TestStepResultStatus.PASSED,
        ScenarioExecutionStatus.Skipped => TestStepResultStatus.SKIPPED,
        ScenarioExecutionStatus.StepDefinitionPending => TestStepResultStatus.PENDING,
        ScenarioExecutionStatus.UndefinedStep => TestStepResultStatus.UNDEFINED,
        ScenarioExecutionStatus.BindingError when error is AmbiguousBindingException => TestStepResultStatus.AMBIGUOUS,
        _ => TestStepResultStatus.FAILED,
    };
}
