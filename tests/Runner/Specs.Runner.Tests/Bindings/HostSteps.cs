using Reqnroll;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Inventory.Domain.ReferenceData;
using Specs.Inventory.Scenarios;

namespace Specs.Runner.Tests.Bindings;

/// <summary>Fixture steps of the host set: a minimal vocabulary over the ScenarioHost, step texts unique to this set.</summary>
[Binding]
public sealed class HostSteps(ScenarioHost host)
{
    [Given("the fixture reason {string} exists")]
    public void GivenTheReasonExists(string name) => host.Given($"reason/{name.ToLowerInvariant()}", new ReasonCreated { Name = name });

    [When("the fixture merchant creates the reason {string}")]
    public void WhenTheMerchantCreatesTheReason(string name) => host.When(new CreateReason { Name = name });

    [Then("the fixture reason {string} is recorded")]
    public void ThenTheReasonIsRecorded(string name)
    {
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(new ReasonCreated { Name = name }, $"reason/{name.ToLowerInvariant()}")]);
    }

    [Then("the fixture command is refused as a name already used")]
    public void ThenRefusedAsNameAlreadyUsed() => host.ThenRefused<NameAlreadyUsed>();

    [Then("the fixture records nothing")]
    public void ThenNothingIsRecorded() => host.ThenNothingRecorded();
}
