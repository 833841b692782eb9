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

    private static readonly PerThreadJsonWriter Writer = new(default);

    private static string Serialize<T>(T value, Action<Utf8JsonWriter, T> write) => Encoding.UTF8.GetString(Writer.Write(value, write));
}
