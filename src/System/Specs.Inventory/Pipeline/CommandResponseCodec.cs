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
    public static byte[] Encode(CommandResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("format", Format);
            writer.WriteString("status", response.Status.ToString());
            if (response.Stream is { } stream)
            {
                writer.WriteString("stream", stream);
            }

            writer.WriteNumber("eventCount", response.EventCount);
            writer.WriteNumber("firstPosition", response.FirstPosition);
            writer.WriteNumber("lastPosition", response.LastPosition);
            writer.WriteNumber("streamVersion", response.StreamVersion);
            if (response.ExpectedStreamVersion is { } expected)
            {
                writer.WriteNumber("expectedStreamVersion", expected);
            }

            if (response.Refusal is { } error)
            {
                writer.WriteStartObject("refusal");
                writer.WriteString("ruleId", error.RuleId);
                writer.WriteString("type", TypeNameOf(error.GetType()));
                writer.WriteString("message", error.Describe());
                writer.WritePropertyName("detail");
                DomainErrorJson.Detail(error).WriteTo(writer);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <exception cref="JsonException">the bytes are not a stored response of a known format.</exception>
    public static CommandResponse Decode(ReadOnlySpan<byte> utf8)
    {
        var stored = JsonSerializer.Deserialize(utf8, ResponseJsonContext.Default.StoredResponse)
            ?? throw new JsonException("A stored command response is null.");
        if (stored.Format != Format)
        {
            throw new JsonException($"A stored command response has format {stored.Format}; this build reads format {Format}.");
        }

        return new CommandResponse(
            stored.Status, stored.Stream ?? string.Empty, stored.EventCount, stored.FirstPosition, stored.LastPosition,
            stored.StreamVersion, stored.Refusal is { } refusal ? DecodeRefusal(refusal) : null, stored.ExpectedStreamVersion);
    }

    private static DomainError DecodeRefusal(StoredRefusal refusal)
    {
        if (RefusalTypes.GetOrAdd(refusal.Type, ResolveRefusalType) is not { } typeInfo)
        {
            return new UnrecognizedRefusal(refusal.RuleId, refusal.Type, refusal.Message);
        }

        try
        {
            return (DomainError?)refusal.Detail.Deserialize(typeInfo) ?? new UnrecognizedRefusal(refusal.RuleId, refusal.Type, refusal.Message);
        }
        catch (JsonException)
        {
            // The type changed shape since the response was stored: keep what the caller was told.
            return new UnrecognizedRefusal(refusal.RuleId, refusal.Type, refusal.Message);
        }
        catch (NotSupportedException)
        {
            return new UnrecognizedRefusal(refusal.RuleId, refusal.Type, refusal.Message);
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

/// <summary>The stored response's shape: what <see cref="ResponseJsonContext"/> reads, and what the hand-written encoder matches.</summary>
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
