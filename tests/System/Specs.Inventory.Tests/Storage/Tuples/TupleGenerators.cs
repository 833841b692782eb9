using System.Numerics;
using CsCheck;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Tests.Storage.Tuples;

/// <summary>
/// Generators of tuples in object form. The wide ones range over every supported type and value
/// shape; the narrow ones draw from small pools so that two tuples often share elements, which is
/// what makes an order property hard.
/// </summary>
internal static class TupleGenerators
{
    public const int MaxDepth = 3;

    public static Gen<object?[]> Tuple(bool narrow, int maxLength = 5) => Element(narrow, depth: 0).Array[0, maxLength];

    /// <summary>Pairs of tuples that share a prefix of one generated tuple, then differ (or not).</summary>
    public static Gen<(object?[] Left, object?[] Right)> PairsSharingPrefixes() =>
        Gen.Select(Tuple(narrow: true), Gen.Int[0, 5], Tuple(narrow: true, 3), Gen.Int[0, 5], Tuple(narrow: true, 3))
            .Select((shared, leftKeep, leftTail, rightKeep, rightTail) => (
                shared.Take(leftKeep).Concat(leftTail).ToArray(),
                shared.Take(rightKeep).Concat(rightTail).ToArray()));

    public static Gen<object?> Element(bool narrow, int depth)
    {
        var scalars = new List<(int, IGen<object?>)>
        {
            (1, Gen.Bool.Select(_ => (object?)null)),
            (4, narrow ? NarrowIntegers : Integers),
            (3, narrow ? NarrowStrings : Strings),
            (3, narrow ? NarrowBytes : Bytes),
            (1, Gen.Bool.Select(value => (object?)value)),
            (2, Singles),
            (2, Doubles),
            (1, narrow ? NarrowGuids : Guids),
            (1, narrow ? NarrowVersionstamps : Versionstamps),
        };
        if (depth < MaxDepth)
        {
            scalars.Add((2, Gen.Select(
                Element(narrow, depth + 1).Array[0, 3],
                Gen.Bool,
                (elements, asList) => (object?)(asList ? elements.ToList() : elements))));
        }

        return Gen.Frequency([.. scalars]);
    }

    private static readonly Gen<object?> Integers = Gen.Frequency(
        (3, Gen.Long.Select(value => (object?)value)),
        (1, Gen.Int.Select(value => (object?)value)),
        (2, Gen.Long[-300, 300].Select(value => (object?)value)),
        (2, Gen.Select(Gen.Int[0, 9], Gen.Int[-1, 1], Gen.Bool, (bytes, nudge, negative) =>
            (object?)Signed((BigInteger.One << (8 * bytes)) + nudge, negative))),
        (1, Gen.ULong[(ulong)long.MaxValue + 1, ulong.MaxValue].Select(value => (object?)value)),
        (1, Gen.Select(Gen.Byte.Array[9, 24], Gen.Bool, (magnitude, negative) =>
            (object?)Signed(new BigInteger(magnitude, isUnsigned: true, isBigEndian: true), negative))));

    private static readonly Gen<object?> NarrowIntegers = Gen.Frequency(
        (4, Gen.Long[-3, 3].Select(value => (object?)value)),
        (1, Gen.OneOf<object?>(255L, 256L, -255L, -256L, long.MaxValue, long.MinValue, ulong.MaxValue,
            (BigInteger)ulong.MaxValue + 1, -(BigInteger)ulong.MaxValue - 1, (short)2, 2u)));

    // Pieces chosen to meet at the hard spots: zero bytes (escaped), U+E000 and U+FFFF (above the
    // surrogates in UTF-16 but below them in UTF-8) and a surrogate pair.
    private static readonly Gen<object?> NarrowStrings = Gen.OneOf("", "\0", "a", "b", "ab", "é", "\uE000", "\uFFFF", "🔥")
        .Array[0, 3].Select(pieces => (object?)string.Concat(pieces));

    private static readonly Gen<object?> Strings = Gen.Frequency(
        (2, NarrowStrings),
        (1, Gen.Int[0, 0x10FFFF].Where(codePoint => codePoint is < 0xD800 or > 0xDFFF).Array[0, 6]
            .Select(codePoints => (object?)string.Concat(codePoints.Select(char.ConvertFromUtf32)))));

    private static readonly Gen<object?> NarrowBytes = Gen.Frequency(
        (4, Gen.OneOf<byte>(0x00, 0x01, 0x61, 0xFE, 0xFF).Array[0, 4].Select(bytes => (object?)bytes)),
        (1, Gen.OneOf<byte>(0x00, 0xFF, 0x61).Array[0, 3].Select(bytes => (object?)new ReadOnlyMemory<byte>(bytes))));

    private static readonly Gen<object?> Bytes = Gen.Frequency(
        (2, NarrowBytes),
        (1, Gen.Byte.Array[0, 10].Select(bytes => (object?)bytes)));

    private static readonly Gen<object?> Singles = Gen.Frequency(
        (1, Gen.OneOf(0f, -0f, 1f, -1f, float.NaN, -float.NaN, float.PositiveInfinity, float.NegativeInfinity, float.Epsilon)
            .Select(value => (object?)value)),
        (1, Gen.UInt.Select(bits => (object?)BitConverter.UInt32BitsToSingle(bits))));

    private static readonly Gen<object?> Doubles = Gen.Frequency(
        (1, Gen.OneOf(0d, -0d, 1d, -1d, 3.14, double.NaN, -double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon)
            .Select(value => (object?)value)),
        (1, Gen.ULong.Select(bits => (object?)BitConverter.UInt64BitsToDouble(bits))));

    private static readonly Gen<object?> Guids = Gen.Byte.Array[16, 16].Select(bytes => (object?)new Guid(bytes, bigEndian: true));

    private static readonly Gen<object?> NarrowGuids = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2], (high, low) =>
    {
        var bytes = new byte[16];
        bytes[0] = (byte)(high * 0x7F);
        bytes[15] = (byte)(low * 0x7F);
        return (object?)new Guid(bytes, bigEndian: true);
    });

    private static readonly Gen<object?> Versionstamps = Gen.Select(Gen.ULong, Gen.UShort, Gen.UShort,
        (database, batch, user) => (object?)new Versionstamp(database, batch, user));

    private static readonly Gen<object?> NarrowVersionstamps = Gen.Select(Gen.OneOf(0ul, 1ul, ulong.MaxValue), Gen.UShort[0, 1], Gen.UShort[0, 1],
        (database, batch, user) => (object?)new Versionstamp(database, batch, user));

    private static BigInteger Signed(BigInteger magnitude, bool negative) => negative ? -magnitude : magnitude;
}
