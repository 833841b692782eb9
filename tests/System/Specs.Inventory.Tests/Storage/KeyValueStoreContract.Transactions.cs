using Specs.Inventory.Storage;

namespace Specs.Inventory.Tests.Storage;

/// <summary>Appends, aborts, failures inside a write, and snapshot isolation.</summary>
public abstract partial class KeyValueStoreContract
{
    [Fact]
    public void Appends_in_order_succeed_in_every_partition_independently()
    {
        Store.Write(transaction =>
        {
            transaction.Append(K(2, 0, 1), K(1));
            transaction.Append(K(1, 0, 1), K(2));
            transaction.Append(K(2, 0, 2), K(3));
            transaction.Append(K(1, 0, 2), K(4));
        });
        Store.Write(transaction => transaction.Append(K(1, 0, 3), K(5)));

        Assert.Equal("010001=02 010002=04 010003=05 020001=01 020002=03", Store.ReadRange([], Everything).Hex());
    }

    [Fact]
    public void An_insert_writes_an_absent_key_and_leaves_a_present_one_untouched()
    {
        Store.Write(transaction => transaction.Put(K(3, 1), K(1)));

        var (absent, present, again) = Store.Write(transaction =>
            (transaction.TryInsert(K(3, 2), K(2)), transaction.TryInsert(K(3, 1), K(9)), transaction.TryInsert(K(3, 2), K(8))));

        Assert.True(absent);
        Assert.False(present);
        Assert.False(again);
        Assert.Equal("0301=01 0302=02", Store.ReadRange([], Everything).Hex());
    }

    [Fact]
    public void An_insert_into_a_partition_never_written_creates_it()
    {
        Assert.True(Store.Write(transaction => transaction.TryInsert(K(7, 1), K(1))));

        Assert.Equal("0701=01", Store.ReadRange([], Everything).Hex());
    }

    [Fact]
    public void An_insert_of_an_oversized_key_fails_the_transaction()
    {
        Assert.Throws<KeySizeException>(() => Store.Write(transaction =>
        {
            transaction.Put(K(9), K(9));
            try
            {
                transaction.TryInsert(new byte[Store.Limits.MaxKeyBytes + 1], K(1));
            }
            catch (KeySizeException)
            {
                // Caught by the work: the transaction must still commit nothing.
            }

            return 0;
        }));

        Assert.Empty(Store.ReadRange([], Everything));
    }

    [Fact]
    public void An_append_out_of_order_throws_and_commits_nothing_of_the_transaction()
    {
        Store.Write(transaction => transaction.Append(K(1, 5), K(5)));

        var refused = Assert.Throws<KeyOrderException>(() => Store.Write(transaction =>
        {
            transaction.Put(K(9), K(9));
            transaction.Append(K(1, 6), K(6));
            transaction.Append(K(1, 4), K(4));
        }));

        Assert.Equal("0104", refused.KeyHex);
        Assert.Equal("0106", refused.LastKeyHex);
        Assert.Equal("0105", Store.ReadRange([], Everything).Keys());
    }

    [Fact]
    public void An_append_of_the_last_key_again_is_out_of_order()
    {
        Store.Write(transaction => transaction.Append(K(1, 5), K(5)));

        Assert.Throws<KeyOrderException>(() => Store.Write(transaction => transaction.Append(K(1, 5), K(6))));
        Assert.Equal(K(5), Store.Get(K(1, 5)));
    }

    [Fact]
    public void A_storage_error_caught_by_the_work_still_fails_the_whole_write()
    {
        Store.Write(transaction => transaction.Append(K(1, 5), K(5)));

        Assert.Throws<KeyOrderException>(() => Store.Write(transaction =>
        {
            transaction.Put(K(9), K(9));
            try
            {
                transaction.Append(K(1, 1), K(1));
            }
            catch (KeyOrderException)
            {
                // Swallowed on purpose: the store must not commit half a transaction anyway.
            }
        }));

        Assert.Null(Store.Get(K(9)));
    }

    [Fact]
    public void Abort_inside_Write_commits_nothing_and_returns_the_result()
    {
        Store.Put(K(1), K(1));

        var result = Store.Write(transaction =>
        {
            transaction.Put(K(2), K(2));
            transaction.Delete(K(1));
            transaction.Abort();
            return 42;
        });

        Assert.Equal(42, result);
        Assert.Equal("01", Store.ReadRange([], Everything).Keys());
    }

    [Fact]
    public void An_aborted_transaction_refuses_further_operations()
    {
        Assert.Throws<InvalidOperationException>(() => Store.Write(transaction =>
        {
            transaction.Abort();
            transaction.Put(K(2), K(2));
        }));

        Assert.Null(Store.Get(K(2)));
    }

    [Fact]
    public void An_exception_inside_Write_commits_nothing_and_propagates()
    {
        Store.Put(K(1), K(1));

        var thrown = Assert.Throws<InvalidOperationException>(() => Store.Write(transaction =>
        {
            transaction.Put(K(2), K(2));
            transaction.ClearRange([], Everything);
            throw new InvalidOperationException("planned");
        }));

        Assert.Equal("planned", thrown.Message);
        Assert.Equal("01", Store.ReadRange([], Everything).Keys());
    }

    [Fact]
    public void A_write_transaction_is_unusable_after_Write_returns()
    {
        IWriteTransaction? escaped = null;
        Store.Write(transaction => escaped = transaction);

        Assert.Throws<InvalidOperationException>(() => escaped!.Put(K(1), K(1)));
        Assert.Null(Store.Get(K(1)));
    }

    [Fact]
    public void A_reader_begun_before_a_commit_does_not_see_it_and_one_begun_after_does()
    {
        Store.Put(K(1), K(1));
        using var before = Store.BeginRead();

        Store.Write(transaction =>
        {
            transaction.Put(K(1), K(2));
            transaction.Put(K(0x42), K(3));
        });
        using var after = Store.BeginRead();

        Assert.Equal(K(1), before.Get(K(1)));
        Assert.Null(before.Get(K(0x42)));
        Assert.Equal("01=01", before.ReadRange([], Everything).Hex());
        Assert.Equal(K(2), after.Get(K(1)));
        Assert.Equal("01=02 42=03", after.ReadRange([], Everything).Hex());
    }

    [Fact]
    public void Reads_inside_Write_see_its_own_writes()
    {
        Store.Write(transaction =>
        {
            transaction.Put(K(1), K(1));
            transaction.Put(K(2), K(2));
            transaction.Put(K(3), K(3));
        });

        Store.Write(transaction =>
        {
            transaction.Put(K(1), K(9));
            transaction.Put(K(0x50, 1), K(5));
            transaction.Delete(K(2));
            transaction.ClearRange(K(3), K(4));
            transaction.Append(K(0x60, 1), K(6));

            Assert.Equal(K(9), transaction.Get(K(1)));
            Assert.Null(transaction.Get(K(2)));
            Assert.Equal("01=09 5001=05 6001=06", transaction.ReadRange([], Everything).Hex());
            Assert.Equal("6001 5001 01", transaction.ReadRange([], Everything, reverse: true).Keys());
        });
    }
}
