using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Specs.Inventory.Scenarios;

/// <summary>
/// The scenario record and a verification finding as JSON, written field by field: camelCase names in declaration
/// order, nulls left out, System.Text.Json's default escaping. Exactly what System.Text.Json's serializer writes
/// for these types with those options (a test holds the two together), without its metadata: even generated at
/// build time, that metadata is built at run time and JIT-compiles generic code for every value-typed property
/// (about 200 methods in every `specs verify`, for a record each scenario writes once).
/// </summary>
public static class ScenarioRecordJson
{
    // One buffer and writer per thread: records are written by every worker of a run at once.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    public static string Serialize(ScenarioRecord record) => Write(record, static (writer, record) => WriteRecord(writer, record));

    public static string Serialize(VerificationFinding finding) => Write(finding, static (writer, finding) => WriteFinding(writer, finding));

    private static string Write<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = _writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        write(writer, value);
        writer.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteRecord(Utf8JsonWriter writer, ScenarioRecord record)
    {
        writer.WriteStartObject();
        writer.WriteString("scenario", record.Scenario);
        writer.WriteString("name", record.Name);
        writer.WriteString("target", record.Target);
        WriteStrings(writer, "modes", record.Modes);
        writer.WriteString("clockStartsAt", record.ClockStartsAt);
        WriteStrings(writer, "rules", record.Rules);
        writer.WriteStartArray("setup");
        foreach (var fact in record.Setup)
        {
            writer.WriteStartObject();
            writer.WriteString("fact", fact.Fact);
            writer.WriteString("value", fact.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("given");
        foreach (var given in record.Given)
        {
            writer.WriteStartObject();
            writer.WriteString("eventId", given.EventId);
            writer.WriteString("stream", given.Stream);
            writer.WriteString("recordedAt", given.RecordedAt);
            writer.WriteString("type", given.Type);
            WriteObject(writer, "fields", given.Fields);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (record.When is { } when)
        {
            writer.WriteStartObject("when");
            writer.WriteString("kind", when.Kind);
            writer.WriteString("type", when.Type);
            WriteIfSet(writer, "idempotencyKey", when.IdempotencyKey);
            WriteObject(writer, "fields", when.Fields);
            WriteIfSet(writer, "advanceTo", when.AdvanceTo);
            if (when.ExpectedStreamVersion is { } version)
            {
                writer.WriteNumber("expectedStreamVersion", version);
            }

            writer.WriteEndObject();
        }

        if (record.Outcome is { } outcome)
        {
            WriteOutcome(writer, outcome);
        }

        writer.WriteStartArray("then");
        foreach (var expectation in record.Then)
        {
            writer.WriteStartObject();
            writer.WriteString("expectation", expectation.Expectation);
            writer.WriteBoolean("passed", expectation.Passed);
            WriteIfSet(writer, "actual", expectation.Actual);
            if (expectation.Events is { } events)
            {
                WriteStrings(writer, "events", events);
            }

            WriteIfSet(writer, "error", expectation.Error);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("findings");
        foreach (var finding in record.Findings)
        {
            WriteFinding(writer, finding);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteOutcome(Utf8JsonWriter writer, OutcomeRecord outcome)
    {
        writer.WriteStartObject("outcome");
        WriteObject(writer, "response", outcome.Response);
        writer.WriteStartArray("newEvents");
        foreach (var recorded in outcome.NewEvents)
        {
            writer.WriteStartObject();
            writer.WriteNumber("position", recorded.Position);
            writer.WriteString("stream", recorded.Stream);
            writer.WriteNumber("streamVersion", recorded.StreamVersion);
            writer.WriteString("eventId", recorded.EventId);
            writer.WriteString("recordedAt", recorded.RecordedAt);
            writer.WriteString("type", recorded.Type);
            WriteObject(writer, "fields", recorded.Fields);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("views");
        foreach (var view in outcome.Views)
        {
            writer.WriteStartObject();
            writer.WriteString("view", view.View);
            writer.WriteStartArray("entries");
            foreach (var entry in view.Entries)
            {
                writer.WriteStartObject();
                writer.WriteString("key", entry.Key);
                writer.WriteString("value", entry.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteIfSet(writer, "error", outcome.Error);
        writer.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter writer, VerificationFinding finding)
    {
        writer.WriteStartObject();
        writer.WriteString("mode", finding.Mode);
        writer.WriteString("scenario", finding.Scenario);
        writer.WriteString("name", finding.Name);
        writer.WriteBoolean("passed", finding.Passed);
        writer.WriteString("summary", finding.Summary);
        WriteIfSet(writer, "firstDifference", finding.FirstDifference);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteObject(Utf8JsonWriter writer, string name, JsonObject? value)
    {
        if (value is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        value.WriteTo(writer);
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
