namespace Specs.Runner.Extensibility;

/// <summary>The target of a run that verifies step definitions alone: it provides no services.</summary>
public sealed class NoTarget : IVerificationTarget
{
    public string Name => "none";

    public IScenarioSession BeginScenario(ScenarioDescriptor scenario, IScenarioAttachments attachments) => Session.Instance;

    private sealed class Session : IScenarioSession
    {
        public static readonly Session Instance = new();

        public IReadOnlyList<object> Services => [];

        public void End(ScenarioEnd how)
        {
        }
    }
}
