namespace Specs.Runner.Execution;

/// <summary>Hears about scenarios as they finish (progress display). Called from worker threads, one call at a time.</summary>
public interface IRunObserver
{
    void RunStarting(int scenarioCount, int workerCount);

    void ScenarioFinished(ScenarioRecord scenario, AttemptRecord attempt, bool strict);
}

/// <summary>An observer that ignores everything (tests, dry runs driven from code).</summary>
public sealed class SilentRunObserver : IRunObserver
{
    public static readonly SilentRunObserver Instance = new();

    public void RunStarting(int scenarioCount, int workerCount)
    {
    }

    public void ScenarioFinished(ScenarioRecord scenario, AttemptRecord attempt, bool strict)
    {
    }
}
