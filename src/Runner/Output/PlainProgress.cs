using Io.Cucumber.Messages.Types;
using Specs.Runner.Execution;

namespace Specs.Runner.Output;

/// <summary>
/// Progress for logs and pipes: one character per finished attempt, as cucumber-js's progress formatter does
/// (. passed, F failed, U undefined, P pending, A ambiguous, - skipped, R will be retried), 80 to a line.
/// </summary>
/// <remarks>
/// The characters go out a line at a time, and also whenever an attempt finishes a quarter of a second or more after
/// the last write: written one by one, each was a write call to the pipe and a wake-up of whatever reads it (about 2%
/// of a run's CPU), while a reader sees no difference at a quarter of a second.
/// </remarks>
public sealed class PlainProgress(TextWriter output) : IRunObserver
{
    private const int LineWidth = 80;
    private const long WriteIntervalMilliseconds = 250;
    private readonly char[] _pending = new char[LineWidth];
    private int _column;
    private int _written;
    private long _lastWrite = Environment.TickCount64;

    public void RunStarting(int scenarioCount, int workerCount) =>
        output.WriteLine($"Running {scenarioCount} scenario{(scenarioCount == 1 ? "" : "s")} on {workerCount} worker{(workerCount == 1 ? "" : "s")}");

    public void ScenarioFinished(ScenarioRecord scenario, AttemptRecord attempt, bool strict)
    {
        _pending[_column++] = attempt.WillBeRetried ? 'R' : Symbol(attempt.Status);
        if (_column == LineWidth)
        {
            output.WriteLine(_pending, _written, _column - _written);
            _column = 0;
            _written = 0;
            _lastWrite = Environment.TickCount64;
        }
        else if (Environment.TickCount64 - _lastWrite >= WriteIntervalMilliseconds)
        {
            WritePending();
        }
    }

    /// <summary>Ends the progress line so the summary starts on a fresh one.</summary>
    public void Complete()
    {
        if (_column > 0)
        {
            WritePending();
            output.WriteLine();
            _column = 0;
            _written = 0;
        }
    }

    private void WritePending()
    {
        output.Write(_pending, _written, _column - _written);
        _written = _column;
        _lastWrite = Environment.TickCount64;
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
