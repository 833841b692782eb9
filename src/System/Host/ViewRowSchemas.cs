using System.Text.Json.Nodes;
using Specs.Inventory.Views;

namespace Specs.Inventory.Host;

/// <summary>
/// OpenAPI schemas of the rows of each view, from the views' own descriptions (<see cref="IViewColumns"/>): one
/// schema per view (<c>ViewRows.stock</c>), a <c>oneOf</c> of its row kinds, each with its <c>kind</c>, named key
/// and named value, enums with their member names. They are what <see cref="ViewRowWriter"/> writes.
/// </summary>
internal static class ViewRowSchemas
{
    public const string Prefix = "ViewRows.";

    /// <summary>The schema of one view's rows; null for a view that does not describe them (shown as bare tuples).</summary>
    public static JsonObject? Of(IView view)
    {
        if (view is not IViewColumns described)
        {
            return null;
        }

        return new JsonObject
        {
            ["title"] = $"A row of the {view.Name} view",
            ["oneOf"] = new JsonArray([.. described.RowKinds.Select(KindSchema)]),
        };
    }

    private static JsonNode KindSchema(ViewRowKind kind)
    {
        var key = Columns(kind.Key.Where(column => column.Type != ViewColumnType.Tag), required: true);
        var value = Columns(kind.Value, required: false);
        var properties = (JsonObject)value["properties"]!;
        foreach (var repeat in kind.Repeats)
        {
            properties[repeat.Name] = new JsonObject { ["type"] = "array", ["items"] = Columns(repeat.Columns, required: true) };
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["title"] = kind.Name,
            ["properties"] = new JsonObject
            {
                ["kind"] = new JsonObject { ["const"] = kind.Name },
                ["key"] = key,
                ["value"] = value,
            },
            ["required"] = new JsonArray("kind", "key", "value"),
            ["additionalProperties"] = false,
        };
    }

    /// <summary>
    /// An object of named columns. Value fields are not required: a row written before a counter was appended to
    /// its tuple lacks it.
    /// </summary>
    private static JsonObject Columns(IEnumerable<ViewColumn> columns, bool required)
    {
        var properties = new JsonObject();
        foreach (var column in columns)
        {
            properties[column.Name] = column.IsNullable
                ? new JsonObject { ["oneOf"] = new JsonArray(ColumnSchema(column), new JsonObject { ["type"] = "null" }) }
                : ColumnSchema(column);
        }

        var schema = new JsonObject { ["type"] = "object", ["properties"] = properties };
        if (required)
        {
            // Every element of a key is always there, and nothing else is: closed, a key tells kinds of different views
            // apart (a stock "warehouse" row is not a places "warehouse" row).
            schema["required"] = new JsonArray([.. properties.Select(property => (JsonNode)property.Key)]);
            schema["additionalProperties"] = false;
        }

        return schema;
    }

    private static JsonObject ColumnSchema(ViewColumn column) => column.Type switch
    {
        ViewColumnType.Text => new JsonObject { ["type"] = "string" },
        ViewColumnType.Number => new JsonObject { ["type"] = "integer", ["format"] = "int64" },
        ViewColumnType.Flag => new JsonObject { ["type"] = "boolean" },
        ViewColumnType.Id => new JsonObject { ["type"] = "string", ["format"] = "uuid" },
        ViewColumnType.Enum => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. column.EnumNames.Select(name => (JsonNode)name)]) },
        ViewColumnType.TextList => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
        ViewColumnType.Nested => new JsonObject { ["type"] = "array", ["items"] = Columns(column.Items!, required: true) },
        _ => throw new InvalidOperationException($"A {column.Type} is not a field of a row."),
    };
}
