using Specs.Inventory.Storage;

namespace Specs.Inventory.Tests.Storage;

/// <summary>Key and value limits, the single writer, and readers across threads and disposal.</summary>
public abstract partial class KeyValueStoreContract
{
    [Fact]
    public void Keys_from_one_byte_to_the_limit_are_accepted()
    {
        var longest = Enumerable.Repeat((byte)0xAB, StoreLimits.LmdbMaxKeyBytes).ToArray();

        Store.Write(transaction =>
        {
            transaction.Put(K(1), K(1));
            transaction.Put(longest, K(2));
        });

        Assert.Equal(K(2), Store.Get(longest));
    }

    [Fact]
    public void An_empty_key_is_refused_and_nothing_of_the_write_is_kept()
    {
        var refused = Assert.Throws<KeySizeException>(() => Store.Write(transaction =>
        {
            transaction.Put(K(1), K(1));
            transaction.Put([], K(2));
        }));

        Assert.Equal(0, refused.Length);
        Assert.Null(Store.Get(K(1)));
    }

    [Fact]
    public void A_key_over_the_limit_is_refused_by_put_and_append_and_nothing_is_kept()
    {
        var tooLong = Enumerable.Repeat((byte)0xAB, StoreLimits.LmdbMaxKeyBytes + 1).ToArray();

        var byPut = Assert.Throws<KeySizeException>(() => Store.Write(transaction =>
        {
            transaction.Put(K(1), K(1));
            transaction.Put(tooLong, K(2));
        }));
        var byAppend = Assert.Throws<KeySizeException>(() => Store.Write(transaction =>
        {
            transaction.Put(K(1), K(1));
            transaction.Append(tooLong, K(2));
        }));

        Assert.Equal((512, 511), (byPut.Length, byPut.Limit));
        Assert.Equal(512, byAppend.Length);
        Assert.Empty(Store.ReadRange([], Everything));
    }

    [Fact]
    public void Keys_outside_the_limits_read_and_delete_as_absent()
    {
        var tooLong = new byte[StoreLimits.LmdbMaxKeyBytes + 1];

        using (var reader = Store.BeginRead())
        {
            Assert.False(reader.TryGet([], out _));
            Assert.False(reader.TryGet(tooLong, out _));
        }

        Assert.False(Store.Write(transaction => transaction.Delete(tooLong)));
    }

    [Fact]
    public void A_value_over_the_configured_limit_is_refused_and_nothing_is_kept()
    {
        var store = NewStore(new StoreLimits(MaxValueBytes: 100));

        store.Put(K(1), new byte[100]);
        var refused = Assert.Throws<ValueSizeException>(() => store.Write(transaction =>
        {
            transaction.Put(K(2), K(2));
            transaction.Put(K(3), new byte[101]);
        }));

        Assert.Equal((101, 100, "03"), (refused.Length, refused.Limit, refused.KeyHex));
        Assert.Equal("01", store.ReadRange([], Everything).Keys());
    }

    [Fact]
    public void A_write_from_a_second_thread_is_refused()
    {
        Store.Put(K(1), K(1));

        Exception? refusal = null;
        var other = new Thread(() =>
        {
            try
            {
                Store.Put(K(2), K(2));
            }
            catch (Exception exception)
            {
                refusal = exception;
            }
        });
        other.Start();
        other.Join();

        Assert.IsType<SecondWriterException>(refusal);
        Assert.Null(Store.Get(K(2)));
        Store.Put(K(3), K(3));
        Assert.Equal("01 03", Store.ReadRange([], Everything).Keys());
    }

    [Fact]
    public void A_nested_write_is_refused_without_harming_the_outer_one()
    {
        Store.Write(transaction =>
        {
            transaction.Put(K(1), K(1));
            Assert.Throws<SecondWriterException>(() => Store.Put(K(2), K(2)));
            transaction.Put(K(3), K(3));
        });

        Assert.Equal("01 03", Store.ReadRange([], Everything).Keys());
    }

    [Fact]
    public void A_reader_may_move_to_another_thread()
    {
        Store.Put(K(1), K(1));
        using var reader = Store.BeginRead();

        byte[]? seen = null;
        var other = new Thread(() => seen = reader.Get(K(1)));
        other.Start();
        other.Join();

        Assert.Equal(K(1), seen);
    }

    [Fact]
    public void Disposing_the_store_with_a_reader_open_closes_the_reader_instead_of_crashing()
    {
        var store = NewStore(StoreLimits.Default);
        store.Put(K(1), K(1));
        var reader = store.BeginRead();
        var cursor = reader.Range([], Everything);

        store.Dispose();

        Assert.Throws<ObjectDisposedException>(() => reader.TryGet(K(1), out _));
        Assert.Throws<ObjectDisposedException>(() => cursor.MoveNext());
        cursor.Dispose();
        reader.Dispose();
        Assert.Throws<ObjectDisposedException>(() => store.BeginRead());
    }

    [Fact]
    public void A_disposed_reader_refuses_further_reads()
    {
        var reader = Store.BeginRead();
        reader.Dispose();

        Assert.Throws<ObjectDisposedException>(() => reader.TryGet(K(1), out _));
    }
}
