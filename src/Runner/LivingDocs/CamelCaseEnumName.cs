using System.Text.Json;
using System.Text.Json.Serialization;

namespace Specs.Runner.LivingDocs;

/// <summary>An enum written by its camelCase name (<c>notRun</c>, <c>newlyFailing</c>), as the page reads it.</summary>
internal sealed class CamelCaseEnumName<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase)
    where TEnum : struct, Enum;
