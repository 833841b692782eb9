using CsCheck;
using Specs.Inventory.Storage.Tuples;
using Specs.Inventory.Tests.Tooling;

namespace Specs.Inventory.Tests.Storage.Tuples;

/// <summary>
/// Malformed tuples are refused with <see cref="TupleFormatException"/>, never decoded into garbage.
/// The first twenty cases are the malformed sequences of FoundationDB's Java TuplePackingTest
/// (apple/foundationdb bindings/java/src/junit/com/apple/foundationdb/tuple/TuplePackingTest.java,
/// Copyright 2013-2018 Apple Inc. and the FoundationDB project authors, Apache License 2.0).
/// </summary>
public sealed class MalformedInputTests
{
    private static readonly Dictionary<string, (string Hex, TupleProblem Problem, int Offset)> Cases = new()
    {
        ["bytes without terminator"] = ("01DEADC0DE", TupleProblem.MissingTerminator, 0),
        ["bytes without terminator, escaped zero inside"] = ("01DEAD00FFC0DE", TupleProblem.MissingTerminator, 0),
        ["string without terminator"] = ("0268656C6C6F", TupleProblem.MissingTerminator, 0),
        ["string without terminator, escaped zero inside"] = ("0268656C00FF6C6F", TupleProblem.MissingTerminator, 0),
        ["UTF-8 continuation byte as a start"] = ("0275746608" + "8000", TupleProblem.InvalidUtf8, 0),
        ["UTF-8 bad second byte"] = ("0275746608C00100", TupleProblem.InvalidUtf8, 0),
        ["UTF-8 encoded high surrogate"] = ("0275746610EDA0BD00", TupleProblem.InvalidUtf8, 0),
        ["UTF-8 encoded low surrogate"] = ("0275746610EDB4A500", TupleProblem.InvalidUtf8, 0),
        ["UTF-8 encoded surrogate pair"] = ("0275746610EDA0BDEDB4A500", TupleProblem.InvalidUtf8, 0),
        ["nested tuple without terminator"] = ("050268656C6C6F00", TupleProblem.MissingTerminator, 0),
        ["nested tuple without terminator, null inside"] = ("050268656C6C6F0000FF02746865726500", TupleProblem.MissingTerminator, 0),
        ["positive integer truncated"] = ("1601", TupleProblem.TruncatedInteger, 0),
        ["negative integer truncated"] = ("1201", TupleProblem.TruncatedInteger, 0),
        ["positive big integer truncated"] = ("1D090102030405060708", TupleProblem.BigIntegerLengthOverflow, 0),
        ["negative big integer truncated"] = ("0BF60102030405060708", TupleProblem.BigIntegerLengthOverflow, 0),
        ["float truncated"] = ("20010203", TupleProblem.TruncatedFloat, 0),
        ["double truncated"] = ("2101020304050607", TupleProblem.TruncatedFloat, 0),
        ["UUID truncated"] = ("300102030405060708090A0B0C0D0E", TupleProblem.TruncatedUuid, 0),
        ["versionstamp truncated"] = ("330102030405060708090A0B", TupleProblem.TruncatedVersionstamp, 0),
        ["escape byte as a type code"] = ("FF", TupleProblem.UnknownTypeCode, 0),

        // Ours: offsets past the first element, and the kinds the Java list does not cover.
        ["integer truncated after another element"] = ("15011601", TupleProblem.TruncatedInteger, 2),
        ["big integer without its length byte"] = ("14141D", TupleProblem.TruncatedInteger, 2),
        ["null escape outside a nested tuple"] = ("1400FF", TupleProblem.BadEscape, 2),
        ["deprecated nested tuple code"] = ("140304", TupleProblem.UnknownTypeCode, 1),
        ["reserved long double code"] = ("22000000000000000000", TupleProblem.UnknownTypeCode, 0),
        ["string terminator missing inside a nested tuple"] = ("0515010268", TupleProblem.MissingTerminator, 3),
        ["integer with a leading zero byte"] = ("160001", TupleProblem.NonCanonicalInteger, 0),
        ["negative integer with a leading FF byte"] = ("0268690012FFFE", TupleProblem.NonCanonicalInteger, 4),
        ["big integer that fits in 8 bytes"] = ("1D080102030405060708", TupleProblem.NonCanonicalInteger, 0),
        ["nesting deeper than the limit"] = (string.Concat(Enumerable.Repeat("05", 33)) + string.Concat(Enumerable.Repeat("00", 33)), TupleProblem.NestingTooDeep, 32),
        ["invalid UTF-8 after an escaped zero"] = ("026100FFC300", TupleProblem.InvalidUtf8, 0),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Unpacking_refuses_the_malformed_tuple_naming_the_problem_and_offset(string name)
    {
        var (hex, problem, offset) = Cases[name];

        var failure = Assert.Throws<TupleFormatException>(() => TupleCodec.Unpack(Convert.FromHexString(hex)));

        Assert.Equal((problem, offset), (failure.Problem, failure.Offset));
        Assert.Contains($"offset {offset}", failure.Message, StringComparison.Ordinal);
        Assert.Contains(hex.Length > 128 ? hex[..128] : hex, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Skipping_refuses_the_malformed_tuple_with_the_same_problem_and_offset(string name)
    {
        var (hex, problem, offset) = Cases[name];

        var failure = Assert.Throws<TupleFormatException>(() => SkipAll(Convert.FromHexString(hex)));

        Assert.Equal((problem, offset), (failure.Problem, failure.Offset));
    }

    [Fact]
    public void Reading_the_wrong_kind_names_what_was_expected_what_was_found_and_where()
    {
        var packed = TupleCodec.Pack(new byte[] { 0x61 }, "x");
        var reader = new TupleReader(packed);
        reader.SkipElement();

        TupleFormatException failure;
        try
        {
            reader.ReadInt64();
            throw new InvalidOperationException("ReadInt64 should have refused a string");
        }
        catch (TupleFormatException caught)
        {
            failure = caught;
        }

        Assert.Equal(TupleProblem.UnexpectedType, failure.Problem);
        Assert.Equal(3, failure.Offset);
        Assert.Equal("expected an integer at offset 3, found a string (0x02)", failure.Detail);
        Assert.Equal(3, reader.Offset);
        Assert.Equal("x", reader.ReadString());
    }

    [Fact]
    public void Reading_past_the_end_names_the_end()
    {
        var failure = Assert.Throws<TupleFormatException>(() =>
        {
            var reader = new TupleReader(TupleCodec.Pack(1L));
            reader.ReadInt64();
            reader.ReadBoolean();
        });

        Assert.Equal(TupleProblem.UnexpectedEnd, failure.Problem);
        Assert.Equal("expected a boolean at offset 2, found the end of the tuple", failure.Detail);
    }

    [Fact]
    public void Reading_past_the_end_of_a_nested_tuple_names_the_nested_tuple()
    {
        var packed = TupleCodec.Pack(new object?[] { 1L }, 2L);
        var reader = new TupleReader(packed);
        reader.EnterNested();
        reader.ReadInt64();

        var end = reader.End;
        TupleFormatException? failure = null;
        try
        {
            reader.ReadInt64();
        }
        catch (TupleFormatException caught)
        {
            failure = caught;
        }

        Assert.True(end);
        Assert.NotNull(failure);
        Assert.Equal(TupleProblem.UnexpectedEnd, failure.Problem);
        Assert.Contains("found the end of the nested tuple", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_either_decode_to_a_tuple_that_packs_back_to_them_or_are_refused_as_malformed()
    {
        // Biased towards type codes and the bytes that matter to the framing (00, FF, lengths), and
        // towards mutations of real tuples, so that most inputs get past the first byte.
        var framing = Gen.OneOf<byte>(0x00, 0x01, 0x02, 0x05, 0x0B, 0x0C, 0x13, 0x14, 0x15, 0x16, 0x1C, 0x1D, 0x20, 0x21, 0x26, 0x27, 0x30, 0x33, 0xFF, 0x09, 0xF6, 0x61, 0xC3, 0x80);
        var noise = Gen.Frequency((3, framing), (1, Gen.Byte)).Array[0, 24];
        var mutated = Gen.Select(TupleGenerators.Tuple(narrow: false), Gen.Int[0, 64], Gen.Byte, Gen.Int[0, 2], (elements, position, value, mutation) =>
        {
            var bytes = TupleCodec.Pack(elements).ToList();
            var at = bytes.Count == 0 ? 0 : position % bytes.Count;
            switch (mutation)
            {
                case 0 when bytes.Count > 0: bytes[at] = value; break;
                case 1: bytes.Insert(at, value); break;
                default: bytes.RemoveRange(at, bytes.Count - at); break;
            }

            return bytes.ToArray();
        });

        Property.ForAll(Gen.Frequency((1, noise), (1, mutated)), bytes =>
        {
            var decoded = Decode(bytes, unpack: true);
            var skipped = Decode(bytes, unpack: false);
            Assert.Equal(decoded.Failure?.Problem, skipped.Failure?.Problem);
            Assert.Equal(decoded.Failure?.Offset, skipped.Failure?.Offset);
            if (decoded.Tuple is { } tuple)
            {
                Assert.Equal(Convert.ToHexString(bytes), Convert.ToHexString(TupleCodec.Pack([.. tuple])));
            }
        }, seed: 20240611, iterations: 20_000);
    }

    private static (IReadOnlyList<object?>? Tuple, TupleFormatException? Failure) Decode(byte[] bytes, bool unpack)
    {
        try
        {
            if (unpack)
            {
                return (TupleCodec.Unpack(bytes), null);
            }

            SkipAll(bytes);
            return ([], null);
        }
        catch (TupleFormatException failure)
        {
            return (null, failure);
        }
    }

    private static void SkipAll(byte[] bytes)
    {
        var reader = new TupleReader(bytes);
        while (!reader.End)
        {
            reader.SkipElement();
        }
    }
}
