using Reqnroll;
using Specs.Inventory.Scenarios;

namespace Specs.Steps;

/// <summary>Then steps about any command's outcome: accepted, refused, and the exact new events.</summary>
[Binding]
public sealed class OutcomeSteps(ScenarioHost host)
{
    [Then("the command is accepted")]
    public void ThenTheCommandIsAccepted() => host.ThenAccepted();

    [Then("the command is refused with {word}")]
    public void ThenTheCommandIsRefusedWith(string errorName) => host.ThenRefusedWith(errorName);

    [Then("nothing is recorded")]
    public void ThenNothingIsRecorded() => host.ThenNothingRecorded();

    /// <summary>
    /// The exact new events, in order: column <c>event</c> is the contract (ReasonCreated), <c>stream</c> the stream
    /// (optional), every other column a field of the contract; an empty cell is an absent field, and
    /// &lt;any&gt;, &lt;id&gt; and &lt;now&gt; stand for values the server generates.
    /// </summary>
    [Then("these events are recorded:")]
    public void ThenTheseEventsAreRecorded(Table events)
    {
        var expected = events.Rows.Select(row => new ExpectedEvent(
            row["event"],
            events.Header.Where(column => column is not "event" and not "stream")
                .ToDictionary(column => column, column => row[column] is { Length: > 0 } cell ? cell : null, StringComparer.Ordinal),
            events.Header.Contains("stream") && row["stream"] is { Length: > 0 } stream ? stream : null)).ToList();
        host.ThenNewEvents(expected);
    }
}
