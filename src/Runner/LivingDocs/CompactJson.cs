using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

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
/// <remarks>
/// Two passes over the UTF-8 JSON with a reader, no tree: the first counts every string and shape and notes, in
/// document order, which one each string value and object is; the second writes, taking those notes in the same
/// order. Names and strings are looked up by their characters, so a string seen before allocates nothing.
/// </remarks>
internal sealed class CompactJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Non-ASCII text stays as is (UTF-8 is shorter than \u escapes); the file is a script loaded by src, never
        // inlined, so no text in it can close a <script> element.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // A shape's key: its key count, then each key after a character the model's property names never hold (they
    // are C# and record field names); the count keeps an object with one empty key apart from an empty object.
    private const char KeySeparator = '\u0001';

    private readonly Table _strings = new();
    private readonly Table _shapes = new();

    // In document order: the first pass's id of every string value, and of every object's shape.
    private readonly List<int> _stringValues = [];
    private readonly List<int> _objectShapes = [];

    // The keys of the objects still open, each as separator + key, innermost last.
    private char[] _keys = new char[256];
    private int _keysLength;
    private char[] _scratch = new char[256];

    /// <summary>The packed form of the JSON value in <paramref name="json"/> (UTF-8) as UTF-8 JSON.</summary>
    public static byte[] Pack(ReadOnlySpan<byte> json)
    {
        var packer = new CompactJson();
        packer.Count(json);
        var stringRank = packer._strings.Rank();
        var shapeRank = packer._shapes.Rank();

        using var buffer = new MemoryStream(json.Length / 2);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("strings");
            foreach (var id in packer._strings.InRankOrder(stringRank))
            {
                writer.WriteStringValue(packer._strings.Text(id));
            }

            writer.WriteEndArray();
            writer.WriteStartArray("shapes");
            foreach (var id in packer._shapes.InRankOrder(shapeRank))
            {
                writer.WriteStartArray();
                foreach (var key in packer._shapes.Text(id).Split(KeySeparator).Skip(1))
                {
                    writer.WriteNumberValue(stringRank[packer._strings.IdOf(key)]);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WritePropertyName("root");
            packer.Write(writer, json, stringRank, shapeRank);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private void Count(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        // Each open object: where its shape id goes, where its keys start, how many keys it has.
        var open = new List<(int Slot, int KeysStart, int KeyCount)>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    open.Add((_objectShapes.Count, _keysLength, 0));
                    _objectShapes.Add(-1);
                    break;
                case JsonTokenType.PropertyName:
                    var name = Chars(ref reader);
                    _strings.Add(name);
                    AppendKey(name);
                    open[^1] = open[^1] with { KeyCount = open[^1].KeyCount + 1 };
                    break;
                case JsonTokenType.EndObject:
                    var (slot, keysStart, keyCount) = open[^1];
                    open.RemoveAt(open.Count - 1);
                    _objectShapes[slot] = _shapes.Add(ShapeKey(keyCount, keysStart));
                    _keysLength = keysStart;
                    break;
                case JsonTokenType.String:
                    _stringValues.Add(_strings.Add(Chars(ref reader)));
                    break;
                default:
                    break;
            }
        }
    }

    private void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> json, int[] stringRank, int[] shapeRank)
    {
        var reader = new Utf8JsonReader(json);
        var (nextString, nextObject) = (0, 0);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    writer.WriteStartArray();
                    writer.WriteNumberValue(-(shapeRank[_objectShapes[nextObject++]] + 1));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    writer.WriteEndArray();
                    break;
                case JsonTokenType.StartArray:
                    writer.WriteStartArray();
                    break;
                case JsonTokenType.String:
                    writer.WriteNumberValue(stringRank[_stringValues[nextString++]]);
                    break;
                case JsonTokenType.Number:
                    // The number's own JSON text, as written by the serializer.
                    writer.WriteStringValue(reader.ValueSpan);
                    break;
                case JsonTokenType.True:
                    writer.WriteBooleanValue(true);
                    break;
                case JsonTokenType.False:
                    writer.WriteBooleanValue(false);
                    break;
                case JsonTokenType.Null:
                    writer.WriteNullValue();
                    break;
                default:
                    // Property names: an object's values are written in its shape's key order, without names.
                    break;
            }
        }
    }

    /// <summary>The current string or name token, unescaped, in a buffer reused until the next call.</summary>
    private ReadOnlySpan<char> Chars(ref Utf8JsonReader reader)
    {
        var most = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (_scratch.Length < most)
        {
            _scratch = new char[Math.Max(most, _scratch.Length * 2)];
        }

        return _scratch.AsSpan(0, reader.CopyString(_scratch));
    }

    private void AppendKey(ReadOnlySpan<char> name)
    {
        Reserve(ref _keys, _keysLength + 1 + name.Length);
        _keys[_keysLength++] = KeySeparator;
        name.CopyTo(_keys.AsSpan(_keysLength));
        _keysLength += name.Length;
    }

    private ReadOnlySpan<char> ShapeKey(int keyCount, int keysStart)
    {
        var keys = _keys.AsSpan(keysStart, _keysLength - keysStart);
        Reserve(ref _scratch, 11 + keys.Length);
        keyCount.TryFormat(_scratch, out var digits, provider: CultureInfo.InvariantCulture);
        keys.CopyTo(_scratch.AsSpan(digits));
        return _scratch.AsSpan(0, digits + keys.Length);
    }

    private static void Reserve(ref char[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            Array.Resize(ref buffer, Math.Max(length, buffer.Length * 2));
        }
    }

    /// <summary>Distinct texts with how often each was seen, by id in order of first sight.</summary>
    private sealed class Table
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _texts = [];
        private readonly List<int> _counts = [];

        public int Add(ReadOnlySpan<char> text)
        {
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(text, out var id))
            {
                id = _texts.Count;
                var copy = text.ToString();
                _ids.Add(copy, id);
                _texts.Add(copy);
                _counts.Add(0);
            }

            _counts[id]++;
            return id;
        }

        public int IdOf(string text) => _ids[text];

        public string Text(int id) => _texts[id];

        /// <summary>Each id's place: the most frequent first, ties in ordinal order of the text.</summary>
        public int[] Rank()
        {
            var order = Enumerable.Range(0, _texts.Count)
                .OrderByDescending(id => _counts[id])
                .ThenBy(id => _texts[id], StringComparer.Ordinal)
                .ToArray();
            var rank = new int[order.Length];
            for (var place = 0; place < order.Length; place++)
            {
                rank[order[place]] = place;
            }

            return rank;
        }

        public IEnumerable<int> InRankOrder(int[] rank)
        {
            var order = new int[rank.Length];
            for (var id = 0; id < rank.Length; id++)
            {
                order[rank[id]] = id;
            }

            return order;
        }
    }
}
