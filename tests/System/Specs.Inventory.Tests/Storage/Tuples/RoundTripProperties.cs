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

    private static CsCheck.Gen<(object?[], object?[])> Gen2() =>
        CsCheck.Gen.Select(TupleGenerators.Tuple(narrow: false), TupleGenerators.Tuple(narrow: false));
}
