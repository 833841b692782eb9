using System.Text.Json.Serialization;

namespace Specs.Runner.LivingDocs;

/// <summary>
/// The living documentation's model as JSON, by generated code: camelCase names, nulls left out, enums by their
/// camelCase names. System.Text.Json's reflection serializer built and JIT-compiled an accessor for every property
/// of every model type on each run, the larger part of writing the site.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(CamelCaseEnumName<ScenarioStatus>), typeof(CamelCaseEnumName<ScenarioChange>)])]
[JsonSerializable(typeof(DocsModel))]
internal sealed partial class DocsModelJsonContext : JsonSerializerContext;
