using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Specs.Inventory.Tests.Support;

/// <summary>
/// System.Text.Json's reflection serializer with the options contracts, refusals and scenario records were written
/// with before their JSON was generated at build time (camelCase, enums by name): the oracle the generated JSON
/// must equal, kept only in tests.
/// </summary>
internal static class ReflectionJsonOracle
{
    public static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };
}
