namespace Specs.Runner.Extensibility;

/// <summary>
/// The system a run verifies (the seam for `--target lmdb|sim|...`). The runner asks the target for a session
/// per scenario attempt, registers the session's services in that scenario's Reqnroll container (so step
/// classes receive them by constructor injection) and ends the session when the attempt ends, including when
/// it failed or timed out. Implementations must be safe to call from several workers at once.
/// </summary>
public interface IVerificationTarget
{
    /// <summary>The name used on the command line and in reports.</summary>
    string Name { get; }

    IScenarioSession BeginScenario(ScenarioDescriptor scenario, IScenarioAttachments attachments);
}

/// <summary>The per-attempt state a target keeps for one scenario (for example a temporary environment).</summary>
public interface IScenarioSession
{
    /// <summary>Objects registered in the scenario's container under their runtime type (the ScenarioHost, typically).</summary>
    IReadOnlyList<object> Services { get; }

    /// <summary>
    /// Called once when the attempt ends. <see cref="ScenarioEnd.Abandoned"/> means the scenario's code may still
    /// be running (timeout, Ctrl+C): release what is safe to release and leave the rest for the end of the run.
    /// </summary>
    void End(ScenarioEnd how);
}

public enum ScenarioEnd
{
    Completed,
    Abandoned,
}

/// <summary>What a target learns about the scenario it serves.</summary>
public sealed record ScenarioDescriptor(string Uri, long Line, string Name, IReadOnlyList<string> Tags, int Attempt, string WorkerId);
