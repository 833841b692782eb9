using System.Numerics;
using System.Text;
using Specs.Inventory.Diagnostics;

namespace Specs.Inventory.Storage.Tuples;

/// <summary>
/// The object form of the tuple layer, for convenience, tests and cold paths: tuples as lists of boxed
/// elements. Hot paths write with <see cref="TupleWriter"/> and read with <see cref="TupleReader"/>.
/// <para>
/// Element types packed: null; bool; sbyte, byte, short, ushort, int, uint, long, ulong and BigInteger
/// (all as integers); float; double; Guid; <see cref="Versionstamp"/>; string; byte[] and
/// ReadOnlyMemory&lt;byte&gt; (as byte strings); and any IReadOnlyList&lt;object?&gt; as a nested tuple.
/// Unpacked, integers come back as long, as ulong when positive and over long.MaxValue, else as BigInteger;
/// byte strings as byte[]; nested tuples as IReadOnlyList&lt;object?&gt;.
/// </para>
/// </summary>
public static class TupleCodec
{
    /// <summary>Packs the elements as one tuple. An object?[] argument is the element list itself, not a nested tuple.</summary>
    public static byte[] Pack(params object?[] elements) => Pack([], elements);

    /// <summary>Packs the elements after a raw <paramref name="prefix"/> into one new array.</summary>
    public static byte[] Pack(ReadOnlySpan<byte> prefix, IReadOnlyList<object?> elements)
    {
        var size = prefix.Length + GetPackedSize(elements);
        var bytes = new byte[size];
        prefix.CopyTo(bytes);
        var writer = new TupleWriter(bytes, prefix.Length);
        WriteElements(ref writer, elements);
        Invariant.Assert(writer.Length == size, "the size computed for a tuple matches what the writer wrote");
        return bytes;
    }

    /// <summary>The number of bytes the elements pack to.</summary>
    public static int GetPackedSize(IReadOnlyList<object?> elements) =>
        elements is object?[] array ? ElementsSize(array, depth: 0) : ElementsSize(elements, depth: 0);

    /// <summary>Writes the elements, in object form, one after the other at the writer's current level.</summary>
    public static void WriteElements(ref TupleWriter writer, IReadOnlyList<object?> elements)
    {
        if (elements is object?[] array)
        {
            WriteElements(ref writer, array);
            return;
        }

        // By index, here and below: foreach over the interface allocates an enumerator per tuple, and views pack
        // several tuples per event.
        for (var i = 0; i < elements.Count; i++)
        {
            WriteElement(ref writer, elements[i]);
        }
    }

    /// <summary>Writes one element given in object form.</summary>
    /// <exception cref="ArgumentException">the element's type has no tuple encoding.</exception>
    public static void WriteElement(ref TupleWriter writer, object? element)
    {
        // The kinds views store most (codes, numbers, ids, flags) are tested first.
        switch (element)
        {
            case null: writer.WriteNull(); break;
            case string value: writer.WriteString(value); break;
            case long value: writer.Write(value); break;
            case Guid value: writer.Write(value); break;
            case bool value: writer.Write(value); break;
            case int value: writer.Write(value); break;
            case ulong value: writer.Write(value); break;
            case uint value: writer.Write(value); break;
            case short value: writer.Write(value); break;
            case ushort value: writer.Write(value); break;
            case sbyte value: writer.Write(value); break;
            case byte value: writer.Write(value); break;
            case BigInteger value: writer.Write(value); break;
            case float value: writer.Write(value); break;
            case double value: writer.Write(value); break;
            case Versionstamp value: writer.Write(value); break;
            case byte[] value: writer.WriteBytes(value); break;
            case ReadOnlyMemory<byte> value: writer.WriteBytes(value.Span); break;
            case IReadOnlyList<object?> nested:
                writer.BeginNested();
                WriteElements(ref writer, nested);
                writer.EndNested();
                break;
            default: throw Unsupported(element);
        }
    }

    /// <summary>Unpacks a whole tuple.</summary>
    /// <exception cref="TupleFormatException">the bytes are not a well-formed tuple.</exception>
    public static IReadOnlyList<object?> Unpack(ReadOnlySpan<byte> packed)
    {
        var reader = new TupleReader(packed);
        return ReadRemaining(ref reader);
    }

    /// <summary>Reads the elements left at the reader's current level (the rest of a tuple or nested tuple).</summary>
    public static IReadOnlyList<object?> ReadRemaining(ref TupleReader reader)
    {
        var elements = new List<object?>();
        while (!reader.End)
        {
            elements.Add(ReadElement(ref reader));
        }

        return elements;
    }

