using Io.Cucumber.Messages.Types;
using Specs.Runner.Tests.Support;

namespace Specs.Runner.Tests.Acceptance;

/// <summary>
/// The runner calls most bindings itself instead of through Reqnroll's delegates (DirectBindingInvoker): every
/// awaitable shape must still be awaited, an asynchronous failure reported with its own error, and the
/// ExecutionContext carried from one step to the next as Reqnroll carries it.
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class AsyncBindingTests
{
    [Fact]
    public async Task Task_and_ValueTask_steps_are_awaited_before_the_next_step()
    {
        var run = await FixtureRun.RunAsync("Fixtures/async/bindings.feature");

        Assert.Equal(TestStepResultStatus.PASSED, run.StatusOf("Asynchronous steps complete before the next one starts"));
    }

    [Fact]
    public async Task A_transformation_returning_a_task_of_its_value_converts_the_argument()
    {
        var run = await FixtureRun.RunAsync("Fixtures/async/bindings.feature");

        Assert.Equal(TestStepResultStatus.PASSED, run.StatusOf("An asynchronous transformation converts an argument"));
    }

    [Fact]
    public async Task An_AsyncLocal_value_set_by_one_step_is_seen_by_the_next()
    {
        var run = await FixtureRun.RunAsync("Fixtures/async/bindings.feature");

        Assert.Equal(TestStepResultStatus.PASSED, run.StatusOf("A value one step puts in the flow reaches the next step"));
    }

    [Fact]
    public async Task An_asynchronous_failure_fails_its_step_with_its_own_error_and_skips_the_rest()
    {
        var run = await FixtureRun.RunAsync("Fixtures/async/bindings.feature");

        var attempt = run.Digest.TestCases.Single(outcome => outcome.Last.Pickle.Name == "An asynchronous step that fails reports its error").Last;
        var statuses = attempt.TestCase.TestSteps.Select(step => attempt.StepResults[step.Id].Status).ToList();
        Assert.Equal([TestStepResultStatus.PASSED, TestStepResultStatus.FAILED, TestStepResultStatus.SKIPPED], statuses);
        Assert.Equal("System.InvalidOperationException", attempt.FirstProblem!.Exception!.Type);
        Assert.Contains("the asynchronous step failed on purpose", attempt.FirstProblem.Message);
        Assert.Equal("3 passed, 1 failed", run.LastLine);
    }
}
