namespace Specs.Inventory.Storage.Tuples;

/// <summary>
/// The order-preserving transform of IEEE floats: a value with the sign bit set has every bit flipped,
/// any other has only the sign bit flipped. Comparing the results as unsigned big-endian integers then
/// gives IEEE total order (-NaN &lt; -inf &lt; ... &lt; -0.0 &lt; 0.0 &lt; ... &lt; +inf &lt; +NaN). The transform is
/// its own inverse once the direction is known, and keeps NaN payloads bit for bit.
/// </summary>
internal static class OrderedFloat
{
    private const uint SingleSign = 0x8000_0000u;
    private const ulong DoubleSign = 0x8000_0000_0000_0000ul;

    public static uint Encode(float value)
    {
        var bits = BitConverter.SingleToUInt32Bits(value);
        return (bits & SingleSign) != 0 ? ~bits : bits ^ SingleSign;
    }

    public static float DecodeSingle(uint encoded) =>
        BitConverter.UInt32BitsToSingle((encoded & SingleSign) != 0 ? encoded ^ SingleSign : ~encoded);

    public static ulong Encode(double value)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value);
        return (bits & DoubleSign) != 0 ? ~bits : bits ^ DoubleSign;
    }

    public static double DecodeDouble(ulong encoded) =>
        BitConverter.UInt64BitsToDouble((encoded & DoubleSign) != 0 ? encoded ^ DoubleSign : ~encoded);
}
