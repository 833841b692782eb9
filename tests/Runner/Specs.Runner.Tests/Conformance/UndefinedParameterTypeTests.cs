using Io.Cucumber.Messages.Types;
using Specs.Runner.Tests.Support;

namespace Specs.Runner.Tests.Conformance;

/// <summary>A step definition naming a parameter type nobody defined spoils only its own steps, and the console names it.</summary>
[Collection(RunnerCollection.Name)]
public sealed class UndefinedParameterTypeTests
{
    [Fact]
    public async Task The_console_names_the_method_and_the_type_and_other_scenarios_still_pass()
    {
        var run = await FixtureRun.RunAsync(
            Path.Combine("TestData", "cck", "unknown-parameter-type", "unknown-parameter-type.feature"),
            Path.Combine("TestData", "cck", "minimal", "minimal.feature"));

        Assert.Contains(
            "Warning: step definition Specs.Runner.Tests.Bindings.Cck.CckUnknownParameterTypeSteps.AirportClosed (\"{airport} is closed because of a strike\") "
            + "uses the parameter type {airport}, which no [StepArgumentTransformation(..., Name = \"airport\")] defines; it matches no step, so its steps are undefined",
            run.Output.Split('\n').Select(line => line.TrimEnd('\r')));
        Assert.Equal(TestStepResultStatus.UNDEFINED, run.StatusOf("undefined parameter type"));
        Assert.Equal(TestStepResultStatus.PASSED, run.StatusOf("cukes"));
    }
}
