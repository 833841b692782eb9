using System.Numerics;

namespace Specs.Inventory.Tests.Storage.Tuples;

/// <summary>Compares tuples in object form exactly: CLR types as Unpack documents them, floats bit for bit.</summary>
internal static class TupleAssert
{
    /// <summary>Asserts that <paramref name="actual"/> is what unpacking <paramref name="packed"/> elements must give.</summary>
    public static void UnpacksTo(IReadOnlyList<object?> packed, IReadOnlyList<object?> actual)
    {
        var expected = Normalize(packed);
        Assert.True(DeepEqual(expected, actual), $"expected {Show(expected)}, got {Show(actual)}");
    }

    /// <summary>The object form Unpack returns for <paramref name="elements"/>.</summary>
    public static IReadOnlyList<object?> Normalize(IReadOnlyList<object?> elements) => elements.Select(NormalizeElement).ToList();

    public static string Show(object? element) => element switch
    {
        null => "null",
        string text => $"\"{text}\"",
        byte[] bytes => $"bytes[{Convert.ToHexString(bytes)}]",
        IReadOnlyList<object?> nested => $"({string.Join(", ", nested.Select(Show))})",
        float value => $"{value}f(0x{BitConverter.SingleToUInt32Bits(value):X8})",
        double value => $"{value}d(0x{BitConverter.DoubleToUInt64Bits(value):X16})",
        _ => $"{element}:{element.GetType().Name}",
    };

    private static object? NormalizeElement(object? element) => element switch
    {
        ReadOnlyMemory<byte> memory => memory.ToArray(),
        sbyte or byte or short or ushort or int or uint or long => Convert.ToInt64(element, null),
        ulong value => value <= long.MaxValue ? (long)value : value,
        BigInteger value when value >= long.MinValue && value <= long.MaxValue => (long)value,
        BigInteger value when value.Sign > 0 && value <= ulong.MaxValue => (ulong)value,
        IReadOnlyList<object?> nested => Normalize(nested),
        _ => element,
    };

    private static bool DeepEqual(object? expected, object? actual) => (expected, actual) switch
    {
        (null, null) => true,
        (byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b),
        (float a, float b) => BitConverter.SingleToUInt32Bits(a) == BitConverter.SingleToUInt32Bits(b),
        (double a, double b) => BitConverter.DoubleToUInt64Bits(a) == BitConverter.DoubleToUInt64Bits(b),
        (IReadOnlyList<object?> a, IReadOnlyList<object?> b) => a.Count == b.Count && a.Zip(b).All(pair => DeepEqual(pair.First, pair.Second)),
        (not null, not null) => expected.GetType() == actual.GetType() && expected.Equals(actual),
        _ => false,
    };
}
