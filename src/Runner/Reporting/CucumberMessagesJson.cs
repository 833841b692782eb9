using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.PayloadProcessing;

namespace Specs.Runner.Reporting;

/// <summary>
/// Cucumber messages as JSON, in exactly the conventions of Reqnroll's <see cref="NdjsonSerializer"/> (camelCase,
/// nulls left out, enums by their Cucumber names, relaxed escaping), with the serialization code generated at
/// build time instead of by reflection at run time.
/// </summary>
/// <remarks>
/// Reqnroll's serializer is System.Text.Json's reflection serializer, which emits and JIT-compiles an accessor for
/// every property of every message type on first use: in a short-lived `specs verify` that cost is paid on every
/// run, and the envelopes' JSON (written to cucumber.ndjson and into cucumber.html) was 5% of a whole run's CPU.
/// The runner is compiled ahead of time, so generated code costs nothing to start. Reading stays with Reqnroll.
/// </remarks>
public static class CucumberMessagesJson
{
    private static readonly CucumberMessagesJsonContext Context = new(new JsonSerializerOptions(CucumberMessagesJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The envelope as one line of NDJSON (without the newline).</summary>
    public static string Serialize(Envelope envelope) => JsonSerializer.Serialize(envelope, Context.Envelope);

    /// <summary>The same line as UTF-8, as the reports write it: no UTF-16 string in between.</summary>
    public static byte[] SerializeToUtf8(Envelope envelope) => JsonSerializer.SerializeToUtf8Bytes(envelope, Context.Envelope);
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(CucumberMessageEnumNames)])]
[JsonSerializable(typeof(Envelope))]
internal sealed partial class CucumberMessagesJsonContext : JsonSerializerContext;

/// <summary>
/// Writes a Cucumber message enum by its Cucumber name (<c>PASSED</c>, <c>TEXT_PLAIN</c>), with Reqnroll's own
/// <see cref="DescriptionEnumConverter{T}"/>. Reqnroll's factory for it scans every type of every loaded assembly
/// when first touched (a tenth of a second in the runner); the message enums are known by their namespace.
/// </summary>
internal sealed class CucumberMessageEnumNames : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsEnum && typeToConvert.Namespace == typeof(Envelope).Namespace && typeToConvert.Assembly == typeof(Envelope).Assembly;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(DescriptionEnumConverter<>).MakeGenericType(typeToConvert))!;
}
