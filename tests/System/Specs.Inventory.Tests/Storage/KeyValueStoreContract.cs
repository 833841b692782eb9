using Specs.Inventory.Storage;

namespace Specs.Inventory.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="IKeyValueStore"/> backend must show. Each backend runs it through a
/// subclass that only says how to create a store.
/// </summary>
public abstract class KeyValueStoreContract : IDisposable
{
    private readonly List<IKeyValueStore> _stores = [];

    protected KeyValueStoreContract()
    {
        Store = NewStore(StoreLimits.Default);
    }

    protected IKeyValueStore Store { get; }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    protected abstract IKeyValueStore CreateStore(StoreLimits limits);

    protected IKeyValueStore NewStore(StoreLimits limits)
    {
        var store = CreateStore(limits);
        _stores.Add(store);
        return store;
    }

    private static byte[] K(params byte[] bytes) => bytes;

    private static byte[] Everything => [0xFF, 0xFF, 0xFF, 0xFF];

    [Fact]
    public void A_value_put_is_read_back()
    {
        Store.Put(K(1, 2), K(9, 9, 9));

        Assert.Equal(K(9, 9, 9), Store.Get(K(1, 2)));
    }

    [Fact]
    public void A_missing_key_reads_as_absent()
    {
        Store.Put(K(1, 2), K(9));

        Assert.Null(Store.Get(K(1, 3)));
        Assert.Null(Store.Get(K(2)));
    }

    [Fact]
    public void An_empty_value_is_stored_and_read_back_as_empty()
    {
        Store.Put(K(1), []);

        Assert.Equal(0, Store.Get(K(1))?.Length);
    }

    [Fact]
    public void A_put_over_an_existing_key_replaces_its_value()
    {
        Store.Put(K(1), K(1));
        Store.Put(K(1), K(2, 2));

        Assert.Equal(K(2, 2), Store.Get(K(1)));
        Assert.Single(Store.ReadRange([], Everything));
    }

    [Fact]
    public void Delete_removes_the_key_and_reports_whether_it_existed()
    {
        Store.Put(K(1), K(1));

        var deleted = Store.Write(transaction => (transaction.Delete(K(1)), transaction.Delete(K(1)), transaction.Delete(K(7, 7))));

        Assert.Equal((true, false, false), deleted);
        Assert.Null(Store.Get(K(1)));
    }

    [Fact]
    public void Write_returns_the_result_of_its_work()
    {
        var result = Store.Write(transaction =>
        {
            transaction.Put(K(1), K(1));
            return "done";
        });

        Assert.Equal("done", result);
    }

    [Fact]
    public void A_forward_range_yields_the_keys_within_its_bounds_in_unsigned_byte_order()
    {
        Store.Write(transaction =>
        {
            foreach (var key in new[] { K(5, 0x80), K(5), K(5, 0x7F), K(5, 0x7F, 0), K(5, 0xFF), K(4, 0xFF), K(6) })
            {
                transaction.Put(key, [key[^1]]);
            }
        });

        var pairs = Store.ReadRange(K(5), K(5, 0xFF));

        Assert.Equal("05 057F 057F00 0580", pairs.Keys());
        Assert.Equal("05=05 057F=7F 057F00=00 0580=80", pairs.Hex());
    }

    [Fact]
    public void A_reverse_range_yields_the_same_keys_in_descending_order()
    {
        Store.Write(transaction =>
        {
            foreach (var key in new[] { K(5, 0x80), K(5), K(5, 0x7F), K(5, 0x7F, 0), K(5, 0xFF), K(4, 0xFF), K(6) })
            {
                transaction.Put(key, [key[^1]]);
            }
        });

        Assert.Equal("0580 057F00 057F 05", Store.ReadRange(K(5), K(5, 0xFF), reverse: true).Keys());
        Assert.Equal("05FF 0580 057F00 057F 05", Store.ReadRange(K(5), K(6), reverse: true).Keys());
    }

    [Fact]
    public void A_range_limit_caps_the_pairs_yielded_in_either_direction()
    {
        Store.Write(transaction =>
        {
            for (byte index = 0; index < 10; index++)
            {
                transaction.Put(K(3, index), K(index));
            }
        });

        Assert.Equal("0300 0301 0302", Store.ReadRange(K(3), K(4), limit: 3).Keys());
        Assert.Equal("0309 0308", Store.ReadRange(K(3), K(4), reverse: true, limit: 2).Keys());
        Assert.Empty(Store.ReadRange(K(3), K(4), limit: 0));
    }

    [Fact]
    public void A_range_includes_its_begin_and_excludes_its_end()
    {
        Store.Write(transaction =>
        {
            transaction.Put(K(2, 1), K(1));
            transaction.Put(K(2, 2), K(2));
            transaction.Put(K(2, 3), K(3));
        });

        Assert.Equal("0201 0202", Store.ReadRange(K(2, 1), K(2, 3)).Keys());
        Assert.Equal("0202 0201", Store.ReadRange(K(2, 1), K(2, 3), reverse: true).Keys());
    }

    [Fact]
    public void A_range_with_an_empty_begin_starts_at_the_first_key()
    {
        Store.Put(K(0), K(0));
        Store.Put(K(0x10), K(1));

        Assert.Equal("00 10", Store.ReadRange([], K(0x20)).Keys());
        Assert.Equal("10 00", Store.ReadRange([], K(0x20), reverse: true).Keys());
    }

