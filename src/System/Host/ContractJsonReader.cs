using System.Text.Json;

namespace Specs.Inventory.Host;

/// <summary>
/// Reads a command from its JSON body, strictly: every field under its camelCase contract name, no
/// unknown or repeated fields, no null for a field that is not optional, whole numbers within their type
/// (written in any JSON spelling of a whole number: <c>1000</c>, <c>1e3</c>, <c>1000.0</c>),
/// enums by member name (any case), ids as UUID strings. Anything else throws
/// <see cref="RequestFieldException"/> naming the field, before anything reaches the pipeline.
/// </summary>
internal static class ContractJsonReader
{
    /// <summary>Deepest nesting a body may have: contracts nest tables in lists, a few levels at most.</summary>
    public const int MaxDepth = 16;

    public static object Read(ContractShape shape, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new RequestFieldException(string.Empty, $"The body must be a JSON object with the fields of {shape.Name}; it is {Describe(body)}.");
        }

        return ReadObject(shape, body, prefix: null);
    }

    private static object ReadObject(ContractShape shape, JsonElement json, string? prefix)
    {
        var value = shape.Create();
        Span<bool> seen = stackalloc bool[shape.Fields.Count];
        foreach (var property in json.EnumerateObject())
        {
            var propertyName = NameOf(property, prefix);
            if (!shape.ByJsonName.TryGetValue(propertyName, out var field))
            {
                throw new RequestFieldException(
                    Path(prefix, propertyName),
                    $"{shape.Name} has no such field; its fields are {string.Join(", ", shape.Fields.Select(known => known.JsonName))}.");
            }

            var position = field.Position;
            if (seen[position])
            {
                throw new RequestFieldException(Path(prefix, field.JsonName), "appears more than once.");
            }

            seen[position] = true;
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                if (field.Descriptor.IsOptional || field.Type.IsNullable)
                {
                    continue; // absent and null mean the same: the field's default, null
                }

                throw new RequestFieldException(Path(prefix, field.JsonName), $"must not be null: it must be {Expected(field.Type)}.");
            }

            field.Property.SetValue(value, ReadValue(field.Type, property.Value, prefix, field.JsonName));
        }

        for (var i = 0; i < shape.Fields.Count; i++)
        {
            if (!seen[i] && shape.Fields[i].IsRequired)
            {
                throw new RequestFieldException(Path(prefix, shape.Fields[i].JsonName), $"is required: {Expected(shape.Fields[i].Type)}.");
            }
        }

        return value;
    }

    private static object ReadValue(FieldType type, JsonElement json, string? prefix, string name)
    {
        switch (type.Kind)
        {
            case FieldKind.String when json.ValueKind == JsonValueKind.String:
                return Text(json, prefix, name);
            case FieldKind.Boolean when json.ValueKind is JsonValueKind.True or JsonValueKind.False:
                return json.GetBoolean();
            case FieldKind.Integer when json.ValueKind == JsonValueKind.Number:
                return ReadInteger(type, json, prefix, name);
            case FieldKind.Number when json.ValueKind == JsonValueKind.Number && json.TryGetDouble(out var number) && double.IsFinite(number):
                return number;
            // With hyphens, or as 32 hex digits: the form a count's stream name carries its id in (count/0f8fad5b...).
            case FieldKind.Uuid when json.ValueKind == JsonValueKind.String && Text(json, prefix, name) is var text
                && (Guid.TryParseExact(text, "D", out var id) || Guid.TryParseExact(text, "N", out id)):
                return id;
            case FieldKind.Enum when json.ValueKind == JsonValueKind.String && type.EnumNames!.TryGetValue(Text(json, prefix, name), out var member):
                return member;
            case FieldKind.Table when json.ValueKind == JsonValueKind.Object:
                return ReadObject(type.Table!, json, Path(prefix, name));
            case FieldKind.List when json.ValueKind == JsonValueKind.Array:
                return ReadList(type, json, prefix, name);
            default:
                throw new RequestFieldException(Path(prefix, name), $"must be {Expected(type)}; it is {Describe(json)}.");
        }
    }

    private static object ReadInteger(FieldType type, JsonElement json, string? prefix, string name)
    {
        // 1e3 and 1000.0 are 1000, as JSON Schema's "integer" (the OpenAPI document's type) counts them; 2.5 and 1e-3 are not.
        if (!JsonWholeNumber.TryRead(json, out var whole) || whole < type.Minimum || whole > type.Maximum)
        {
            throw new RequestFieldException(Path(prefix, name), $"must be {Expected(type)}; it is {json.GetRawText()}.");
        }

        return Convert.ChangeType(whole, type.ClrType, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Array ReadList(FieldType type, JsonElement json, string? prefix, string name)
    {
        var element = type.Element!;
        var items = Array.CreateInstance(element.ClrType, json.GetArrayLength());
        var i = 0;
        foreach (var item in json.EnumerateArray())
        {
            var itemName = $"{name}[{i}]";
            if (item.ValueKind == JsonValueKind.Null)
            {
                throw new RequestFieldException(Path(prefix, itemName), $"must not be null: it must be {Expected(element)}.");
            }

            items.SetValue(ReadValue(element, item, prefix, itemName), i);
            i++;
        }

        return items;
    }

    private static string Path(string? prefix, string name) => prefix is null ? name : $"{prefix}.{name}";

    // JsonDocument checks a body's structure when it parses it, but an escape such as "\ud800" (half of a surrogate
    // pair) or a byte that is not UTF-8 inside a string fails only when the string is read: a client's mistake, so a 400
    // naming the field rather than the unhandled exception it was (a 500).
    private const string NotUnicode = "must be valid Unicode text; it holds half of a surrogate pair (an escape from \\ud800 to \\udfff without its other half) or bytes that are not UTF-8.";

    private static string Text(JsonElement json, string? prefix, string name) =>
        TryReadString(json, out var text) ? text : throw new RequestFieldException(Path(prefix, name), NotUnicode);

    private static bool TryReadString(JsonElement json, out string text)
    {
        try
        {
            text = json.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static string NameOf(JsonProperty property, string? prefix)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            throw new RequestFieldException(Path(prefix, "(a field name)"), NotUnicode);
        }
    }

    /// <summary>What a field accepts, in words, for the 400's message.</summary>
    public static string Expected(FieldType type) => type.Kind switch
    {
        FieldKind.String => "a string",
        FieldKind.Boolean => "true or false",
        FieldKind.Integer => $"a whole number from {type.Minimum} to {type.Maximum}",
        FieldKind.Number => "a number",
        FieldKind.Uuid => "a UUID string such as \"0f8fad5b-d9cb-469f-a165-70867728950e\" (or its 32 hex digits)",
        FieldKind.Enum => $"one of {string.Join(", ", type.EnumNames!.Keys.Select(key => $"\"{key}\""))}",
        FieldKind.Table => $"an object with the fields of {type.Table!.Name}",
        FieldKind.List => $"an array of {Expected(type.Element!)}",
        _ => type.Kind.ToString(),
    };

    private static string Describe(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => Shown(json),
        JsonValueKind.Number => json.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => json.GetRawText(),
        JsonValueKind.Null => "null",
        _ => json.ValueKind.ToString(),
    };

    /// <summary>A short string as the message quotes it; one that is not valid Unicode as the body spells it.</summary>
    private static string Shown(JsonElement json)
    {
        var text = TryReadString(json, out var read) ? $"\"{read}\"" : json.GetRawText();
        return text.Length <= 42 ? $"the string {text}" : "a string";
    }
}
