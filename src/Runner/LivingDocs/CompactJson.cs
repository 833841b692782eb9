using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Specs.Runner.LivingDocs;

/// <summary>
/// Writes a JSON value so that what repeats is written once: the site's data is mostly the same few hundred
/// strings (event types, SKUs, field names, step texts shared through backgrounds) and objects of the same
/// few shapes (a past event, a step), so the page data is
/// <c>{"strings":[...],"shapes":[[key index,...],...],"root":value}</c> where a value is:
/// <list type="bullet">
/// <item>a string: its index (≥ 0) in <c>strings</c>, the most frequent first so most indexes take one or two digits;</item>
/// <item>a number: its JSON text as a string (strings are never written inline, so a JSON string is always a number);</item>
/// <item>true, false, null: as is;</item>
/// <item>an object: an array whose first element is −(shape index + 1), then its values in the shape's key order;</item>
/// <item>an array: an array of values (its first element is never a negative number, so it is never read as an object).</item>
/// </list>
/// docs.js unpacks it back into the value the page reads (its <c>unpack</c> is the inverse of this).
/// </summary>
internal sealed class CompactJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Non-ASCII text stays as is (UTF-8 is shorter than \u escapes); the file is a script loaded by src, never
        // inlined, so no text in it can close a <script> element.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Dictionary<string, int> _stringCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _shapeCounts = new(StringComparer.Ordinal);
    private Dictionary<string, int> _stringIndex = new(StringComparer.Ordinal);
    private Dictionary<string, int> _shapeIndex = new(StringComparer.Ordinal);

    /// <summary>The packed form of <paramref name="root"/> as UTF-8 JSON.</summary>
    public static byte[] Pack(JsonNode? root)
    {
        var packer = new CompactJson();
        packer.Count(root);
        packer._stringIndex = Rank(packer._stringCounts);
        // A shape's key is its keys' string indexes, so rank strings first.
        var shapes = packer._shapeCounts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key).ToList();
        packer._shapeIndex = shapes.Select((shape, index) => (shape, index)).ToDictionary(pair => pair.shape, pair => pair.index, StringComparer.Ordinal);

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("strings");
            foreach (var text in packer._stringIndex.OrderBy(pair => pair.Value).Select(pair => pair.Key))
            {
                writer.WriteStringValue(text);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("shapes");
            foreach (var shape in shapes)
            {
                writer.WriteStartArray();
                foreach (var key in ShapeKeys(shape))
                {
                    writer.WriteNumberValue(packer._stringIndex[key]);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WritePropertyName("root");
            packer.Write(writer, root);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static Dictionary<string, int> Rank(Dictionary<string, int> counts) =>
        counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select((pair, index) => (pair.Key, index))
            .ToDictionary(pair => pair.Key, pair => pair.index, StringComparer.Ordinal);

    // The key count, then the keys, joined by a character the model's property names never hold (they are C# and
    // record field names); the count keeps an object with one empty key apart from an empty object.
    private static string ShapeOf(JsonObject node) => string.Join('\u0001', node.Select(pair => pair.Key).Prepend(node.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static IEnumerable<string> ShapeKeys(string shape) => shape.Split('\u0001').Skip(1);

    private void Count(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var shape = ShapeOf(obj);
                _shapeCounts[shape] = _shapeCounts.GetValueOrDefault(shape) + 1;
                foreach (var (key, child) in obj)
                {
                    _stringCounts[key] = _stringCounts.GetValueOrDefault(key) + 1;
                    Count(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Count(child);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                _stringCounts[text] = _stringCounts.GetValueOrDefault(text) + 1;
                break;
            default:
                break;
        }
    }

    private void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartArray();
                writer.WriteNumberValue(-(_shapeIndex[ShapeOf(obj)] + 1));
                foreach (var (_, child) in obj)
                {
                    Write(writer, child);
                }

                writer.WriteEndArray();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var child in array)
                {
                    Write(writer, child);
                }

                writer.WriteEndArray();
                break;
            case JsonValue value:
                switch (value.GetValueKind())
                {
                    case JsonValueKind.String:
                        writer.WriteNumberValue(_stringIndex[value.GetValue<string>()]);
                        break;
                    case JsonValueKind.Number:
                        writer.WriteStringValue(value.ToJsonString());
                        break;
                    case JsonValueKind.True:
                        writer.WriteBooleanValue(true);
                        break;
                    case JsonValueKind.False:
                        writer.WriteBooleanValue(false);
                        break;
                    default:
                        writer.WriteNullValue();
                        break;
                }

                break;
        }
    }
}