    [Fact]
    public void A_range_whose_begin_is_not_before_its_end_is_empty()
    {
        Store.Put(K(1), K(1));
        Store.Put(K(2), K(2));

        Assert.Empty(Store.ReadRange(K(2), K(1)));
        Assert.Empty(Store.ReadRange(K(1), K(1)));
        Assert.Empty(Store.ReadRange(K(1), [], reverse: true));
    }

    [Fact]
    public void Ranges_cross_partitions_as_one_ordered_keyspace()
    {
        Store.Write(transaction =>
        {
            foreach (var key in new[] { K(0xFF, 1), K(0x00, 9), K(0x7F), K(0x01, 5), K(0x01), K(0x80, 0), K(0xFF) })
            {
                transaction.Put(key, key);
            }
        });

        Assert.Equal("0009 01 0105 7F 8000 FF FF01", Store.ReadRange([], Everything).Keys());
        Assert.Equal("FF01 FF 8000 7F 0105 01 0009", Store.ReadRange([], Everything, reverse: true).Keys());
        Assert.Equal("0105 7F 8000 FF", Store.ReadRange(K(0x01, 2), K(0xFF, 0)).Keys());
        Assert.Equal("FF 8000 7F 0105", Store.ReadRange(K(0x01, 2), K(0xFF, 0), reverse: true).Keys());
        Assert.Equal("7F 8000", Store.ReadRange(K(0x01, 5, 0), K(0xFF), limit: 2).Keys());
    }

    [Fact]
    public void Range_bounds_longer_than_any_storable_key_are_honoured()
    {
        var longest = Enumerable.Repeat((byte)7, StoreLimits.LmdbMaxKeyBytes).ToArray();
        var beyondLongest = longest.Append((byte)0).ToArray();
        Store.Write(transaction =>
        {
            transaction.Put(longest, K(1));
            transaction.Put(K(7, 8), K(2));
            transaction.Put(K(7, 6), K(3));
        });

        Assert.Equal("0708", Store.ReadRange(beyondLongest, K(8)).Keys());
        Assert.Equal(Convert.ToHexString(longest) + "=01", Store.ReadRange(K(7, 7), beyondLongest, reverse: true, limit: 1).Hex());
        Assert.Equal(2, Store.ReadRange(K(7), beyondLongest).Count);
    }

    [Fact]
    public void The_spans_of_a_cursor_show_the_current_pair_as_it_moves()
    {
        Store.Write(transaction =>
        {
            transaction.Put(K(1, 1), K(10));
            transaction.Put(K(1, 2), K(20, 20));
            transaction.Put(K(2, 1), K(30, 30, 30));
        });

        using var reader = Store.BeginRead();
        using var cursor = reader.Range(K(1), K(3));

        Assert.True(cursor.MoveNext());
        Assert.Equal(K(1, 1), cursor.Key.ToArray());
        Assert.Equal(K(10), cursor.Value.ToArray());
        Assert.True(cursor.MoveNext());
        Assert.Equal(K(1, 2), cursor.Key.ToArray());
        Assert.Equal(K(20, 20), cursor.Value.ToArray());
        Assert.True(cursor.MoveNext());
        Assert.Equal(K(2, 1), cursor.Key.ToArray());
        Assert.Equal(K(30, 30, 30), cursor.Value.ToArray());
        Assert.False(cursor.MoveNext());
        Assert.False(cursor.MoveNext());
    }

    [Fact]
    public void Iterating_a_range_allocates_nothing_per_pair()
    {
        Store.Write(transaction =>
        {
            for (var index = 0; index < 1_000; index++)
            {
                transaction.Append([9, (byte)(index >> 8), (byte)index], [(byte)index]);
            }
        });
        using var reader = Store.BeginRead();

        static long Iterate(IKeyValueCursor cursor)
        {
            var total = 0L;
            while (cursor.MoveNext())
            {
                total += cursor.Key[^1] + cursor.Value[0];
            }

            return total;
        }

        using (var warmUp = reader.Range([9], [10]))
        {
            Iterate(warmUp);
        }

        using var cursor = reader.Range([9], [10]);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var total = Iterate(cursor);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(2 * Enumerable.Range(0, 1_000).Sum(index => (long)(byte)index), total);
        Assert.True(allocated < 1_000, $"{allocated} bytes allocated while iterating 1,000 pairs");
    }

    [Fact]
    public void Clear_range_removes_only_the_keys_inside_its_bounds()
    {
        Store.Write(transaction =>
        {
            for (byte index = 0; index < 6; index++)
            {
                transaction.Put(K(4, index), K(index));
            }
        });

        Store.Write(transaction => transaction.ClearRange(K(4, 1), K(4, 4)));

        Assert.Equal("0400 0404 0405", Store.ReadRange([], Everything).Keys());
    }

    [Fact]
    public void Clear_range_across_partitions_removes_whole_and_partial_partitions()
    {
        Store.Write(transaction =>
        {
            foreach (var first in new byte[] { 1, 2, 3, 4 })
            {
                for (byte index = 0; index < 3; index++)
                {
                    transaction.Put(K(first, index), K(index));
                }
            }
        });

        Store.Write(transaction => transaction.ClearRange(K(1, 1), K(4, 1)));

        Assert.Equal("0100 0401 0402", Store.ReadRange([], Everything).Keys());
        Store.Write(transaction => transaction.ClearRange([], Everything));
        Assert.Empty(Store.ReadRange([], Everything));
    }

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
