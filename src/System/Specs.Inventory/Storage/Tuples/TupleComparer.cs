using System.Numerics;

namespace Specs.Inventory.Storage.Tuples;

/// <summary>
/// Orders tuples in object form the way FoundationDB defines their order, from the values themselves:
/// element by element; a shorter tuple before a longer one it prefixes; elements of different kinds
/// by type code (null, bytes, string, nested, integer, float, double, boolean, UUID, versionstamp);
/// integers by value whatever their CLR type; strings by Unicode code point; floats by IEEE total order
/// (-0.0 before 0.0, NaNs at the ends by sign); false before true; UUIDs by their RFC 4122 bytes.
/// It is written independently of the encoding so that a test can check one against the other.
/// </summary>
public sealed class TupleComparer : IComparer<IReadOnlyList<object?>>
{
    public static TupleComparer Instance { get; } = new();

    private TupleComparer()
    {
    }

    public int Compare(IReadOnlyList<object?>? x, IReadOnlyList<object?>? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var shared = Math.Min(x.Count, y.Count);
        for (var index = 0; index < shared; index++)
        {
            var byElement = CompareElements(x[index], y[index]);
            if (byElement != 0)
            {
                return byElement;
            }
        }

        return x.Count.CompareTo(y.Count);
    }

    /// <summary>Orders two elements in object form.</summary>
    public static int CompareElements(object? left, object? right)
    {
        var byKind = Rank(left).CompareTo(Rank(right));
        if (byKind != 0)
        {
            return byKind;
        }

        return (left, right) switch
        {
            (null, null) => 0,
            (string a, string b) => CompareCodePoints(a, b),
            (IReadOnlyList<object?> a, IReadOnlyList<object?> b) => Instance.Compare(a, b),
            (float a, float b) => TotalOrderKey(a).CompareTo(TotalOrderKey(b)),
            (double a, double b) => TotalOrderKey(a).CompareTo(TotalOrderKey(b)),
            (bool a, bool b) => a.CompareTo(b),
            (Guid a, Guid b) => a.CompareTo(b),
            (Versionstamp a, Versionstamp b) => a.CompareTo(b),
            _ when Rank(left) == TupleTypeCode.Bytes => BytesOf(left!).SequenceCompareTo(BytesOf(right!)),
            _ => IntegerOf(left!).CompareTo(IntegerOf(right!)),
        };
    }

    private static int Rank(object? element) => element switch
    {
        null => TupleTypeCode.Null,
        byte[] or ReadOnlyMemory<byte> => TupleTypeCode.Bytes,
        string => TupleTypeCode.String,
        IReadOnlyList<object?> => TupleTypeCode.Nested,
        sbyte or byte or short or ushort or int or uint or long or ulong or BigInteger => TupleTypeCode.IntegerZero,
        float => TupleTypeCode.Single,
        double => TupleTypeCode.Double,
        bool => TupleTypeCode.False,
        Guid => TupleTypeCode.Uuid,
        Versionstamp => TupleTypeCode.Versionstamp,
        _ => throw new ArgumentException($"A {element.GetType().Name} is not a tuple element.", nameof(element)),
    };

    private static ReadOnlySpan<byte> BytesOf(object element) =>
        element is byte[] array ? array : ((ReadOnlyMemory<byte>)element).Span;

    private static BigInteger IntegerOf(object element) => element switch
    {
        BigInteger value => value,
        ulong value => value,
        long value => value,
        int value => value,
        uint value => value,
        short value => value,
        ushort value => value,
        sbyte value => value,
        byte value => value,
        _ => throw new ArgumentException($"A {element.GetType().Name} is not an integer.", nameof(element)),
    };

    /// <summary>UTF-8 bytes order as code points do; UTF-16 code units do not (surrogates sort below U+E000).</summary>
    private static int CompareCodePoints(string left, string right)
    {
        var leftRunes = left.EnumerateRunes();
        var rightRunes = right.EnumerateRunes();
        while (true)
        {
            var leftMore = leftRunes.MoveNext();
            var rightMore = rightRunes.MoveNext();
            if (!leftMore || !rightMore)
            {
                return leftMore.CompareTo(rightMore);
            }

            var byRune = leftRunes.Current.Value.CompareTo(rightRunes.Current.Value);
            if (byRune != 0)
            {
                return byRune;
            }
        }
    }

    /// <summary>Maps a float's bits to a signed integer that orders as IEEE totalOrder.</summary>
    private static int TotalOrderKey(float value)
    {
        var bits = BitConverter.SingleToInt32Bits(value);
        return bits ^ ((bits >> 31) & int.MaxValue);
    }

    private static long TotalOrderKey(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        return bits ^ ((bits >> 63) & long.MaxValue);
    }
}
