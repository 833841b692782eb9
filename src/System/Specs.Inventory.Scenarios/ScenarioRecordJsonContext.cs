using System.Text.Json.Serialization;

namespace Specs.Inventory.Scenarios;

/// <summary>
/// Compile-time JSON metadata for the scenario record and the findings attached on their own, with the options
/// they have always been written with (camelCase, nulls left out). Every scenario of every run writes one record;
/// the reflection serializer built and JIT-compiled an accessor per property of each record type in every process.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ScenarioRecord))]
[JsonSerializable(typeof(VerificationFinding))]
internal sealed partial class ScenarioRecordJsonContext : JsonSerializerContext;
