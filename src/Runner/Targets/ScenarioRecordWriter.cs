using System.Buffers;
using System.Text;
using System.Text.Json;
using Specs.Inventory.Scenarios;
using Specs.Runner.Reporting;

namespace Specs.Runner.Targets;

/// <summary>
/// The scenario record and a verification finding as the JSON attached to the message stream: camelCase names in
/// declaration order, nulls left out, System.Text.Json's default escaping, written by methods generated at build time
/// (Specs.Runner.Generators, JsonWriterGenerator). A generated JSON context built its metadata at run time and
/// JIT-compiled generic code for every value-typed property, about 200 methods in every `specs verify`, for a record
/// each scenario writes once. The runner's tests hold the output to the reflection serializer.
/// </summary>
[GeneratedJsonWriter(typeof(ScenarioRecord))]
internal static partial class ScenarioRecordWriter
{
    public static string Serialize(ScenarioRecord record) => Serialize(record, Write);

    public static string Serialize(VerificationFinding finding) => Serialize(finding, Write);

    // One buffer and writer per worker thread, kept between scenarios: a fresh buffer grew by doubling for every record,
    // and a big one (a wave of 500 picklist lines records half a megabyte) allocated 128 KiB, 256 KiB, 512 KiB and
    // 1 MiB on the large-object heap, whose budget running out started a full background collection mid-run.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    private static string Serialize<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(8 * 1024);
        buffer.ResetWrittenCount();
        var writer = _writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        write(writer, value);
        writer.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
