using Reqnroll;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Scenarios.Invariants;

namespace Specs.Steps.Hunting;

/// <summary>
/// The steps the hunter's found scenarios (<c>specs hunt</c>, reports/hunt/found-*.feature) need beyond the
/// business-language steps of the areas: the cross-area invariants of DOMAIN.md as one Then step (the same
/// checks the hunter ran, so a found scenario fails for the same reason), and a contract-as-JSON form of a past
/// event or a command, for contracts no business-language step states in full (src/Runner/Hunting/StepPhrases
/// says which: mostly those citing a server-named transfer or count). A reviewer who commits a found
/// scenario rewrites those JSON steps in the area's own phrases. The clock, to the
/// millisecond, is ClockSteps' ("Given the clock reads 2026-03-01T09:00:00.001Z").
/// </summary>
[Binding]
public sealed class HuntSteps(ScenarioHost host)
{
    [Given("the event {word} was recorded on {string}:")]
    public void GivenTheEventWasRecorded(string eventName, string stream, string fields) =>
        host.Given(stream, ContractText.ReadEvent(eventName, fields));

    [When("the command {word} is submitted:")]
    public void WhenTheCommandIsSubmitted(string commandName, string fields) =>
        host.When(ContractText.ReadCommand(commandName, fields));

    [Then("the inventory invariants hold")]
    public void ThenTheInventoryInvariantsHold() =>
        host.ThenView("the inventory invariants to hold", transaction =>
        {
            var violations = InventoryInvariants.Check(transaction, InventoryInvariants.LedgerOf(transaction), host.NowUnixMs);
            return violations.Count == 0 ? null : string.Join("; ", violations);
        });
}
