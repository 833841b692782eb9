using System.Numerics;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Tests.Storage.Tuples;

/// <summary>
/// Byte-exact test vectors published by FoundationDB, kept here as data:
/// - apple/foundationdb design/tuple.md (the document of record for the type codes);
/// - apple/foundationdb bindings/java/src/junit/com/apple/foundationdb/tuple/TupleSerializationTest.java.
/// Copyright 2013-2026 Apple Inc. and the FoundationDB project authors, licensed under the Apache
/// License, Version 2.0 (http://www.apache.org/licenses/LICENSE-2.0). Only the values and their
/// encodings are taken; the test code is ours.
/// </summary>
public sealed class PublishedVectorsTests
{
    private static readonly BigInteger TwoTo64 = BigInteger.One << 64;

    private static readonly Dictionary<string, (object?[] Elements, string Hex)> Vectors = new()
    {
        // design/tuple.md
        ["design: byte string with zero"] = ([Ascii("foo\0bar")], "01666F6F00FF62617200"),
        ["design: unicode string"] = (["F\u00d4O\u0000bar"], "0246C3944F00FF62617200"),
        ["design: nested tuple"] = ([new object?[] { Ascii("foo\0bar"), null, Array.Empty<object?>() }], "0501666F6F00FF6261720000FF050000"),
        ["design: -5551212"] = ([-5551212L], "11AB4B93"),
        ["design: -42f"] = ([-42f], "203DD7FFFF"),

        // TupleSerializationTest.serializedForms
        ["empty tuple"] = ([], ""),
        ["0"] = ([0L], "14"),
        ["BigInteger 0"] = ([BigInteger.Zero], "14"),
        ["1"] = ([1L], "1501"),
        ["BigInteger 1"] = ([BigInteger.One], "1501"),
        ["-1"] = ([-1L], "13FE"),
        ["BigInteger -1"] = ([BigInteger.MinusOne], "13FE"),
        ["255"] = ([255L], "15FF"),
        ["-255"] = ([-255L], "1300"),
        ["256"] = ([256L], "160100"),
        ["-256"] = ([-256L], "12FEFF"),
        ["65536"] = ([65536], "17010000"),
        ["-65536"] = ([-65536], "11FEFFFF"),
        ["long.MaxValue"] = ([long.MaxValue], "1C7FFFFFFFFFFFFFFF"),
        ["BigInteger long.MaxValue"] = ([(BigInteger)long.MaxValue], "1C7FFFFFFFFFFFFFFF"),
        ["long.MaxValue + 1"] = ([(BigInteger)long.MaxValue + 1], "1C8000000000000000"),
        ["ulong long.MaxValue + 1"] = ([(ulong)long.MaxValue + 1], "1C8000000000000000"),
        ["2^64 - 1"] = ([TwoTo64 - 1], "1CFFFFFFFFFFFFFFFF"),
        ["ulong.MaxValue"] = ([ulong.MaxValue], "1CFFFFFFFFFFFFFFFF"),
        ["2^64"] = ([TwoTo64], "1D09010000000000000000"),
        ["-(2^32 - 1)"] = ([-((1L << 32) - 1)], "1000000000"),
        ["long.MinValue + 2"] = ([long.MinValue + 2], "0C8000000000000001"),
        ["long.MinValue + 1"] = ([long.MinValue + 1], "0C8000000000000000"),
        ["long.MinValue"] = ([long.MinValue], "0C7FFFFFFFFFFFFFFF"),
        ["BigInteger long.MinValue"] = ([(BigInteger)long.MinValue], "0C7FFFFFFFFFFFFFFF"),
        ["long.MinValue - 1"] = ([(BigInteger)long.MinValue - 1], "0C7FFFFFFFFFFFFFFE"),
        ["-(2^64 - 1)"] = ([-(TwoTo64 - 1)], "0C0000000000000000"),
        ["3.14f"] = ([3.14f], "20C048F5C3"),
        ["-3.14f"] = ([-3.14f], "203FB70A3C"),
        ["3.14"] = ([3.14], "21C0091EB851EB851F"),
        ["-3.14"] = ([-3.14], "213FF6E147AE147AE0"),
        ["0.0f"] = ([0f], "2080000000"),
        ["-0.0f"] = ([-0f], "207FFFFFFF"),
        ["0.0"] = ([0d], "218000000000000000"),
        ["-0.0"] = ([-0d], "217FFFFFFFFFFFFFFF"),
        ["float +infinity"] = ([float.PositiveInfinity], "20FF800000"),
        ["float -infinity"] = ([float.NegativeInfinity], "20007FFFFF"),
        ["double +infinity"] = ([double.PositiveInfinity], "21FFF0000000000000"),
        ["double -infinity"] = ([double.NegativeInfinity], "21000FFFFFFFFFFFFF"),
        ["float NaN 0x7FFFFFFF"] = ([BitConverter.Int32BitsToSingle(int.MaxValue)], "20FFFFFFFF"),
        ["double NaN 0x7FFF..."] = ([BitConverter.Int64BitsToDouble(long.MaxValue)], "21FFFFFFFFFFFFFFFF"),
        ["float NaN 0xFFFFFFFF"] = ([BitConverter.Int32BitsToSingle(~0)], "2000000000"),
        ["double NaN 0xFFFF..."] = ([BitConverter.Int64BitsToDouble(~0L)], "210000000000000000"),
        ["empty bytes"] = ([Array.Empty<byte>()], "0100"),
        ["bytes 01 02 03"] = ([new byte[] { 1, 2, 3 }], "0101020300"),
        ["bytes 00 00 00 04"] = ([new byte[] { 0, 0, 0, 4 }], "0100FF00FF00FF0400"),
        ["empty string"] = ([""], "0200"),
        ["hello"] = (["hello"], "0268656C6C6F00"),
        ["Chinese"] = (["\u4e2d\u6587"], "02E4B8ADE6968700"),
        ["Greek"] = (["\u03bc\u03ac\u03b8\u03b7\u03bc\u03b1"], "02CEBCCEACCEB8CEB7CEBCCEB100"),
        ["fire emoji"] = (["\ud83d\udd25"], "02F09F94A500"),
        ["bagel emoji"] = (["\ud83e\udd6f"], "02F09FA5AF00"),
        ["sloth emoji"] = ([char.ConvertFromUtf32(0x1f9a5)], "02F09FA6A500"),
        ["maximum code point"] = ([char.ConvertFromUtf32(0x10FFFF)], "02F48FBFBF00"),
        ["nested (null)"] = ([new object?[] { null }], "0500FF00"),
        ["nested (null, hello)"] = ([new object?[] { null, "hello" }], "0500FF0268656C6C6F0000"),
        ["nested list (null, hello)"] = ([new List<object?> { null, "hello" }], "0500FF0268656C6C6F0000"),
        ["nested (null, hell\\0)"] = ([new object?[] { null, "hell\0" }], "0500FF0268656C6C00FF0000"),
        ["(nested (null), hello)"] = ([new object?[] { null }, "hello"], "0500FF000268656C6C6F00"),
        ["(nested (null), hello, 01 00, empty bytes)"] = (
            [new object?[] { null }, "hello", new byte[] { 1, 0 }, Array.Empty<byte>()],
            "0500FF000268656C6C6F00010100FF000100"),
        ["UUID ba5eba11 5ca1ab1e"] = ([new Guid(Convert.FromHexString("FFFFFFFFBA5EBA11000000005CA1AB1E"), bigEndian: true)], "30FFFFFFFFBA5EBA11000000005CA1AB1E"),
        ["false"] = ([false], "26"),
        ["true"] = ([true], "27"),
        ["short 0x3019"] = ([(short)0x3019], "163019"),
        ["byte 3"] = ([(byte)3], "1503"),
        ["versionstamp user 0"] = ([new Versionstamp(Convert.FromHexString("AABBCCDDEEFF00010203"), 0)], "33AABBCCDDEEFF000102030000"),
        ["versionstamp user 657"] = ([new Versionstamp(Convert.FromHexString("0102030405060708090A"), 657)], "330102030405060708090A0291"),
    };

    public static TheoryData<string> Names => [.. Vectors.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Packing_gives_the_published_bytes(string name)
    {
        var (elements, hex) = Vectors[name];

        Assert.Equal(hex, Convert.ToHexString(TupleCodec.Pack(elements)));
        Assert.Equal(hex.Length / 2, TupleCodec.GetPackedSize(elements));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Unpacking_the_published_bytes_gives_the_values(string name)
    {
        var (elements, hex) = Vectors[name];

        TupleAssert.UnpacksTo(elements, TupleCodec.Unpack(Convert.FromHexString(hex)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Skipping_every_element_of_the_published_bytes_reaches_the_end(string name)
    {
        var bytes = Convert.FromHexString(Vectors[name].Hex);
        var reader = new TupleReader(bytes);
        var skipped = 0;

        while (!reader.End)
        {
            reader.SkipElement();
            skipped++;
        }

        Assert.Equal(Vectors[name].Elements.Length, skipped);
        Assert.Equal(bytes.Length, reader.Offset);
    }

    private static byte[] Ascii(string text) => [.. text.Select(character => (byte)character)];
}
