using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Specs.Inventory.Domain;

namespace Specs.Inventory.Pipeline;

/// <summary>
/// The stored form of a <see cref="CommandResponse"/>: UTF-8 JSON, what the idempotency record keeps
/// and gives back to every repeat. The envelope has a source-generated contract and a format number;
/// a refusal keeps its error type's name and the error's own fields (written and read through
/// <see cref="DomainErrorJsonContext"/>, by the error's run-time type), so a repeat gets the same typed error back.
/// </summary>
/// <remarks>
/// Stable: the same response always encodes to the same bytes (properties in declaration order, no
/// indentation), and a response stored by an earlier build still decodes: an error type that is gone
/// decodes as <see cref="UnrecognizedRefusal"/> with the rule id and message first given.
/// </remarks>
public static class CommandResponseCodec
{
    public const int Format = 1;


    /// <summary>
    /// The stored bytes, written directly: every command of every scenario and of the pipeline stores its response, and
    /// serializing <see cref="StoredResponse"/> through its metadata built that metadata (and JIT-compiled generic code
    /// for its value-typed fields) in every short-lived process. Byte for byte what <see cref="ResponseJsonContext"/>
    /// writes, which <see cref="Decode"/> reads (CommandResponseEncodingTests holds the two together).
    /// </summary>
    public static byte[] Encode(CommandResponse response) => new ResponseEncoder().Encode(response);

