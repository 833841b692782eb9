using System.Globalization;
using System.Text.Json.Nodes;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Json;
using Specs.Inventory.Domain;
using Specs.Inventory.Pipeline;

namespace Specs.Inventory.Scenarios;

/// <summary>
/// Contracts, responses and refusals as JSON objects, for the scenario record and for comparing events
/// field by field. Properties keep their C# names in camelCase; enums are written by name.
/// </summary>
public static class ContractJson
{
    /// <summary>
    /// A contract's fields (commands, events, nested tables), as the contract generator writes them: the same
    /// object the reflection serializer made (camelCase, enums by name), without its per-type run-time code
    /// generation (the runner records every given, command and event of every scenario).
    /// </summary>
    /// <exception cref="ArgumentException">the contract is not a generated one (a replication request).</exception>
    public static JsonObject Fields(IContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return contract is IJsonFields generated
            ? generated.ToJsonFields()
            : throw new ArgumentException($"{contract.GetType().Name} is not an [EventContract] or [CommandContract] type, so it has no generated JSON fields.", nameof(contract));
    }

    /// <summary>A response with its refusal, if any, named by type and rule.</summary>
    public static JsonObject Response(CommandResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var json = new JsonObject
        {
            ["status"] = response.Status.ToString(),
            ["stream"] = response.Stream,
            ["eventCount"] = response.EventCount,
            ["firstPosition"] = response.FirstPosition,
            ["lastPosition"] = response.LastPosition,
            ["streamVersion"] = response.StreamVersion,
        };
        if (response.ExpectedStreamVersion is { } expected)
        {
            json["expectedStreamVersion"] = expected;
        }

        if (response.Refusal is { } refusal)
        {
            json["refusal"] = Refusal(refusal);
        }

        return json;
    }

    /// <summary>
    /// A refusal: its type, rule, message, and its own fields as <c>detail</c>, written by its run-time type
    /// through the generated <see cref="DomainErrorJson"/> (no serializer metadata, no code generation at run time).
    /// </summary>
    public static JsonObject Refusal(DomainError refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new JsonObject
        {
            ["error"] = refusal.GetType().Name,
            ["rule"] = refusal.RuleId,
            ["message"] = refusal.Describe(),
            ["detail"] = DomainErrorJson.Detail(refusal),
        };
    }

    /// <summary>A field's value as a scenario table cell would state it: strings bare, the rest as JSON.</summary>
    public static string? CellText(JsonNode? value) => value switch
    {
        null => null,
        JsonValue scalar when scalar.TryGetValue<string>(out var text) => text,
        _ => value.ToJsonString(),
    };

    /// <summary>Unix milliseconds as an ISO 8601 instant.</summary>
    public static string Instant(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
