using Reqnroll;
using Specs.Runner.Extensibility;

namespace Specs.Runner.Tests.Bindings;

/// <summary>Tag-scoped hooks and the attachment extension point, for the basic fixture set.</summary>
[Binding]
public sealed class HookSteps(Counter counter, IScenarioAttachments attachments)
{
    [BeforeScenario("hooked")]
    public void RecordBefore() => counter.HookLog.Add("before");

    [AfterScenario("after-fails")]
    public static void FailAfter() => throw new InvalidOperationException("the after hook failed on purpose");

    [Given("the step attaches a JSON record")]
    public void AttachRecord() => attachments.AttachJson("{\"given\":[],\"when\":\"nothing\"}", "scenario.json");
}
