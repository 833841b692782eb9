using System.Globalization;
using Reqnroll;
using Specs.Inventory.Scenarios;

namespace Specs.Steps;

/// <summary>Time as part of the scenario: "the clock reads T" (setup) and "the clock advances to T" (a When).</summary>
[Binding]
public sealed class ClockSteps(ScenarioHost host)
{
    private const string Instant = @"(\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d{3})?)?Z?)?)";

    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.fff", "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm"];

    [Given("^the clock reads " + Instant + "$")]
    public void GivenTheClockReads(string instant) => host.ClockReads(ParseInstant(instant));

    [When("^the clock advances to " + Instant + "$")]
    public void WhenTheClockAdvancesTo(string instant) => host.WhenClockAdvancesTo(ParseInstant(instant));

    [Then("^the new events are recorded at " + Instant + "$")]
    public void ThenTheNewEventsAreRecordedAt(string instant)
    {
        var expected = ParseInstant(instant).ToUnixTimeMilliseconds();
        var late = host.NewEvents.FirstOrDefault(recorded => recorded.RecordedAtUnixMs != expected);
        host.Expect(
            $"the new events to be recorded at {ContractJson.Instant(expected)}",
            host.NewEvents.Count == 0 ? "no event was recorded"
            : late is null ? null
            : $"a {late.Payload.GetType().Name} was recorded at {ContractJson.Instant(late.RecordedAtUnixMs)}");
    }

    /// <summary>
    /// Instants in scenarios are UTC, written as 2026-03-01 09:00 (seconds, milliseconds and ISO 8601 accepted, so
    /// the hunter's found scenarios land on an expiry to the millisecond: 2026-03-01T09:00:00.001Z).
    /// </summary>
    public static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.ParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
