using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Specs.Inventory.Scenarios;

/// <summary>
/// The scenario as data, as the host kept it: the setup facts and past events (Given), the one request
/// (When), what the system answered and recorded (the actual outcome, with the views afterwards), every
/// expectation a Then step asserted, and each verification mode's finding. Attached to the message stream
/// as application/json; the same record is what a later target (sim) or a hunt replays.
/// </summary>
public sealed class ScenarioRecord
{
    public required string Scenario { get; init; }

    public required string Name { get; init; }

    public required string Target { get; init; }

    /// <summary>The verification modes this run asked for ("idempotency", "replay-check").</summary>
    public required IReadOnlyList<string> Modes { get; init; }

    public required string ClockStartsAt { get; init; }

    /// <summary>The rule ids the scenario pins, from its tags (<c>@R-4.3</c> is ), in tag order.</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];

    public List<SetupFact> Setup { get; } = [];

    public List<GivenRecord> Given { get; } = [];

    public WhenRecord? When { get; set; }

    public OutcomeRecord? Outcome { get; set; }

    public List<ExpectationRecord> Then { get; } = [];

    public List<VerificationFinding> Findings { get; } = [];

    /// <summary>
    /// What the scenario calls the ids in this record ("S-1" for a sale's id), in the order the steps named them:
    /// the living documentation shows the name wherever the record holds the id.
    /// </summary>
    public List<NamedId> Names { get; } = [];
}

/// <summary>An id and the name the scenario gave it, such as a picklist's id and "P-1".</summary>
public sealed record NamedId(Guid Id, string Name);

/// <summary>A setup fact, such as "the clock reads" 2026-03-01T09:00:00.000Z.</summary>
public sealed record SetupFact(string Fact, string Value);

/// <summary>A past event as delivered: its deterministic id, stream, time, contract type and fields.</summary>
public sealed record GivenRecord(Guid EventId, string Stream, string RecordedAt, string Type, JsonObject Fields);

/// <summary>The When: a command (with its idempotency key) or a clock advance.</summary>
public sealed record WhenRecord(string Kind, string Type, string? IdempotencyKey, JsonObject? Fields, string? AdvanceTo, ulong? ExpectedStreamVersion);

/// <summary>What happened: the response (or the clock's new reading), the exact new events, the views afterwards.</summary>
public sealed record OutcomeRecord(JsonObject Response, IReadOnlyList<EventRecordData> NewEvents, IReadOnlyList<ViewRecord> Views, string? Error);

/// <summary>One recorded event with its envelope.</summary>
public sealed record EventRecordData(ulong Position, string Stream, ulong StreamVersion, Guid EventId, string RecordedAt, string Type, JsonObject Fields);

/// <summary>One view's keys and values, rendered as tuples where they are tuples.</summary>
public sealed record ViewRecord(string View, IReadOnlyList<ViewEntryRecord> Entries);

public sealed record ViewEntryRecord(string Key, string Value);

/// <summary>
/// One expectation a Then step asserted against the outcome, and what of the system's vocabulary it
/// asserted: what the coverage report credits (an event that happened but no expectation named is not covered).
/// </summary>
public sealed record ExpectationRecord(string Expectation, bool Passed, string? Actual)
{
    /// <summary>
    /// The event contracts this expectation asserted as the exact new events, in order; empty when it asserted
    /// that nothing was recorded; null when it asserted nothing about the new events.
    /// </summary>
    public IReadOnlyList<string>? Events { get; init; }

    /// <summary>The domain error type this expectation asserted the refusal to be; null when it asserted no refusal.</summary>
    public string? Error { get; init; }

    /// <summary>Where the first expected event differs from the one recorded in its place, when that is how it failed.</summary>
    public EventDifference? Difference { get; init; }
}

/// <summary>
/// What a verification mode found for one scenario. Attached on its own too (file name
/// <c>&lt;mode&gt;.json</c>), which is what the idempotency and replay reports are built from.
/// </summary>
/// <param name="Mode">"idempotency" or "replay-check".</param>
/// <param name="Scenario">The scenario as <c>path:line</c>.</param>
/// <param name="Name">The scenario's name.</param>
/// <param name="Passed">Whether the check held.</param>
/// <param name="Summary">What was checked and how it went, in one sentence.</param>
/// <param name="FirstDifference">The first difference found, when it failed.</param>
public sealed record VerificationFinding(string Mode, string Scenario, string Name, bool Passed, string Summary, string? FirstDifference)
{
    public const string IdempotencyMode = "idempotency";
    public const string ReplayMode = "replay-check";

    /// <summary>The failure message a runner shows: the mode, the scenario and the first difference.</summary>
    [JsonIgnore]
    public string FailureMessage => $"{Mode} check failed for {Scenario} ({Name}): {Summary}" + (FirstDifference is null ? "" : $" First difference: {FirstDifference}");
}
