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
    /// <summary>
    /// Task and ValueTask steps are awaited before the next step; a transformation returning a Task of its value
    /// converts the argument; a value one step puts in an AsyncLocal is seen by the next.
    /// </summary>
    [Theory]
    [InlineData("Asynchronous steps complete before the next one starts")]
    [InlineData("An asynchronous transformation converts an argument")]
    [InlineData("A value one step puts in the flow reaches the next step")]
    public async Task Every_awaitable_shape_and_the_flow_between_steps_work(string scenario)
    {
        var run = await FixtureRun.RunAsync("Fixtures/async/bindings.feature", "--name", $"^{scenario}$");

        Assert.Equal(TestStepResultStatus.PASSED, run.StatusOf(scenario));
        Assert.Equal("1 passed, 0 failed", run.LastLine);
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
