using Io.Cucumber.Messages.Types;
using Specs.Runner.Execution;
using Specs.Runner.Output;

namespace Specs.Runner.Tests.Output;

public sealed class PlainProgressTests
{
    /// <summary>
    /// The characters are held back between writes, so what reaches the output must still be the same lines:
    /// 80 symbols to a line, the last line ended by Complete, a retried attempt shown as R.
    /// </summary>
    [Fact]
    public void Symbols_come_out_eighty_to_a_line_and_the_last_line_is_ended()
    {
        var output = new StringWriter { NewLine = "\n" };
        var progress = new PlainProgress(output);
        progress.RunStarting(170, 2);
        for (var i = 0; i < 170; i++)
        {
            // Progress reads only the attempt; the scenario record is not needed to print a symbol.
            progress.ScenarioFinished(null!, Attempt(i == 100 ? TestStepResultStatus.FAILED : TestStepResultStatus.PASSED, retried: i == 165), strict: true);
        }

        progress.Complete();

        var lines = output.ToString().Split('\n');
        Assert.Equal("Running 170 scenarios on 2 workers", lines[0]);
        Assert.Equal(new string('.', 80), lines[1]);
        Assert.Equal(new string('.', 20) + "F" + new string('.', 59), lines[2]);
        Assert.Equal(new string('.', 5) + "R" + new string('.', 4), lines[3]);
        Assert.Equal("", lines[4]);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public void Complete_after_a_whole_line_adds_no_empty_line()
    {
        var output = new StringWriter { NewLine = "\n" };
        var progress = new PlainProgress(output);
        for (var i = 0; i < 80; i++)
        {
            progress.ScenarioFinished(null!, Attempt(TestStepResultStatus.PASSED, retried: false), strict: true);
        }

        progress.Complete();

        Assert.Equal(new string('.', 80) + "\n", output.ToString());
    }

    private static AttemptRecord Attempt(TestStepResultStatus status, bool retried)
    {
        var attempt = new AttemptRecord { Attempt = 0, WorkerId = "0", Started = new Timestamp(0, 0), WillBeRetried = retried };
        attempt.Steps.Add(new StepRecord { Status = status });
        return attempt;
    }
}
