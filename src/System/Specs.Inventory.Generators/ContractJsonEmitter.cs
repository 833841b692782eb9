using System.Collections.Generic;
using System.Linq;

namespace Specs.Inventory.Generators;

/// <summary>
/// Emits <c>ToJsonFields()</c>: the contract as a JSON object, exactly as System.Text.Json's reflection
/// serializer writes it with camelCase names and JsonStringEnumConverter (the scenario record's form), but
/// without reflection: the runner turns every given, command and recorded event into JSON, and the
/// reflection serializer JIT-compiles an accessor per property of every contract type on each run.
/// </summary>
/// <remarks>
/// What the serializer does, and so what this must do: properties in declaration order (not field index
/// order); a Guid as its "D" string; an enum as its member's name, or as its number when no member has
/// that value; null for an absent nullable (and for a null reference, even a non-nullable one); a vector
/// as an array (but a byte[] as a base64 string); a nested table as an object. Strings, Guids and enum names are string-backed nodes, so
/// readers can take them with <c>TryGetValue&lt;string&gt;</c>.
/// </remarks>
internal static class ContractJsonEmitter
{
    private const string JsonObject = "global::System.Text.Json.Nodes.JsonObject";
    private const string JsonNode = "global::System.Text.Json.Nodes.JsonNode";
    private const string JsonValue = "global::System.Text.Json.Nodes.JsonValue";

    public static void Emit(SourceWriter w, ContractModel contract)
    {
        w.Line("/// <summary>This value's fields as a JSON object: camelCase names in declaration order, enums by name, Guids as strings, absent values as null.</summary>");
        w.Open("public " + JsonObject + " ToJsonFields()");
        w.Line("var json = new " + JsonObject + "();");
        foreach (var field in contract.Fields.OrderBy(f => f.DeclarationOrder))
        {
            w.Line("json.Add(" + SourceWriter.Literal(JsonNames.CamelCase(field.PropertyName)) + ", " + Value(field) + ");");
        }

        w.Line("return json;");
        w.Close();

        var enums = new Dictionary<string, EnumModel>();
        foreach (var field in contract.Fields.Where(f => f.Enum is not null))
        {
            enums[field.Enum!.FullName] = field.Enum;
        }

        foreach (var model in enums.Values.OrderBy(e => e.FullName, System.StringComparer.Ordinal))
        {
            EmitEnum(w, model);
        }
    }

    private static string Value(FieldModel field)
    {
        var name = field.PropertyName;
        if (field.IsVector && field.IsArray && field.Enum is null && field.Scalar?.ClrKeyword == "byte")
        {
            // The serializer writes a byte[] (not an IReadOnlyList<byte>) as one base64 string.
            return $"{name} is null ? null : {JsonValue}.Create(global::System.Convert.ToBase64String({name}))";
        }

        if (field.IsVector)
        {
            return $"global::Specs.Inventory.Contracts.Json.JsonFields.Array({name}, static item => {Element(field, "item")})";
        }

        if (field.IsNullable && field.Shape != FieldShape.String && field.Shape != FieldShape.Table)
        {
            // A nullable value type: unwrap it, so the element code is the same as for a non-nullable one.
            return field.Enum is null && field.Shape == FieldShape.Scalar
                ? $"{JsonValue}.Create({name})"
                : $"{name} is {{ }} {Camel(name)}Value ? {Element(field, Camel(name) + "Value")} : null";
        }

        return Element(field, name);
    }

    private static string Element(FieldModel field, string value)
    {
        switch (field.Shape)
        {
            case FieldShape.String:
                return $"{JsonValue}.Create({value})";
            case FieldShape.Uuid:
                return $"{JsonValue}.Create({value}.ToString())";
            case FieldShape.Table:
                return $"{value}?.ToJsonFields()";
            default:
                return field.Enum is null ? $"{JsonValue}.Create({value})" : $"EnumJson({value})";
        }
    }

    private static void EmitEnum(SourceWriter w, EnumModel model)
    {
        w.Line();
        w.Open("private static " + JsonNode + " EnumJson(" + model.FullName + " value) => value switch");
        var values = new HashSet<string>();
        foreach (var member in model.Members)
        {
            // Two names for one value would be an unreachable arm; the first declared one is kept.
            if (values.Add(member.Value))
            {
                w.Line($"{model.FullName}.{member.Key} => {JsonValue}.Create({SourceWriter.Literal(member.Key)}),");
            }
        }

        w.Line($"_ => {JsonValue}.Create(({model.Underlying.ClrKeyword})value),");
        w.Close(";");
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
