using System.Globalization;
using Reqnroll;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Scenarios.Invariants;

namespace Specs.Steps.Hunting;

/// <summary>
/// The steps the hunter's found scenarios (<c>specs hunt</c>, reports/hunt/found-*.feature) need beyond the
/// business-language steps of the areas: the cross-area invariants of DOMAIN.md as one Then step (the same
/// checks the hunter ran, so a found scenario fails for the same reason), and a contract-as-JSON form of a past
/// event or a command, for contracts whose area has no business-language step yet. A reviewer who commits a
/// found scenario should rewrite those JSON steps in the area's own phrases once they exist. The clock steps
/// here take instants to the millisecond, which ClockSteps' phrases (to the second) do not.
/// </summary>
[Binding]
public sealed class HuntSteps(ScenarioHost host)
{
    /// <summary>An instant to the millisecond (2026-03-01T09:00:00.001Z): histories land on expiries exactly, or a millisecond before.</summary>
    private const string PreciseInstant = @"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)";

    [Given("^the clock reads " + PreciseInstant + "$")]
    public void GivenTheClockReadsPrecisely(string instant) => host.ClockReads(ParsePrecise(instant));

    [When("^the clock advances to " + PreciseInstant + "$")]
    public void WhenTheClockAdvancesPrecisely(string instant) => host.WhenClockAdvancesTo(ParsePrecise(instant));

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

    private static DateTimeOffset ParsePrecise(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
