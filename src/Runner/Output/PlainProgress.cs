using Io.Cucumber.Messages.Types;
using Specs.Runner.Execution;

namespace Specs.Runner.Output;

/// <summary>
/// Progress for logs and pipes: one character per finished attempt, as cucumber-js's progress formatter does
/// (. passed, F failed, U undefined, P pending, A ambiguous, - skipped, R will be retried), 80 to a line.
/// </summary>
public sealed class PlainProgress(TextWriter output) : IRunObserver
{
    private const int LineWidth = 80;
    private int _column;

    public void RunStarting(int scenarioCount, int workerCount) =>
        output.WriteLine($"Running {scenarioCount} scenario{(scenarioCount == 1 ? "" : "s")} on {workerCount} worker{(workerCount == 1 ? "" : "s")}");

    public void ScenarioFinished(ScenarioRecord scenario, AttemptRecord attempt, bool strict)
    {
        output.Write(attempt.WillBeRetried ? 'R' : Symbol(attempt.Status));
        if (++_column == LineWidth)
        {
            output.WriteLine();
            _column = 0;
        }
    }

    /// <summary>Ends the progress line so the summary starts on a fresh one.</summary>
    public void Complete()
    {
        if (_column > 0)
        {
            output.WriteLine();
            _column = 0;
        }
    }

    public static char Symbol(TestStepResultStatus status) => status switch
    {
        TestStepResultStatus.PASSED => '.',
        TestStepResultStatus.UNDEFINED => 'U',
        TestStepResultStatus.PENDING => 'P',
        TestStepResultStatus.AMBIGUOUS => 'A',
        TestStepResultStatus.SKIPPED => '-',
        _ => 'F',
    };
}
