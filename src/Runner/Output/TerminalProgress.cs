using Spectre.Console;
using Specs.Runner.Execution;

namespace Specs.Runner.Output;

/// <summary>A live progress bar for a terminal (Spectre.Console), cleared when the run ends.</summary>
public sealed class TerminalProgress : IRunObserver
{
    private ProgressTask? _task;
    private int _failed;

    public static async Task<RunRecord> RunAsync(Func<IRunObserver, Task<RunRecord>> run)
    {
        var observer = new TerminalProgress();
        RunRecord? record = null;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                observer._task = context.AddTask("scenarios", maxValue: 1);
                record = await run(observer);
            });
        return record!;
    }

    public void RunStarting(int scenarioCount, int workerCount)
    {
        if (_task is not null)
        {
            _task.MaxValue = Math.Max(1, scenarioCount);
            _task.Description = $"{scenarioCount} scenarios, {workerCount} workers";
        }
    }

    public void ScenarioFinished(ScenarioRecord scenario, AttemptRecord attempt, bool strict)
    {
        if (attempt.WillBeRetried || _task is null)
        {
            return;
        }

        if (StatusOrder.IsFailure(attempt.Status, strict))
        {
            _failed++;
            _task.Description = $"[red]{_failed} failed[/]";
        }

        _task.Increment(1);
    }
}
