using Io.Cucumber.Messages.Types;
using Specs.Runner.Tests.Support;

namespace Specs.Runner.Tests.Acceptance;

[Collection(RunnerCollection.Name)]
public sealed class BasicFixtureTests
{
    [Fact]
    public async Task Passing_scenarios_of_every_gherkin_construct_pass()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic/passing.feature");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("6 passed, 0 failed", run.LastLine);
        Assert.All(run.Digest.TestCases, outcome => Assert.Equal(TestStepResultStatus.PASSED, outcome.Status));
    }
}
