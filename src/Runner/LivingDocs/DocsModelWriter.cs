using System.Text.Json;
using Specs.Runner.Reporting;

namespace Specs.Runner.LivingDocs;

/// <summary>
/// The living documentation's model as JSON: camelCase names, nulls left out, enums by their camelCase names, written
/// by methods generated at build time (Specs.Runner.Generators, JsonWriterGenerator). System.Text.Json built the
/// model's metadata on every run (its reflection serializer, later its source generator's metadata, JIT-compiling
/// generic code for every value-typed property), the larger part of writing the site.
/// </summary>
[GeneratedJsonWriter(typeof(DocsModel))]
internal static partial class DocsModelWriter
{
    /// <summary>Writes <paramref name="model"/> as one JSON object.</summary>
    public static void WriteModel(Utf8JsonWriter writer, DocsModel model) => Write(writer, model);
}
