using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Tests.Storage.Tuples;

public sealed class VersionstampTests
{
    [Fact]
    public void A_versionstamp_is_its_transaction_version_then_its_user_version_big_endian()
    {
        var stamp = new Versionstamp(Convert.FromHexString("0102030405060708090A"), 657);

        Assert.Equal(0x0102030405060708ul, stamp.DatabaseVersion);
        Assert.Equal(0x090A, stamp.BatchVersion);
        Assert.Equal(657, stamp.UserVersion);
        Assert.Equal("0102030405060708090A0291", Convert.ToHexString(stamp.ToBytes()));
        Assert.Equal(stamp, Versionstamp.FromBytes(stamp.ToBytes()));
        Assert.Equal("0102030405060708090A:0291", stamp.ToString());
    }

    [Fact]
    public void Versionstamps_compare_as_their_bytes_do()
    {
        Versionstamp[] ascending = [new(0, 0, 0), new(0, 0, 1), new(0, 1, 0), new(1, 0, 0), new(ulong.MaxValue, ushort.MaxValue, ushort.MaxValue)];

        for (var index = 1; index < ascending.Length; index++)
        {
            Assert.True(ascending[index - 1] < ascending[index]);
            Assert.True(ascending[index - 1].ToBytes().AsSpan().SequenceCompareTo(ascending[index].ToBytes()) < 0);
        }

        Assert.True(new Versionstamp(5, 5, 5) == new Versionstamp(5, 5, 5));
        Assert.Equal(0, new Versionstamp(5, 5, 5).CompareTo((object)new Versionstamp(5, 5, 5)));
    }

    [Fact]
    public void Wrong_sizes_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new Versionstamp(new byte[9], 0));
        Assert.Throws<ArgumentException>(() => Versionstamp.FromBytes(new byte[11]));
        Assert.Throws<ArgumentException>(() => new Versionstamp(1, 2, 3).WriteTo(new byte[11]));
    }
}
