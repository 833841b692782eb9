using Specs.Inventory.Storage;

namespace Specs.Inventory.Tests.Storage;

/// <summary>Range reads and range clears: order, bounds, limits, partitions, cursors.</summary>
public abstract partial class KeyValueStoreContract
{
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
    public void Stepping_with_the_pair_handed_out_yields_what_stepping_then_reading_key_and_value_yields()
    {
        // 300 pairs in three partitions, enough for several native batches in each; the ranges cut
        // partitions short at either end, cross them, and stop at limits, in both directions.
        Store.Write(transaction =>
        {
            foreach (var partition in new byte[] { 2, 3, 5 })
            {
                for (var index = 0; index < 100; index++)
                {
                    transaction.Put(K(partition, (byte)index), K((byte)index, partition, (byte)(index * 7)));
                }
            }
        });

        foreach (var (begin, end) in new[] { (K(2), K(6)), (K(2, 10), K(3, 90)), (K(3, 50), K(3, 51)), (K(1), K(2)), (K(5, 99), K(5, 100)) })
        {
            foreach (var reverse in new[] { false, true })
            {
                foreach (var limit in new[] { int.MaxValue, 0, 1, 5, 63, 64, 65, 150 })
                {
                    using var transaction = Store.BeginRead();
                    var expected = transaction.ReadRange(begin, end, reverse, limit);
                    var stepped = new List<(byte[] Key, byte[] Value)>();
                    using (var cursor = transaction.Range(begin, end, reverse, limit))
                    {
                        while (cursor.MoveNext(out var key, out var value))
                        {
                            Assert.True(key.SequenceEqual(cursor.Key) && value.SequenceEqual(cursor.Value));
                            stepped.Add((key.ToArray(), value.ToArray()));
                        }

                        Assert.False(cursor.MoveNext(out _, out _));
                    }

                    Assert.Equal(expected.Hex(), stepped.Hex());
                }
            }
        }
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
}
