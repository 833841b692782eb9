using Reqnroll;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Inventory.Scenarios;

namespace Specs.Runner.Tests.Bindings;

/// <summary>Fixture steps of the coverage set: each Then asserts one thing, so a test knows what the record must credit.</summary>
[Binding]
public sealed class CoverageSteps(ScenarioHost host)
{
    [Given("the coverage reason {string} exists")]
    public void GivenTheReasonExists(string name) => host.Given($"reason/{name.ToLowerInvariant()}", new ReasonCreated { Name = name });

    [When("the coverage merchant creates the reason {string}")]
    public void WhenTheMerchantCreatesTheReason(string name) => host.When(new CreateReason { Name = name });

    [Then("the coverage reason {string} is recorded")]
    public void ThenTheReasonIsRecorded(string name)
    {
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(new ReasonCreated { Name = name }, $"reason/{name.ToLowerInvariant()}")]);
    }

    [Then("the coverage command is refused with {string}")]
    public void ThenRefusedWith(string errorName) => host.ThenRefusedWith(errorName);

    [Then("the coverage command is accepted")]
    public void ThenAccepted() => host.ThenAccepted();

    [Then("the coverage records nothing")]
    public void ThenNothingIsRecorded() => host.ThenNothingRecorded();
}
