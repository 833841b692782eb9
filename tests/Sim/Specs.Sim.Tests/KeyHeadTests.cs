using Specs.Sim.Storage;

namespace Specs.Sim.Tests;

// The tree orders keys by their heads (first eight bytes) and looks at the whole key only when the heads agree
// (KeyHead): around the head's length, with zero bytes that look like its padding, and with shared prefixes,
// that must agree with comparing the keys as unsigned bytes.
public sealed class KeyHeadTests
{
    private static readonly byte[] Bytes = [0x00, 0x01, 0x7F, 0x80, 0xFF];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Comparing_by_head_orders_keys_as_unsigned_bytes(int seed)
    {
        var random = new Random(seed);
        for (var step = 0; step < 20000; step++)
        {
            var shared = Key(random, random.Next(13));
            var a = (byte[])[.. shared, .. Key(random, random.Next(5))];
            var b = (byte[])[.. shared, .. Key(random, random.Next(5))];
            var node = new SortedTree.Node(b, [], owner: null);
            var expected = Math.Sign(a.AsSpan().SequenceCompareTo(b));
            Assert.True(
                expected == Math.Sign(KeyHead.Compare(a, KeyHead.Of(a), node)),
                $"{Convert.ToHexString(a)} against {Convert.ToHexString(b)}: expected {expected}");
        }
    }

    private static byte[] Key(Random random, int length)
    {
        var key = new byte[length];
        for (var i = 0; i < length; i++)
        {
            key[i] = Bytes[random.Next(Bytes.Length)];
        }

        return key;
    }
}
