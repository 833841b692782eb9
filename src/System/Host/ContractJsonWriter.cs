using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Host;

/// <summary>
/// Writes contracts (the events of the log) and tuple elements (the keys and values of views) as JSON,
/// the same way <see cref="ContractJsonReader"/> reads them: camelCase field names, enums by name,
/// ids as UUID strings, 64-bit integers as JSON numbers.
/// </summary>
internal static class ContractJsonWriter
{
    public static void Write(Utf8JsonWriter writer, ContractShape shape, object contract)
    {
        writer.WriteStartObject();
        foreach (var field in shape.Fields)
        {
            writer.WritePropertyName(field.JsonName);
            WriteValue(writer, field.Type, field.Property.GetValue(contract));
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, FieldType type, object? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        switch (type.Kind)
        {
            case FieldKind.Table:
                Write(writer, type.Table!, value);
                break;
            case FieldKind.List:
                writer.WriteStartArray();
                foreach (var item in (System.Collections.IEnumerable)value)
                {
                    WriteValue(writer, type.Element!, item);
                }

                writer.WriteEndArray();
                break;
            case FieldKind.Enum:
                writer.WriteStringValue(value.ToString());
                break;
            default:
                WriteScalar(writer, value);
                break;
        }
    }

    /// <summary>Writes a tuple element (what <see cref="TupleCodec.ReadElement"/> returns).</summary>
    public static void WriteTupleElement(Utf8JsonWriter writer, object? element)
    {
        switch (element)
        {
            case IReadOnlyList<object?> nested:
                writer.WriteStartArray();
                foreach (var item in nested)
                {
                    WriteTupleElement(writer, item);
                }

                writer.WriteEndArray();
                break;
            case byte[] bytes:
                writer.WriteStringValue(Convert.ToBase64String(bytes));
                break;
            case Versionstamp stamp:
                writer.WriteStringValue(stamp.ToString());
                break;
            default:
                WriteScalar(writer, element);
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case Guid id: writer.WriteStringValue(id); break;
            case long number: writer.WriteNumberValue(number); break;
            case ulong number: writer.WriteNumberValue(number); break;
            case int number: writer.WriteNumberValue(number); break;
            case uint number: writer.WriteNumberValue(number); break;
            case short number: writer.WriteNumberValue(number); break;
            case ushort number: writer.WriteNumberValue(number); break;
            case sbyte number: writer.WriteNumberValue(number); break;
            case byte number: writer.WriteNumberValue(number); break;
            case double number when double.IsFinite(number): writer.WriteNumberValue(number); break;
            case float number when float.IsFinite(number): writer.WriteNumberValue(number); break;
            case BigInteger number: writer.WriteRawValue(number.ToString(CultureInfo.InvariantCulture)); break;
            default: writer.WriteStringValue(value.ToString()); break;
        }
    }
}
