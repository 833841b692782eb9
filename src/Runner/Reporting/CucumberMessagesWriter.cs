using System.Text.Json;
using Io.Cucumber.Messages.Types;

namespace Specs.Runner.Reporting;

/// <summary>
/// Writes Cucumber messages as JSON, in exactly the conventions of Reqnroll's NDJSON serializer (camelCase names in
/// declaration order, nulls left out, enums by their Cucumber names). The per-message methods are generated at build
/// time from the Cucumber.Messages model (Specs.Runner.Generators, JsonWriterGenerator), so writing needs no serializer metadata at all.
/// </summary>
[GeneratedJsonWriter(typeof(Envelope))]
internal static partial class CucumberMessagesWriter
{
    /// <summary>Writes <paramref name="envelope"/> as one JSON object.</summary>
    public static void WriteEnvelope(Utf8JsonWriter writer, Envelope envelope) => Write(writer, envelope);
}
