using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Tests.Storage.Tuples;

public sealed class SubspaceTests
{
    private static readonly Subspace Stock = Subspace.Of(2);

    [Fact]
    public void A_subspace_packs_keys_after_its_prefix_and_unpacks_them()
    {
        var key = Stock.Pack("SKU-100", 42L);

        Assert.Equal("1502" + "02534B552D31303000" + "152A", Convert.ToHexString(key));
        Assert.True(Stock.Contains(key));
        TupleAssert.UnpacksTo(["SKU-100", 42L], Stock.Unpack(key));
    }

    [Fact]
    public void Unpacking_a_key_of_another_subspace_is_refused_clearly()
    {
        var other = Subspace.Of(3).Pack("SKU-100");

        var failure = Assert.Throws<KeyOutsideSubspaceException>(() => Stock.Unpack(other));

        Assert.False(Stock.Contains(other));
        Assert.Equal("1502", failure.PrefixHex);
        Assert.Contains(Convert.ToHexString(other), failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_writer_hot_path_builds_the_same_key_as_Pack()
    {
        var id = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        Span<byte> buffer = stackalloc byte[64];

        var writer = Stock.StartWriter(buffer);
        writer.WriteString("SKU-100");
        writer.Write(42L);
        writer.Write(id);

        Assert.Equal(Stock.Pack("SKU-100", 42L, id), writer.Written.ToArray());
        var reader = Stock.Read(writer.Written);
        Assert.Equal("SKU-100", reader.ReadString());
        Assert.Equal(42L, reader.ReadInt64());
        Assert.Equal(id, reader.ReadGuid());
        Assert.True(reader.End);
    }

    [Fact]
    public void A_buffer_smaller_than_the_prefix_is_refused()
    {
        var subspace = new Subspace([1, 2, 3]);

        var failure = Assert.Throws<TupleBufferTooSmallException>(() => subspace.StartWriter(new byte[2]));

        Assert.Equal(3, failure.NeededBytes);
    }

    [Fact]
    public void The_range_of_a_subspace_holds_its_tuple_keys_and_nothing_outside()
    {
        var range = Stock.Range();

        Assert.Equal("150200", Convert.ToHexString(range.Begin));
        Assert.Equal("1502FF", Convert.ToHexString(range.End));
        Assert.True(range.Contains(Stock.Pack([null])));
        Assert.True(range.Contains(Stock.Pack(long.MaxValue, "z")));
        Assert.True(range.Contains(Stock.Pack(new Versionstamp(ulong.MaxValue, ushort.MaxValue, ushort.MaxValue))));
        Assert.False(range.Contains(Stock.Pack()));
        Assert.False(range.Contains(Subspace.Of(1).Pack(long.MaxValue)));
        Assert.False(range.Contains(Subspace.Of(3).Pack([null])));
    }

    [Fact]
    public void Keys_of_a_nested_subspace_lie_inside_the_parents_range()
    {
        var byProduct = Stock.Nested("SKU-100");
        var key = byProduct.Pack(7L, "warehouse");

        Assert.Equal(Stock.Pack("SKU-100", 7L, "warehouse"), key);
        Assert.True(Stock.Contains(key));
        Assert.True(Stock.Range().Contains(key));
        Assert.True(Stock.Range().Contains(byProduct.Range().Begin));
        Assert.True(Stock.Range().Contains(byProduct.Range().End));
        TupleAssert.UnpacksTo([7L, "warehouse"], byProduct.Unpack(key));
        TupleAssert.UnpacksTo(["SKU-100", 7L, "warehouse"], Stock.Unpack(key));
    }

    [Fact]
    public void A_tuple_prefix_range_holds_the_longer_tuples_that_start_with_it()
    {
        var range = Stock.Range("SKU-100");

        Assert.True(range.Contains(Stock.Pack("SKU-100", 1L)));
        Assert.True(range.Contains(Stock.Pack("SKU-100", new object?[] { null })));
        Assert.False(range.Contains(Stock.Pack("SKU-100")));
        Assert.False(range.Contains(Stock.Pack("SKU-1000", 1L)));
        Assert.False(range.Contains(Stock.Pack("SKU-10", 1L)));
    }

    [Fact]
    public void The_whole_key_space_subspace_has_an_empty_prefix()
    {
        Assert.True(Subspace.All.Contains([]));
        Assert.Equal(TupleCodec.Pack(1L), Subspace.All.Pack(1L));
        Assert.Equal("00", Convert.ToHexString(Subspace.All.Range().Begin));
        Assert.Equal("FF", Convert.ToHexString(Subspace.All.Range().End));
    }

    [Fact]
    public void Subspaces_with_equal_prefixes_are_equal()
    {
        Assert.Equal(Subspace.Of(2, "a"), Stock.Nested("a"));
        Assert.NotEqual(Subspace.Of(2), Subspace.Of(3));
        Assert.Equal(Subspace.Of(2).GetHashCode(), new Subspace([0x15, 0x02]).GetHashCode());
    }
}
