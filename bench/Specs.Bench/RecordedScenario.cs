using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Specs.Inventory.Contracts;
using Specs.Inventory.Scenarios;

namespace Specs.Bench;

/// <summary>
/// One scenario as `specs verify` recorded it (the scenario-record.json attachment of cucumber.ndjson), turned
/// back into the calls its steps made on the ScenarioHost: past events at their times, the When, and the exact
/// new events as the Then. Replaying these is the "direct loop over the same work" the runner is measured against.
/// </summary>
internal sealed record RecordedScenario(
    ScenarioIdentity Identity,
    DateTimeOffset ClockStartsAt,
    IReadOnlyList<(DateTimeOffset At, string Stream, IEventContract Payload)> Given,
    DateTimeOffset? LastClockFact,
    ICommandContract? Command,
    ulong? ExpectedStreamVersion,
    DateTimeOffset? AdvanceTo,
    DateTimeOffset? WhenAt,
    IReadOnlyList<ExpectedEvent> NewEvents)
{
    private static readonly JsonSerializerOptions ContractOptions = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly Dictionary<string, Type> ContractTypes =
        ContractCatalog.Contracts.ToDictionary(contract => contract.ClrType.Name, contract => contract.ClrType, StringComparer.Ordinal);

    /// <summary>The records of the last attempt of every test case in a cucumber.ndjson, in stream order; null for a record without a When.</summary>
    public static IReadOnlyList<RecordedScenario> ReadAll(string ndjsonPath)
    {
        var records = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(ndjsonPath))
        {
            if (!line.StartsWith("{\"attachment\"", StringComparison.Ordinal))
            {
                continue;
            }

            var attachment = JsonNode.Parse(line)!["attachment"]!;
            if (attachment["fileName"]?.GetValue<string>() != "scenario-record.json")
            {
                continue;
            }

            var record = JsonNode.Parse(attachment["body"]!.GetValue<string>())!.AsObject();
            // A later attempt of the same scenario replaces an earlier one.
            records[record["scenario"]!.GetValue<string>()] = record;
        }

        return records.Values.Where(record => record["when"] is not null).Select(Parse).ToList();
    }

    private static RecordedScenario Parse(JsonObject record)
    {
        var location = record["scenario"]!.GetValue<string>();
        var colon = location.LastIndexOf(':');
        var identity = new ScenarioIdentity(location[..colon], long.Parse(location[(colon + 1)..], CultureInfo.InvariantCulture), record["name"]!.GetValue<string>());
        var given = record["given"]!.AsArray().Select(item => (
            Instant(item!["recordedAt"]),
            item["stream"]!.GetValue<string>(),
            (IEventContract)Contract(item["type"]!, item["fields"]!))).ToList();
        var clockFacts = record["setup"]!.AsArray().Where(fact => fact!["fact"]!.GetValue<string>() == "the clock reads").Select(fact => Instant(fact!["value"])).ToList();
        var when = record["when"]!;
        var newEvents = record["outcome"]?["newEvents"]?.AsArray() ?? [];
        var isCommand = when["kind"]!.GetValue<string>() == "command";
        return new RecordedScenario(
            identity,
            Instant(record["clockStartsAt"]),
            given,
            clockFacts.Count > 0 ? clockFacts[^1] : null,
            isCommand ? (ICommandContract)Contract(when["type"]!, when["fields"]!) : null,
            when["expectedStreamVersion"]?.GetValue<ulong>(),
            isCommand ? null : Instant(when["advanceTo"]),
            newEvents.Count > 0 ? Instant(newEvents[0]!["recordedAt"]) : null,
            newEvents.Select(item => new ExpectedEvent(
                item!["type"]!.GetValue<string>(),
                item["fields"]!.AsObject().ToDictionary(pair => pair.Key, pair => ContractJson.CellText(pair.Value), StringComparer.Ordinal),
                item["stream"]!.GetValue<string>())).ToList());
    }

    /// <summary>Runs the scenario's work on a fresh host and system; returns whether the new events matched the record.</summary>
    public bool Replay(ScenarioSettings settings)
    {
        using var host = new ScenarioHost(Identity, settings with { FixedClock = ClockStartsAt }, "lmdb", context => new LmdbScenarioSystem(context));
        foreach (var (at, stream, payload) in Given)
        {
            if (at.ToUnixTimeMilliseconds() != host.NowUnixMs)
            {
                host.ClockReads(at);
            }

            host.Given(stream, payload);
        }

        var whenAt = WhenAt ?? LastClockFact;
        if (Command is not null && whenAt is { } instant && instant.ToUnixTimeMilliseconds() != host.NowUnixMs)
        {
            host.ClockReads(instant);
        }

        if (Command is not null)
        {
            host.When(Command, ExpectedStreamVersion);
        }
        else
        {
            host.WhenClockAdvancesTo(AdvanceTo!.Value);
        }

        var matched = true;
        try
        {
            host.ThenNewEvents(NewEvents);
        }
        catch (ScenarioExpectationException)
        {
            matched = false;
        }

        return host.Complete().All(finding => finding.Passed) && matched;
    }

    private static IContract Contract(JsonNode type, JsonNode fields) =>
        (IContract)fields.Deserialize(ContractTypes[type.GetValue<string>()], ContractOptions)!;

    private static DateTimeOffset Instant(JsonNode? text) =>
        DateTimeOffset.Parse(text!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
