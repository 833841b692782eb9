using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.PayloadProcessing;

namespace Specs.Runner.Reporting;

/// <summary>
/// Cucumber messages as JSON, in exactly the conventions of Reqnroll's <see cref="NdjsonSerializer"/> (camelCase,
/// nulls left out, enums by their Cucumber names, relaxed escaping), written by <see cref="CucumberMessagesWriter"/>
/// (generated at build time) instead of by a serializer's metadata. Reading stays with Reqnroll.
/// </summary>
/// <remarks>
/// Reqnroll's serializer is System.Text.Json's reflection serializer, which emits and JIT-compiles an accessor for
/// every property of every message type on first use; System.Text.Json's source generator still builds its metadata
/// at run time and JIT-compiles generic code for each value-typed property (about 450 methods for this model).
/// Either way a short-lived `specs verify` paid for it on every run, after the scenarios, on the way to the reports.
/// </remarks>
public static class CucumberMessagesJson
{
    private static readonly PerThreadJsonWriter Writer = new(new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The envelope as one line of NDJSON (without the newline).</summary>
    public static string Serialize(Envelope envelope) => Encoding.UTF8.GetString(SerializeToUtf8(envelope));

    /// <summary>The same line as UTF-8, as the reports write it: no UTF-16 string in between.</summary>
    public static byte[] SerializeToUtf8(Envelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return Writer.Write(envelope, CucumberMessagesWriter.WriteEnvelope).ToArray();
    }
}
