using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Tests.Storage.Tuples;

public sealed class KeyRangeTests
{
    [Theory]
    [InlineData("01", "02")]
    [InlineData("0102", "0103")]
    [InlineData("01FF", "02")]
    [InlineData("01FFFF", "02")]
    [InlineData("00FF", "01")]
    [InlineData("FE", "FF")]
    [InlineData("15FEFF", "15FF")]
    public void A_prefix_range_ends_at_the_prefix_without_trailing_FF_incremented(string prefix, string end)
    {
        var range = KeyRange.StartsWith(Convert.FromHexString(prefix));

        Assert.Equal(prefix, Convert.ToHexString(range.Begin));
        Assert.Equal(end, Convert.ToHexString(range.End));
    }

    [Theory]
    [InlineData("")]
    [InlineData("FF")]
    [InlineData("FFFF")]
    public void A_prefix_of_only_FF_bytes_has_no_range(string prefix)
    {
        var failure = Assert.Throws<ArgumentException>(() => KeyRange.StartsWith(Convert.FromHexString(prefix)));

        Assert.Contains("has no successor", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prefix_range_holds_exactly_the_keys_that_start_with_the_prefix()
    {
        var range = KeyRange.StartsWith([0x01, 0xFF]);

        Assert.True(range.Contains([0x01, 0xFF]));
        Assert.True(range.Contains([0x01, 0xFF, 0x00]));
        Assert.True(range.Contains([0x01, 0xFF, 0xFF, 0xFF]));
        Assert.False(range.Contains([0x01, 0xFE, 0xFF]));
        Assert.False(range.Contains([0x02]));
        Assert.False(range.Contains([0x01]));
    }

    [Fact]
    public void A_range_is_half_open_and_compares_bytes_as_unsigned()
    {
        var range = new KeyRange([0x10], [0x80]);

        Assert.True(range.Contains([0x10]));
        Assert.True(range.Contains([0x7F, 0xFF]));
        Assert.False(range.Contains([0x80]));
        Assert.False(range.Contains([0x0F, 0xFF]));
        Assert.False(range.IsEmpty);
        Assert.True(new KeyRange([0x10], [0x10]).IsEmpty);
    }

    [Fact]
    public void A_range_that_begins_after_it_ends_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new KeyRange([0x02], [0x01]));
    }

    [Fact]
    public void Ranges_are_equal_by_their_bytes_and_keep_their_own_copies()
    {
        byte[] begin = [1];
        var range = new KeyRange(begin, [2]);
        begin[0] = 9;

        Assert.Equal(new KeyRange([1], [2]), range);
        Assert.Equal(new KeyRange([1], [2]).GetHashCode(), range.GetHashCode());
        Assert.NotEqual(new KeyRange([1], [3]), range);
        Assert.Equal("[01, 02)", range.ToString());
    }
}
