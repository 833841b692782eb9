using Specs.Inventory.Storage.Tuples;
using Specs.Inventory.Tests.Tooling;

namespace Specs.Inventory.Tests.Storage.Tuples;

public sealed class OrderProperties
{
    [Fact]
    public void Packed_bytes_order_as_the_tuples_do()
    {
        var decidedPastTheFirstElement = 0;
        var equal = 0;
        Property.ForAll(TupleGenerators.PairsSharingPrefixes(), pair =>
        {
            var (left, right) = pair;
            var byBytes = Math.Sign(TupleCodec.Pack(left).AsSpan().SequenceCompareTo(TupleCodec.Pack(right)));
            var byValues = Math.Sign(TupleCodec.Compare(left, right));

            Assert.Equal(byValues, byBytes);
            Assert.Equal(-byValues, Math.Sign(TupleCodec.Compare(right, left)));
            if (left.Length > 0 && right.Length > 0 && TupleComparer.CompareElements(left[0], right[0]) == 0)
            {
                decidedPastTheFirstElement++;
            }

            if (byValues == 0)
            {
                equal++;
            }
        }, seed: 9_001, iterations: 10_000);

        // The generator is meant to make the order hard to decide; check that it does.
        Assert.True(decidedPastTheFirstElement > 3_000, $"only {decidedPastTheFirstElement} pairs shared their first element");
        Assert.True(equal > 100, $"only {equal} pairs were equal");
    }

    [Fact]
    public void Code_point_order_not_UTF_16_order_decides_strings()
    {
        // U+E000 is above the surrogates in UTF-16 but below the fire emoji (U+1F525) as a code point.
        string[] ascending = ["", "\0", "a", "a\0", "ab", "é", "\uE000", "\uFFFF", "🔥"];

        for (var index = 1; index < ascending.Length; index++)
        {
            Assert.True(TupleCodec.Compare([ascending[index - 1]], [ascending[index]]) < 0);
            Assert.True(TupleCodec.Pack(ascending[index - 1]).AsSpan().SequenceCompareTo(TupleCodec.Pack(ascending[index])) < 0);
        }
    }

    [Fact]
    public void A_tuple_sorts_before_every_tuple_it_prefixes_even_when_the_next_element_is_null()
    {
        object?[] shorter = ["a"];
        object?[] longer = ["a", null];
        object?[] nestedShorter = [Array.Empty<object?>()];
        object?[] nestedLonger = [new object?[] { null }];

        Assert.True(TupleCodec.Compare(shorter, longer) < 0);
        Assert.True(TupleCodec.Pack(shorter).AsSpan().SequenceCompareTo(TupleCodec.Pack(longer)) < 0);
        Assert.True(TupleCodec.Compare(nestedShorter, nestedLonger) < 0);
        Assert.True(TupleCodec.Pack(nestedShorter).AsSpan().SequenceCompareTo(TupleCodec.Pack(nestedLonger)) < 0);
    }

    [Fact]
    public void Kinds_order_by_type_code()
    {
        object?[] ascending = [null, new byte[] { 0xFF }, "", Array.Empty<object?>(), long.MinValue, -1f, -1d, false, true, Guid.Empty, new Versionstamp(0, 0, 0)];

        for (var index = 1; index < ascending.Length; index++)
        {
            Assert.True(TupleComparer.CompareElements(ascending[index - 1], ascending[index]) < 0, $"element {index - 1} before {index}");
        }
    }
}
