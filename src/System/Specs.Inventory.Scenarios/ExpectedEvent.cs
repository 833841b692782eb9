using Specs.Inventory.Contracts;

namespace Specs.Inventory.Scenarios;

/// <summary>
/// An event a Then step expects among the new events: its contract type, optionally its stream, and every
/// field it carries. A field may hold a placeholder for what the server generates (<see cref="Placeholders"/>);
/// a field left out must be null in the actual event.
/// </summary>
/// <param name="Type">The contract's C# type name, such as <c>ReasonCreated</c>.</param>
/// <param name="Fields">Field name (camelCase) to the value as a table cell would state it, or a placeholder.</param>
/// <param name="Stream">The stream the event must be on; null: any.</param>
public sealed record ExpectedEvent(string Type, IReadOnlyDictionary<string, string?> Fields, string? Stream = null)
{
    /// <summary>Expects exactly this event (every field as given).</summary>
    public static ExpectedEvent Of(IEventContract payload, string? stream = null)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var fields = ContractJson.Fields(payload).ToDictionary(pair => pair.Key, pair => ContractJson.CellText(pair.Value), StringComparer.Ordinal);
        return new ExpectedEvent(payload.GetType().Name, fields, stream);
    }

    /// <summary>Null when <paramref name="actual"/>, the new event at <paramref name="position"/> (from 1), matches; else where it differs.</summary>
    public EventDifference? Compare(RecordedEvent actual, int position, long whenUnixMs)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var actualType = actual.Payload.GetType().Name;
        if (actualType != Type)
        {
            return new EventDifference(position, Type, actualType, null, null, null, $"expected a {Type}, found a {actualType}");
        }

        if (Stream is not null && Stream != actual.Stream)
        {
            return new EventDifference(position, Type, null, "stream", Stream, actual.Stream, $"expected the {Type} on stream '{Stream}', found it on '{actual.Stream}'");
        }

        var fields = ContractJson.Fields(actual.Payload);
        foreach (var (name, value) in fields)
        {
            var actualText = ContractJson.CellText(value);
            var expectedText = Fields.GetValueOrDefault(name);
            if (!Placeholders.Matches(expectedText, actualText, whenUnixMs))
            {
                return new EventDifference(position, Type, null, name, expectedText, actualText, $"{Type}.{name}: expected {Show(expectedText)}, found {Show(actualText)}");
            }
        }

        var unknown = Fields.Keys.FirstOrDefault(name => !fields.ContainsKey(name));
        return unknown is null
            ? null
            : new EventDifference(position, Type, null, unknown, Fields[unknown], null, $"{Type} has no field '{unknown}' (it has {string.Join(", ", fields.Select(pair => pair.Key))})");
    }

    public override string ToString() =>
        $"{Type}{(Stream is null ? "" : " on " + Stream)} {{ {string.Join(", ", Fields.Where(pair => pair.Value is not null).Select(pair => $"{pair.Key}: {pair.Value}"))} }}";

    private static string Show(string? text) => text is null ? "(none)" : $"'{text}'";
}

/// <summary>
/// Values a scenario cannot know in advance and states by placeholder: <c>&lt;any&gt;</c> any present value,
/// <c>&lt;id&gt;</c> a server-generated id (a UUID), <c>&lt;now&gt;</c> the node's time when the When ran.
/// </summary>
public static class Placeholders
{
    public const string Any = "<any>";
    public const string Id = "<id>";
    public const string Now = "<now>";

    public static bool Matches(string? expected, string? actual, long whenUnixMs) => expected switch
    {
        Any => actual is not null,
        Id => Guid.TryParse(actual, out _),
        Now => actual == whenUnixMs.ToString(System.Globalization.CultureInfo.InvariantCulture) || actual == ContractJson.Instant(whenUnixMs),
        _ => string.Equals(expected, actual, StringComparison.Ordinal),
    };

}
