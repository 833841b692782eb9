using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Specs.Inventory.Contracts;

namespace Specs.Inventory.Scenarios;

/// <summary>
/// Commands and events as JSON text and back, by contract name (the C# type name of <see cref="ContractCatalog"/>):
/// the form a scenario uses for a contract that has no business-language step yet (the hunter's found scenarios).
/// Properties in camelCase, enums by name, absent optional fields as null: the same form as <see cref="ContractJson"/>.
/// </summary>
public static class ContractText
{
    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Dictionary<string, ContractDescriptor> ByName =
        ContractCatalog.Contracts.ToDictionary(contract => contract.ClrType.Name, StringComparer.Ordinal);

    /// <summary>The contract's fields as one line of JSON (absent optional fields left out).</summary>
    public static string Write(IContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return JsonSerializer.Serialize(contract, contract.GetType(), Options);
    }

    /// <summary>Reads the command named <paramref name="name"/> from <paramref name="json"/>.</summary>
    /// <exception cref="ArgumentException">no command has that name, or the JSON does not fit it.</exception>
    public static ICommandContract ReadCommand(string name, string json) => Read<ICommandContract>(name, json, ContractKind.Command);

    /// <summary>Reads the event named <paramref name="name"/> from <paramref name="json"/>.</summary>
    /// <exception cref="ArgumentException">no event has that name, or the JSON does not fit it.</exception>
    public static IEventContract ReadEvent(string name, string json) => Read<IEventContract>(name, json, ContractKind.Event);

    private static T Read<T>(string name, string json, ContractKind kind)
        where T : class
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(json);
        if (!ByName.TryGetValue(name, out var contract) || contract.Kind != kind)
        {
            var known = string.Join(", ", ContractCatalog.Contracts.Where(candidate => candidate.Kind == kind).Select(candidate => candidate.ClrType.Name).Order(StringComparer.Ordinal));
            throw new ArgumentException($"There is no {kind.ToString().ToLowerInvariant()} named '{name}'; the {kind.ToString().ToLowerInvariant()}s are {known}.", nameof(name));
        }

        try
        {
            return JsonSerializer.Deserialize(json, contract.ClrType, Options) as T
                ?? throw new ArgumentException($"The fields of {name} must be a JSON object, not null.", nameof(json));
        }
        catch (JsonException error)
        {
            throw new ArgumentException($"The fields of {name} do not fit the contract: {error.Message}", nameof(json), error);
        }
    }
}
