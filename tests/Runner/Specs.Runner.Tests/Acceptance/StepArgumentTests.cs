using Io.Cucumber.Messages.Types;
using Specs.Runner.Tests.Support;

namespace Specs.Runner.Tests.Acceptance;

/// <summary>
/// A data table or doc string missing, extra or of the wrong kind fails its step with a sentence that says which,
/// for which parameter of which step definition, and what to change; not Reqnroll's "Parameter count mismatch!"
/// (whose count is the step's, not the method's) or a cast error with its stack.
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class StepArgumentTests
{
    private const string Feature = "Fixtures/arguments/blocks.feature";

    [Fact]
    public async Task Blocks_that_fit_their_parameters_pass()
    {
        var run = await FixtureRun.RunAsync(Feature, "--name", "^A table for a table parameter and text for a text parameter fit$");

        Assert.Equal("1 passed, 0 failed", run.LastLine);
    }

    [Theory]
    [InlineData("A step whose definition takes a table has none",
        "StepArgumentMisfitException: The step has no data table or doc string, but its step definition ShelfSteps.ListBoxes(Table boxes) takes a data table as 'boxes': add it on the lines below the step.")]
    [InlineData("A step whose definition takes a table has a doc string",
        "StepArgumentMisfitException: The step has a doc string, but its step definition ShelfSteps.ListBoxes(Table boxes) takes a data table as 'boxes': write it as a table (| column | ... |) instead.")]
    [InlineData("A step whose definition takes text has a table",
        "StepArgumentMisfitException: The step has a data table, but its step definition ShelfSteps.ReadLabel(String label) takes a doc string as 'label': write the text between \"\"\" lines instead.")]
    [InlineData("A step whose definition takes nothing more has a table",
        "StepArgumentMisfitException: The step has a data table, but its step definition ShelfSteps.HoldsBoxes(Int32 count) takes none: remove it from the step, or add a parameter for it to the method.")]
    public async Task A_block_that_does_not_fit_fails_its_step_with_what_to_change(string scenario, string message)
    {
        var run = await FixtureRun.RunAsync(Feature, "--name", $"^{scenario}$");

        var attempt = run.Digest.TestCases.Single().Last;
        Assert.Equal(TestStepResultStatus.FAILED, attempt.Status);
        // The failing step still names the step definition its text matched, as the reports show any failing step.
        var failing = attempt.TestCase.TestSteps.Single(step => attempt.StepResults[step.Id].Status == TestStepResultStatus.FAILED);
        Assert.Single(failing.StepDefinitionIds);
        Assert.Equal(message, attempt.FirstProblem!.Message);
        Assert.Contains(message, run.Output);
        Assert.DoesNotContain("   at ", run.Output);
        Assert.Equal("0 passed, 1 failed", run.LastLine);
    }
}
