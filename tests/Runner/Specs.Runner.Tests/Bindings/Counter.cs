namespace Specs.Runner.Tests.Bindings;

/// <summary>Per-scenario state of the fixture steps, injected by Reqnroll's context injection.</summary>
public sealed class Counter
{
    public int Value { get; set; }

    public List<int> Numbers { get; } = [];

    public string Text { get; set; } = "";

    public List<string> HookLog { get; } = [];
}
