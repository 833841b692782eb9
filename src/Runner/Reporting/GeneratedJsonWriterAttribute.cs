namespace Specs.Runner.Reporting;

/// <summary>
/// Marks a static partial class whose <c>Write(Utf8JsonWriter, T)</c> methods Specs.Runner.Generators generates for
/// <paramref name="root"/> and every type it reaches: JSON as System.Text.Json writes it with camelCase names and
/// nulls left out, with no serializer metadata built at run time (JsonWriterGenerator says what is written how).
/// </summary>
/// <param name="root">The type the writer starts from.</param>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class GeneratedJsonWriterAttribute(Type root) : Attribute
{
    public Type Root { get; } = root;
}
