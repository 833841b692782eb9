using Specs.Inventory.Storage.Tuples;
using Specs.Inventory.Tests.Tooling;

namespace Specs.Inventory.Tests.Storage.Tuples;

public sealed class RoundTripProperties
{
    [Fact]
    public void Any_tuple_packs_and_unpacks_to_an_equal_tuple()
    {
        Property.ForAll(TupleGenerators.Tuple(narrow: false), elements =>
        {
            var packed = TupleCodec.Pack(elements);
            var unpacked = TupleCodec.Unpack(packed);

            TupleAssert.UnpacksTo(elements, unpacked);
            Assert.Equal(packed.Length, TupleCodec.GetPackedSize(elements));
            Assert.Equal(0, TupleCodec.Compare(elements, unpacked));
            Assert.Equal(packed, TupleCodec.Pack([.. unpacked]));
        }, seed: 7_001, iterations: 3_000);
    }

    [Fact]
    public void Packing_elements_one_after_another_equals_packing_them_together()
    {
        Property.ForAll(Gen2(), pair =>
        {
            var (left, right) = pair;

            Assert.Equal(
                Convert.ToHexString([.. TupleCodec.Pack(left), .. TupleCodec.Pack(right)]),
                Convert.ToHexString(TupleCodec.Pack([.. left, .. right])));
        }, seed: 7_002, iterations: 1_000);
    }

    [Fact]
    public void Elements_pack_alike_as_arrays_and_as_lists_at_every_level()
    {
        // Arrays take a span path through the codec and other lists the interface: the bytes must not tell them apart.
        Property.ForAll(TupleGenerators.Tuple(narrow: false), elements =>
        {
            var asLists = AsLists(elements);
            var packed = TupleCodec.Pack(elements);

            Assert.Equal(packed, TupleCodec.Pack([], asLists));
            Assert.Equal(packed.Length, TupleCodec.GetPackedSize(asLists));
        }, seed: 7_003, iterations: 1_000);
    }

    [Fact]
    public void A_string_array_packs_as_the_object_array_of_its_strings()
    {
        string[] codes = ["a", "\0b", "é"];

        Assert.Equal(TupleCodec.Pack(1L, new object?[] { "a", "\0b", "é" }), TupleCodec.Pack(1L, codes));
        Assert.Equal(TupleCodec.Pack("a", "\0b", "é"), TupleCodec.Pack([], codes));
    }

    private static List<object?> AsLists(IReadOnlyList<object?> elements) =>
        [.. elements.Select(element => element is IReadOnlyList<object?> nested ? AsLists(nested) : element)];

    private static CsCheck.Gen<(object?[], object?[])> Gen2() =>
        CsCheck.Gen.Select(TupleGenerators.Tuple(narrow: false), TupleGenerators.Tuple(narrow: false));
}