    /// <summary>Writes the stored form of <paramref name="response"/> (<see cref="Encode"/>) to <paramref name="writer"/>.</summary>
    internal static void Write(Utf8JsonWriter writer, CommandResponse response)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Names.Format, Format);
        var status = (int)response.Status;
        if ((uint)status < (uint)StatusNames.Length)
        {
            writer.WriteString(Names.Status, StatusNames[status]);
        }
        else
        {
            writer.WriteString(Names.Status, response.Status.ToString());
        }

        if (response.Stream is { } stream)
        {
            writer.WriteString(Names.Stream, stream);
        }

        writer.WriteNumber(Names.EventCount, response.EventCount);
        writer.WriteNumber(Names.FirstPosition, response.FirstPosition);
        writer.WriteNumber(Names.LastPosition, response.LastPosition);
        writer.WriteNumber(Names.StreamVersion, response.StreamVersion);
        if (response.ExpectedStreamVersion is { } expected)
        {
            writer.WriteNumber(Names.ExpectedStreamVersion, expected);
        }

        if (response.Refusal is { } error)
        {
            writer.WriteStartObject(Names.Refusal);
            writer.WriteString(Names.RuleId, error.RuleId);
            writer.WriteString(Names.Type, TypeNameOf(error.GetType()));
            writer.WriteString(Names.Message, error.Describe());
            writer.WritePropertyName(Names.Detail);
            DomainErrorJson.Detail(error).WriteTo(writer);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    // Every status's name, encoded once: each command on each replica stores a response, and a name given as a string
    // is checked for characters to escape and transcoded on every write (an enum's ToString also looks its name up).
    private static readonly JsonEncodedText[] StatusNames = EncodedStatusNames();

    // Indexed by the status's value (a value no status has, never written, is left empty and would fail a test).
    private static JsonEncodedText[] EncodedStatusNames()
    {
        var statuses = Enum.GetValues<CommandStatus>();
        var names = new JsonEncodedText[statuses.Max(status => (int)status) + 1];
        foreach (var status in statuses)
        {
            names[(int)status] = JsonEncodedText.Encode(status.ToString());
        }

        return names;
    }

    // The property names, encoded once for the same reason (and read back by PropertyName); the bytes are those of the
    // names as strings.
    private static class Names
    {
        public static readonly JsonEncodedText Format = JsonEncodedText.Encode("format");
        public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
        public static readonly JsonEncodedText Stream = JsonEncodedText.Encode("stream");
        public static readonly JsonEncodedText EventCount = JsonEncodedText.Encode("eventCount");
        public static readonly JsonEncodedText FirstPosition = JsonEncodedText.Encode("firstPosition");
        public static readonly JsonEncodedText LastPosition = JsonEncodedText.Encode("lastPosition");
        public static readonly JsonEncodedText StreamVersion = JsonEncodedText.Encode("streamVersion");
        public static readonly JsonEncodedText ExpectedStreamVersion = JsonEncodedText.Encode("expectedStreamVersion");
        public static readonly JsonEncodedText Refusal = JsonEncodedText.Encode("refusal");
        public static readonly JsonEncodedText RuleId = JsonEncodedText.Encode("ruleId");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
        public static readonly JsonEncodedText Detail = JsonEncodedText.Encode("detail");
    }

    /// <summary>
    /// The response the stored bytes hold, read directly: every repeat of a command reads one, on every replica of a
    /// simulated cluster whose clients retry all the time, and the generated reader (a record with a constructor,
    /// its metadata looked up per call, the detail cloned into a document) took 5% of a simulated run's samples.
    /// Reads what <see cref="ResponseJsonContext"/> reads: fields in any order, unknown fields skipped, the status
    /// by name in any case or by number (CommandResponseEncodingTests holds the two together).
    /// </summary>
    /// <exception cref="JsonException">the bytes are not a stored response of a known format.</exception>
    public static CommandResponse Decode(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType == JsonTokenType.Null)
        {
            throw new JsonException("A stored command response is null.");
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A stored command response (StoredResponse) is a JSON object; these bytes start with {reader.TokenType}. Path: $");
        }

        var (format, status, stream, eventCount) = (0, CommandStatus.Accepted, (string?)null, 0);
        var (firstPosition, lastPosition, streamVersion, expectedStreamVersion) = (0UL, 0UL, 0UL, (ulong?)null);
        DomainError? refusal = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = PropertyName(ref reader);
            reader.Read();
            switch (property)
            {
                case "format":
                    format = (int)Number(ref reader, property, int.MaxValue);
                    break;
                case "status":
                    status = Status(ref reader);
                    break;
                case "stream":
                    stream = Text(ref reader, property);
                    break;
                case "eventCount":
                    eventCount = (int)Number(ref reader, property, int.MaxValue);
                    break;
                case "firstPosition":
                    firstPosition = Number(ref reader, property, ulong.MaxValue);
                    break;
                case "lastPosition":
                    lastPosition = Number(ref reader, property, ulong.MaxValue);
                    break;
                case "streamVersion":
                    streamVersion = Number(ref reader, property, ulong.MaxValue);
                    break;
                case "expectedStreamVersion":
                    expectedStreamVersion = reader.TokenType == JsonTokenType.Null ? null : Number(ref reader, property, ulong.MaxValue);
                    break;
                case "refusal":
                    refusal = reader.TokenType == JsonTokenType.Null ? null : Refusal(ref reader, utf8);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        // Anything after the object is malformed JSON, which the reader reports.
        if (reader.Read())
        {
            throw new JsonException($"A stored command response has more after its object ({reader.TokenType}).");
        }

        if (format != Format)
        {
            throw new JsonException($"A stored command response has format {format}; this build reads format {Format}.");
        }

        return new CommandResponse(status, stream ?? string.Empty, eventCount, firstPosition, lastPosition, streamVersion, refusal, expectedStreamVersion);
    }

    // The names the reader knows: those the writer writes (Names), so that the two never disagree.
    private static readonly JsonEncodedText[] KnownNames =
        [Names.Format, Names.Status, Names.Stream, Names.EventCount, Names.FirstPosition, Names.LastPosition, Names.StreamVersion,
            Names.ExpectedStreamVersion, Names.Refusal, Names.RuleId, Names.Type, Names.Message, Names.Detail];

    // The name of the property the reader is on, as one of the known names (empty for any other), without a string per
    // read: compared byte for byte with the encoded name, not through a transcoding compare. Names as this codec writes
    // them are never escaped; an escaped one is still matched, by its unescaped text.
    private static string PropertyName(ref Utf8JsonReader reader)
    {
        var escaped = reader.ValueIsEscaped || reader.HasValueSequence;
        foreach (var name in KnownNames)
        {
            if (escaped ? reader.ValueTextEquals(name.EncodedUtf8Bytes) : reader.ValueSpan.SequenceEqual(name.EncodedUtf8Bytes))
            {
                return name.Value;
            }
        }

        return string.Empty;
    }

    private static ulong Number(ref Utf8JsonReader reader, string property, ulong max) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out var value) && value <= max
            ? value
            : throw new JsonException($"A stored command response has {reader.TokenType} for {property}, where a whole number up to {max} belongs. Path: $.{property}");

    private static string? Text(ref Utf8JsonReader reader, string path) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"A stored command response has {reader.TokenType} where text belongs. Path: $.{path}"),
    };

    private static CommandStatus Status(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
        {
            return (CommandStatus)number;
        }

        // By name only, as the serializer's string enum converter reads it (Enum.TryParse alone also takes "7").
        return reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } name && char.IsAsciiLetter(name[0])
            && Enum.TryParse<CommandStatus>(name, ignoreCase: true, out var status)
            ? status
            : throw new JsonException($"A stored command response has a status this build does not know. Path: $.status");
    }

    // The refusal's error is read from its detail once its type is known, wherever the detail stands in the object.
    private static DomainError Refusal(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A stored command response has {reader.TokenType} for its refusal, where an object belongs. Path: $.refusal");
        }

        var (ruleId, type, message) = ((string?)null, (string?)null, (string?)null);
        var (detailStart, detailEnd) = (-1L, -1L);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = PropertyName(ref reader);
            reader.Read();
            switch (property)
            {
                case "ruleId":
                    ruleId = Text(ref reader, "refusal.ruleId");
                    break;
                case "type":
                    type = Text(ref reader, "refusal.type");
                    break;
                case "message":
                    message = Text(ref reader, "refusal.message");
                    break;
                case "detail":
                    detailStart = reader.TokenStartIndex;
                    reader.Skip();
                    detailEnd = reader.BytesConsumed;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        var unrecognized = new UnrecognizedRefusal(ruleId ?? string.Empty, type ?? string.Empty, message ?? string.Empty);
        if (type is null || detailStart < 0 || RefusalTypes.GetOrAdd(type, ResolveRefusalType) is not { } typeInfo)
        {
            return unrecognized;
        }

        try
        {
            return (DomainError?)JsonSerializer.Deserialize(utf8[(int)detailStart..(int)detailEnd], typeInfo) ?? unrecognized;
        }
        catch (JsonException)
        {
            // The type changed shape since the response was stored: keep what the caller was told.
            return unrecognized;
        }
        catch (NotSupportedException)
        {
            return unrecognized;
        }
    }

    /// <summary>The metadata of a stored refusal's type, looked up by its name once per name; null for a type that is gone.</summary>
    /// <remarks>
    /// Finding a type by its assembly-qualified name resolves the assembly every time, and the context hands out
    /// the metadata through a lookup of its own: every repeat of a refused command read one (a simulated cluster's
    /// clients retry all the time).
    /// </remarks>
    private static JsonTypeInfo? ResolveRefusalType(string name) =>
        Type.GetType(name, throwOnError: false) is { } type && type.IsSubclassOf(typeof(DomainError)) && !type.IsAbstract
            ? DomainErrorJsonContext.Default.GetTypeInfo(type)
            : null;

    private static readonly ConcurrentDictionary<string, JsonTypeInfo?> RefusalTypes = new(StringComparer.Ordinal);

    /// <summary>The type's full name and assembly name, without version: enough to find it again, stable across builds.</summary>
    /// <remarks>
    /// Made once per type: <see cref="System.Reflection.Assembly.GetName()"/> builds a new name object on every call, and
    /// every refused command's response asks, on every replica (8% of a simulated run's samples).
    /// </remarks>
    private static string TypeNameOf(Type type) => TypeNames.GetOrAdd(type, static type => $"{type.FullName}, {type.Assembly.GetName().Name}");

    private static readonly ConcurrentDictionary<Type, string> TypeNames = new();
}

/// <summary>
/// The stored response's shape as a contract the serializer knows: the format's reference, which the hand-written
/// <see cref="CommandResponseCodec.Encode"/> and <see cref="CommandResponseCodec.Decode"/> are held to.
/// </summary>
internal sealed record StoredResponse(
    int Format,
    CommandStatus Status,
    string? Stream,
    int EventCount,
    ulong FirstPosition,
    ulong LastPosition,
    ulong StreamVersion,
    ulong? ExpectedStreamVersion,
    StoredRefusal? Refusal);

internal sealed record StoredRefusal(string RuleId, string Type, string Message, JsonElement Detail);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(StoredResponse))]
internal sealed partial class ResponseJsonContext : JsonSerializerContext;
