using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Tests.Storage.Tuples;

public sealed class FloatEncodingTests
{
    // .NET's float.NaN and double.NaN have the sign bit set, so the NaNs are spelled out by their bits.
    private static readonly float NegativeSingleNaN = BitConverter.UInt32BitsToSingle(0xFFC0_0000);
    private static readonly float PositiveSingleNaN = BitConverter.UInt32BitsToSingle(0x7FC0_0000);
    private static readonly double NegativeDoubleNaN = BitConverter.UInt64BitsToDouble(0xFFF8_0000_0000_0000);
    private static readonly double PositiveDoubleNaN = BitConverter.UInt64BitsToDouble(0x7FF8_0000_0000_0000);

    [Fact]
    public void Special_floats_sort_in_IEEE_total_order_by_their_bytes()
    {
        float[] ascending = [NegativeSingleNaN, float.NegativeInfinity, float.MinValue, -1f, -float.Epsilon, -0f, 0f, float.Epsilon, 1f, float.MaxValue, float.PositiveInfinity, PositiveSingleNaN];

        AssertStrictlyAscending(ascending.Select(value => TupleCodec.Pack(value)));
    }

    [Fact]
    public void Special_doubles_sort_in_IEEE_total_order_by_their_bytes()
    {
        double[] ascending = [NegativeDoubleNaN, double.NegativeInfinity, double.MinValue, -1d, -double.Epsilon, -0d, 0d, double.Epsilon, 1d, double.MaxValue, double.PositiveInfinity, PositiveDoubleNaN];

        AssertStrictlyAscending(ascending.Select(value => TupleCodec.Pack(value)));
    }

    [Fact]
    public void NaN_payloads_and_negative_zero_survive_a_round_trip_bit_for_bit()
    {
        var quietNaN = BitConverter.UInt32BitsToSingle(0x7FC0_1234);
        var signallingNaN = BitConverter.UInt64BitsToDouble(0xFFF0_0000_0000_0001);
        var reader = new TupleReader(TupleCodec.Pack(quietNaN, signallingNaN, -0f, -0d));

        Assert.Equal(0x7FC0_1234u, BitConverter.SingleToUInt32Bits(reader.ReadSingle()));
        Assert.Equal(0xFFF0_0000_0000_0001ul, BitConverter.DoubleToUInt64Bits(reader.ReadDouble()));
        Assert.True(float.IsNegative(reader.ReadSingle()));
        Assert.True(double.IsNegative(reader.ReadDouble()));
    }

    [Fact]
    public void A_float_and_a_double_are_different_kinds_and_not_interchangeable()
    {
        var failure = Assert.Throws<TupleFormatException>(() => new TupleReader(TupleCodec.Pack(1f)).ReadDouble());

        Assert.Equal(TupleProblem.UnexpectedType, failure.Problem);
        Assert.Contains("expected a double at offset 0, found a float (0x20)", failure.Message, StringComparison.Ordinal);
    }

    private static void AssertStrictlyAscending(IEnumerable<byte[]> encodings)
    {
        var list = encodings.ToList();
        for (var index = 1; index < list.Count; index++)
        {
            Assert.True(
                list[index - 1].AsSpan().SequenceCompareTo(list[index]) < 0,
                $"{Convert.ToHexString(list[index - 1])} should sort before {Convert.ToHexString(list[index])}");
        }
    }
}