    /// <summary>Reads the next element in object form.</summary>
    public static object? ReadElement(ref TupleReader reader)
    {
        switch (reader.PeekType())
        {
            case TupleElementType.Null:
                reader.ReadNull();
                return null;
            case TupleElementType.Bytes:
                return reader.ReadBytes().ToArray();
            case TupleElementType.String:
                return reader.ReadString();
            case TupleElementType.Nested:
                reader.EnterNested();
                var nested = ReadRemaining(ref reader);
                reader.ExitNested();
                return nested;
            case TupleElementType.Integer:
                return NarrowInteger(reader.ReadBigInteger());
            case TupleElementType.Single:
                return reader.ReadSingle();
            case TupleElementType.Double:
                return reader.ReadDouble();
            case TupleElementType.Boolean:
                return reader.ReadBoolean();
            case TupleElementType.Uuid:
                return reader.ReadGuid();
            case TupleElementType.Versionstamp:
                return reader.ReadVersionstamp();
            default:
                throw new InvariantViolationException("every element kind has an object form");
        }
    }

    /// <summary>
    /// The logical order of two tuples as FoundationDB defines it, computed from the values (not from
    /// their encoding): element by element, a tuple before every longer tuple it prefixes.
    /// Packing preserves this order: compare the packed bytes as unsigned and the sign is the same.
    /// </summary>
    public static int Compare(IReadOnlyList<object?> left, IReadOnlyList<object?> right) =>
        TupleComparer.Instance.Compare(left, right);

    private static object NarrowInteger(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return (long)value;
        }

        // Typed as object on both sides: a plain conditional would widen the ulong back to BigInteger.
        return value.Sign > 0 && value <= ulong.MaxValue ? (object)(ulong)value : (object)value;
    }

    private static int ElementSize(object? element, int depth) => element switch
    {
        null => depth == 0 ? 1 : 2,
        string value => 2 + Encoding.UTF8.GetByteCount(value) + value.AsSpan().Count('\0'),
        long value => value >= 0 ? IntegerSize((ulong)value) : IntegerSize((ulong)(-(value + 1)) + 1),
        Guid => 17,
        bool => 1,
        int value => ElementSize((long)value, depth),
        short value => ElementSize((long)value, depth),
        sbyte value => ElementSize((long)value, depth),
        ulong value => IntegerSize(value),
        uint value => IntegerSize(value),
        ushort value => IntegerSize(value),
        byte value => IntegerSize(value),
        BigInteger value => BigIntegerSize(value),
        float => 5,
        double => 9,
        Versionstamp => 1 + Versionstamp.Size,
        byte[] value => 2 + value.Length + value.AsSpan().Count((byte)0),
        ReadOnlyMemory<byte> value => 2 + value.Length + value.Span.Count((byte)0),
        IReadOnlyList<object?> nested => NestedSize(nested, depth),
        _ => throw Unsupported(element),
    };

    private static int NestedSize(IReadOnlyList<object?> nested, int depth)
    {
        if (depth == TupleLimits.MaxNestingDepth)
        {
            throw new InvalidOperationException(
                $"Tuples nest at most {TupleLimits.MaxNestingDepth} levels deep; keys should nest one or two.");
        }

        return 2 + (nested is object?[] array ? ElementsSize(array, depth + 1) : ElementsSize(nested, depth + 1));
    }

    // Arrays, which views and keys pass almost always, are read as spans: through IReadOnlyList every
    // element was an interface call.
    private static int ElementsSize(ReadOnlySpan<object?> elements, int depth)
    {
        var size = 0;
        foreach (var element in elements)
        {
            size += ElementSize(element, depth);
        }

        return size;
    }

    private static int ElementsSize(IReadOnlyList<object?> elements, int depth)
    {
        var size = 0;
        for (var i = 0; i < elements.Count; i++)
        {
            size += ElementSize(elements[i], depth);
        }

        return size;
    }

    private static void WriteElements(ref TupleWriter writer, ReadOnlySpan<object?> elements)
    {
        foreach (var element in elements)
        {
            WriteElement(ref writer, element);
        }
    }

    private static int IntegerSize(ulong magnitude) => 1 + (magnitude == 0 ? 0 : 8 - (BitOperations.LeadingZeroCount(magnitude) / 8));

    private static int BigIntegerSize(BigInteger value)
    {
        var magnitudeBytes = BigInteger.Abs(value).GetByteCount(isUnsigned: true);
        return magnitudeBytes <= 8 ? 1 + (value.IsZero ? 0 : magnitudeBytes) : 2 + magnitudeBytes;
    }

    private static ArgumentException Unsupported(object element) => new(
        $"Cannot pack a {element.GetType().Name} as a tuple element. Supported: null, bool, integers (up to BigInteger), " +
        "float, double, Guid, Versionstamp, string, byte[], ReadOnlyMemory<byte> and IReadOnlyList<object?> for nested tuples.",
        nameof(element));
}
