using System.Text.Json;
using Specs.Inventory.Storage.Tuples;
using Specs.Inventory.Views;

namespace Specs.Inventory.Host;

/// <summary>
/// Writes one row of a view as JSON by the view's own description of its rows (<see cref="IViewColumns"/>):
/// <c>{"kind":"warehouse","key":{"sku":"sku-100","warehouse":"main"},"value":{"sku":"SKU-100",...}}</c>, enums by
/// member name, flat lines as arrays of objects. The key's tags are the kind, so they are not repeated as fields.
/// A row no kind describes (a view without a description, or a newer build's row) is shown as bare tuples rather
/// than guessed at, and a value that is not a tuple as <c>valueBase64</c>.
/// </summary>
internal static class ViewRowWriter
{
    public static void Write(Utf8JsonWriter writer, IView view, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        var keyElements = TupleCodec.Unpack(key[view.Subspace.Prefix.Length..]);
        var kind = (view as IViewColumns)?.KindOf(keyElements);
        writer.WriteStartObject();
        if (kind is not null)
        {
            writer.WriteString("kind", kind.Name);
        }

        writer.WritePropertyName("key");
        if (kind is null)
        {
            WriteArray(writer, keyElements);
        }
        else
        {
            WriteKey(writer, kind, keyElements);
        }

        IReadOnlyList<object?>? valueElements;
        try
        {
            valueElements = TupleCodec.Unpack(value);
        }
        catch (TupleFormatException)
        {
            valueElements = null;
        }

        if (valueElements is null)
        {
            writer.WriteString("valueBase64", Convert.ToBase64String(value));
        }
        else
        {
            writer.WritePropertyName("value");
            if (kind is null)
            {
                WriteArray(writer, valueElements);
            }
            else
            {
                WriteValue(writer, kind, valueElements);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteKey(Utf8JsonWriter writer, ViewRowKind kind, IReadOnlyList<object?> elements)
    {
        writer.WriteStartObject();
        for (var i = 0; i < elements.Count; i++)
        {
            if (kind.Key[i].Type != ViewColumnType.Tag)
            {
                writer.WritePropertyName(kind.Key[i].Name);
                WriteElement(writer, kind.Key[i], elements[i]);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// The value's columns, then its flat lines. A value shorter than its columns (a row written before a counter
    /// was appended) shows the fields it has; elements beyond the description show as <c>_index</c>, never dropped.
    /// </summary>
    private static void WriteValue(Utf8JsonWriter writer, ViewRowKind kind, IReadOnlyList<object?> elements)
    {
        writer.WriteStartObject();
        var at = 0;
        for (; at < kind.Value.Count && at < elements.Count; at++)
        {
            writer.WritePropertyName(kind.Value[at].Name);
            WriteElement(writer, kind.Value[at], elements[at]);
        }

        foreach (var repeat in kind.Repeats)
        {
            var width = repeat.Columns.Count;
            var lines = (elements.Count - at) / width;
            if (repeat.CountColumn is { } countColumn)
            {
                var index = IndexOf(kind.Value, countColumn);
                lines = index < elements.Count && elements[index] is long count ? (int)Math.Clamp(count, 0, lines) : 0;
            }

            writer.WriteStartArray(repeat.Name);
            for (var line = 0; line < lines; line++, at += width)
            {
                writer.WriteStartObject();
                for (var i = 0; i < width; i++)
                {
                    writer.WritePropertyName(repeat.Columns[i].Name);
                    WriteElement(writer, repeat.Columns[i], elements[at + i]);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        for (; at < elements.Count; at++)
        {
            writer.WritePropertyName($"_{at}");
            ContractJsonWriter.WriteTupleElement(writer, elements[at]);
        }

        writer.WriteEndObject();
    }

    private static void WriteElement(Utf8JsonWriter writer, ViewColumn column, object? element)
    {
        switch (column.Type)
        {
            case ViewColumnType.Enum when element is long stored && column.EnumName(stored) is { } name:
                writer.WriteStringValue(name);
                break;
            case ViewColumnType.Nested when element is IReadOnlyList<object?> items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    if (item is IReadOnlyList<object?> tuple && tuple.Count == column.Items!.Count)
                    {
                        writer.WriteStartObject();
                        for (var i = 0; i < tuple.Count; i++)
                        {
                            writer.WritePropertyName(column.Items[i].Name);
                            WriteElement(writer, column.Items[i], tuple[i]);
                        }

                        writer.WriteEndObject();
                    }
                    else
                    {
                        ContractJsonWriter.WriteTupleElement(writer, item);
                    }
                }

                writer.WriteEndArray();
                break;
            default:
                // A value of another type than described (an enum member this build does not know) is shown as stored.
                ContractJsonWriter.WriteTupleElement(writer, element);
                break;
        }
    }

    private static void WriteArray(Utf8JsonWriter writer, IReadOnlyList<object?> elements)
    {
        writer.WriteStartArray();
        foreach (var element in elements)
        {
            ContractJsonWriter.WriteTupleElement(writer, element);
        }

        writer.WriteEndArray();
    }

    private static int IndexOf(IReadOnlyList<ViewColumn> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Name == name)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
