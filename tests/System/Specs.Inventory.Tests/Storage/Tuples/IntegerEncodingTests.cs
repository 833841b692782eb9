using System.Numerics;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Tests.Storage.Tuples;

/// <summary>
/// Integers around every byte-width boundary. The expected bytes are derived from the rule in
/// design/tuple.md (type code 0x14 ± payload size; positives big-endian, negatives one's complement;
/// 0x0B/0x1D with a length byte beyond 8 bytes), independently of the writer's arithmetic.
/// </summary>
public sealed class IntegerEncodingTests
{
    public static TheoryData<int> Widths => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Widths))]
    public void The_largest_integer_of_a_width_fills_that_width_with_FF(int width)
    {
        var largest = (BigInteger.One << (8 * width)) - 1;

        AssertEncodes(largest, (byte)(0x14 + width), Repeat(0xFF, width));
        AssertEncodes(-largest, (byte)(0x14 - width), Repeat(0x00, width));
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void One_past_the_largest_integer_of_a_width_takes_the_next_width(int width)
    {
        var next = BigInteger.One << (8 * width);
        if (width < 8)
        {
            AssertEncodes(next, (byte)(0x14 + width + 1), [0x01, .. Repeat(0x00, width)]);
            AssertEncodes(-next, (byte)(0x14 - width - 1), [0xFE, .. Repeat(0xFF, width)]);
        }
        else
        {
            AssertEncodes(next, 0x1D, [0x09, 0x01, .. Repeat(0x00, 8)]);
            AssertEncodes(-next, 0x0B, [0xF6, 0xFE, .. Repeat(0xFF, 8)]);
        }
    }

    [Fact]
    public void Long_ulong_and_BigInteger_writers_agree_wherever_their_ranges_overlap()
    {
        long[] values = [0, 1, -1, 127, 128, -128, -129, 255, -255, 256, -256, 65535, -65536, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue, long.MinValue + 1];
        foreach (var value in values)
        {
            var fromLong = Pack((ref TupleWriter writer) => writer.Write(value));
            Assert.Equal(fromLong, Pack((ref TupleWriter writer) => writer.Write((BigInteger)value)));
            if (value >= 0)
            {
                Assert.Equal(fromLong, Pack((ref TupleWriter writer) => writer.Write((ulong)value)));
            }
        }
    }

    [Fact]
    public void Reading_picks_the_narrowest_type_that_holds_the_value()
    {
        var values = TupleCodec.Unpack(TupleCodec.Pack(long.MaxValue, (ulong)long.MaxValue + 1, ulong.MaxValue, (BigInteger)ulong.MaxValue + 1, long.MinValue, (BigInteger)long.MinValue - 1));

        Assert.Equal<object?>(long.MaxValue, values[0]);
        Assert.Equal<object?>((ulong)long.MaxValue + 1, values[1]);
        Assert.Equal<object?>(ulong.MaxValue, values[2]);
        Assert.Equal<object?>((BigInteger)ulong.MaxValue + 1, values[3]);
        Assert.Equal<object?>(long.MinValue, values[4]);
        Assert.Equal<object?>((BigInteger)long.MinValue - 1, values[5]);
    }

    [Fact]
    public void ReadInt64_refuses_an_integer_over_long_MaxValue_and_ReadUInt64_a_negative_one()
    {
        var tooLarge = Assert.Throws<TupleFormatException>(() => new TupleReader(TupleCodec.Pack((ulong)long.MaxValue + 1)).ReadInt64());
        var negative = Assert.Throws<TupleFormatException>(() => new TupleReader(TupleCodec.Pack(-1L)).ReadUInt64());
        var big = Assert.Throws<TupleFormatException>(() => new TupleReader(TupleCodec.Pack(BigInteger.One << 64)).ReadUInt64());

        Assert.All([tooLarge, negative, big], failure => Assert.Equal(TupleProblem.IntegerOutOfRange, failure.Problem));
        Assert.Contains("does not fit a long", tooLarge.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_extreme_longs_and_ulongs_read_back_exactly()
    {
        var packed = TupleCodec.Pack(long.MinValue, long.MaxValue, ulong.MaxValue, 0L);
        var reader = new TupleReader(packed);

        Assert.Equal(long.MinValue, reader.ReadInt64());
        Assert.Equal(long.MaxValue, reader.ReadInt64());
        Assert.Equal(ulong.MaxValue, reader.ReadUInt64());
        Assert.Equal(0UL, reader.ReadUInt64());
        Assert.True(reader.End);
    }

    [Fact]
    public void Big_integers_up_to_255_bytes_round_trip_and_longer_ones_are_refused()
    {
        var largest = (BigInteger.One << (8 * 255)) - 1;

        foreach (var value in new[] { largest, -largest, (BigInteger.One << 72) + 12345, -(BigInteger.One << 72) - 12345 })
        {
            var packed = TupleCodec.Pack(value);
            Assert.Equal(value, new TupleReader(packed).ReadBigInteger());
        }

        Assert.Equal([0x1D, 0xFF, .. Repeat(0xFF, 255)], TupleCodec.Pack(largest));
        Assert.Equal([0x0B, 0x00, .. Repeat(0x00, 255)], TupleCodec.Pack(-largest));
        var failure = Assert.Throws<ArgumentOutOfRangeException>(() => Pack((ref TupleWriter writer) => writer.Write(largest + 1)));
        Assert.Contains("255", failure.Message, StringComparison.Ordinal);
    }

    private static void AssertEncodes(BigInteger value, byte code, byte[] payload)
    {
        byte[] expected = [code, .. payload];
        Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(Pack((ref TupleWriter writer) => writer.Write(value))));
        Assert.Equal(value, new TupleReader(expected).ReadBigInteger());
        TupleAssert.UnpacksTo([value], TupleCodec.Unpack(expected));
    }

    private delegate void WriteAction(ref TupleWriter writer);

    private static byte[] Pack(WriteAction write)
    {
        var buffer = new byte[300];
        var writer = new TupleWriter(buffer);
        write(ref writer);
        return writer.Written.ToArray();
    }

    private static byte[] Repeat(byte value, int count) => Enumerable.Repeat(value, count).ToArray();
}
