using System.Text.Json;
using Specs.Inventory.Storage.Tuples;
using Specs.Inventory.Views;

namespace Specs.Inventory.Host;

/// <summary>
/// The <c>prefix</c> of <c>GET /api/views/{name}</c>: a JSON array of a row kind's name and then the leading fields
/// of its key, as rows show them (<c>["location","SKU-100"]</c>: SKU-100's stock per location). Codes may be in any
/// case (keys hold them folded, as lookups in the rules do); ids are UUID strings, enums member names. It is turned
/// into the range of keys under that tuple prefix, so a lookup reads only those rows.
/// </summary>
internal static class ViewKeyPrefix
{
    /// <summary>Longer than any key a view stores; a prefix this long is a mistake, not a lookup.</summary>
    public const int MaxLength = 4096;

    /// <summary>The range of the view's keys under <paramref name="text"/>; on a malformed prefix, null and why in <paramref name="problem"/>.</summary>
    public static KeyRange? Parse(IView view, string text, out string problem)
    {
        problem = string.Empty;
        if (view is not IViewColumns described)
        {
            problem = $"The view '{view.Name}' does not describe its rows, so it has no prefix lookup.";
            return null;
        }

        var kinds = string.Join(", ", described.RowKinds.Select(kind => $"[{KindSyntax(kind)}]"));
        if (text.Length > MaxLength)
        {
            problem = $"'prefix' is longer than {MaxLength} characters.";
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            problem = $"'prefix' must be a JSON array: a row kind, then leading key fields. This view's rows: {kinds}.";
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() == 0 || root[0].ValueKind != JsonValueKind.String)
            {
                problem = $"'prefix' must be a JSON array that starts with a row kind's name. This view's rows: {kinds}.";
                return null;
            }

            var kind = described.RowKinds.FirstOrDefault(kind => kind.Name == root[0].GetString());
            if (kind is null)
            {
                problem = $"The view '{view.Name}' has no rows of kind '{Clip(root[0].GetString()!)}'. Its rows: {kinds}.";
                return null;
            }

            var elements = new List<object?>();
            var given = 1;
            var at = 0;
            for (; at < kind.Key.Count; at++)
            {
                var column = kind.Key[at];
                if (column.Type == ViewColumnType.Tag)
                {
                    elements.Add(column.TagValue);
                    continue;
                }

                if (given == root.GetArrayLength())
                {
                    break;
                }

                if (Element(column, root[given]) is not { } element)
                {
                    problem = $"'prefix' element {given} is {column.Name}, which must be {Expected(column)}.";
                    return null;
                }

                elements.Add(element);
                given++;
            }

            if (given < root.GetArrayLength())
            {
                problem = $"'prefix' has more elements than a '{kind.Name}' key: [{KindSyntax(kind)}].";
                return null;
            }

            // A kind marked by a tag after its leading fields (a picklist's lines under its id) is only a range
            // once those fields are given: without them, the range would hold the other kinds' rows too.
            if (described.RowKinds.Count > 1 && kind.Key.Skip(at).Any(column => column.Type == ViewColumnType.Tag))
            {
                problem = $"Rows of kind '{kind.Name}' are kept under their {kind.Key[at].Name}: give it too, as in [{KindSyntax(kind)}].";
                return null;
            }

            var begin = TupleCodec.Pack(view.Subspace.Prefix, elements);
            var end = new byte[begin.Length + 1];
            begin.CopyTo(end, 0);
            end[^1] = 0xFF; // every key that holds the prefix's elements and maybe more: [packed, packed + FF)
            return new KeyRange(begin, end);
        }
    }

    private static object? Element(ViewColumn column, JsonElement json) => column.Type switch
    {
        ViewColumnType.Text when json.ValueKind == JsonValueKind.String => ViewRows.Fold(json.GetString()!),
        ViewColumnType.Number when JsonWholeNumber.TryRead(json, out var number) && number >= long.MinValue && number <= long.MaxValue => (long)number,
        ViewColumnType.Flag when json.ValueKind is JsonValueKind.True or JsonValueKind.False => json.GetBoolean(),
        ViewColumnType.Id when json.ValueKind == JsonValueKind.String && Guid.TryParse(json.GetString(), out var id) => id,
        ViewColumnType.Enum when json.ValueKind == JsonValueKind.String && column.TryEnumValue(json.GetString()!, out var value) => value,
        _ => null,
    };

    private static string Expected(ViewColumn column) => column.Type switch
    {
        ViewColumnType.Text => "a string",
        ViewColumnType.Number => "a whole number",
        ViewColumnType.Flag => "true or false",
        ViewColumnType.Id => "a UUID string",
        ViewColumnType.Enum => "one of " + string.Join(", ", column.EnumNames),
        _ => "something a key does not hold",
    };

    /// <summary>How a kind's prefix is written: <c>"location", sku, warehouse, location</c>.</summary>
    private static string KindSyntax(ViewRowKind kind) =>
        string.Join(", ", kind.Key.Where(column => column.Type != ViewColumnType.Tag).Select(column => column.Name).Prepend($"\"{kind.Name}\""));

    private static string Clip(string text) => text.Length <= 80 ? text : text[..80];
}
