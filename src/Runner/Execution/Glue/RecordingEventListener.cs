using Reqnroll.Bindings;
using Reqnroll.Events;

namespace Specs.Runner.Execution.Glue;

/// <summary>Forwards Reqnroll's execution events of one test thread to the attempt its slot holds.</summary>
public sealed class RecordingEventListener(WorkerSlot slot) : IAsyncExecutionEventListener
{
    public Task OnEventAsync(IExecutionEvent executionEvent)
    {
        var recorder = slot.Current;
        switch (executionEvent)
        {
            case HookBindingStartedEvent { HookBinding.HookType: HookType.BeforeTestRun or HookType.AfterTestRun } started:
                slot.Run.OnRunHookStarted(started.HookBinding);
                break;
            case HookBindingFinishedEvent { HookBinding.HookType: HookType.BeforeTestRun or HookType.AfterTestRun } finished:
                slot.Run.OnRunHookFinished(finished.HookBinding, finished.HookException);
                break;
            case HookBindingStartedEvent started:
                recorder?.OnHookStarted(started.HookBinding);
                break;
            case HookBindingFinishedEvent finished:
                recorder?.OnHookFinished(finished.HookBinding, finished.HookStatus, finished.HookException);
                break;
            case StepStartedEvent:
                recorder?.OnStepStarted();
                break;
            case StepFinishedEvent finished:
                recorder?.OnStepFinished(finished.StepContext);
                break;
            case OutputAddedEvent output:
                recorder?.Attach(output.Text, "text/x.cucumber.log+plain");
                break;
            case AttachmentAddedEvent attachment:
                recorder?.Attach(attachment.FilePath, "text/uri-list", Path.GetFileName(attachment.FilePath));
                break;
        }

        return Task.CompletedTask;
    }
}
