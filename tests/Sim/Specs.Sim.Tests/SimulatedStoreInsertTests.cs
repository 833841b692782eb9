using Specs.Sim.Storage;

namespace Specs.Sim.Tests;

// TryInsert descends once (SortedTree.Insert): a key found present must leave the tree, the count and
// the value exactly as they were, also for a snapshot taken before.
public sealed class SimulatedStoreInsertTests
{
    [Fact]
    public void Inserting_a_present_key_keeps_its_value_and_the_count()
    {
        using var store = new SimulatedStore();
        store.Write(transaction =>
        {
            foreach (var key in new byte[] { 5, 3, 8, 1, 4, 7, 9 })
            {
                transaction.Put([key], [key]);
            }

            return 0;
        });

        var inserted = store.Write(transaction => transaction.TryInsert([4], [99]));

        Assert.False(inserted);
        Assert.Equal(7, store.Count);
        Assert.Equal(new byte[] { 4 }, ValueOf(store, 4));
    }

    [Fact]
    public void Inserting_an_absent_key_adds_it_and_leaves_an_older_snapshot_alone()
    {
        using var store = new SimulatedStore();
        store.Write(transaction =>
        {
            foreach (var key in new byte[] { 5, 3, 8, 1, 4, 7, 9 })
            {
                transaction.Put([key], [key]);
            }

            return 0;
        });
        using var before = store.BeginRead();

        var results = store.Write(transaction => (transaction.TryInsert([6], [60]), transaction.TryInsert([6], [61]), transaction.TryInsert([2], [20])));

        Assert.Equal((true, false, true), results);
        Assert.Equal(9, store.Count);
        Assert.Equal(new byte[] { 60 }, ValueOf(store, 6));
        Assert.Equal(new byte[] { 20 }, ValueOf(store, 2));
        Assert.False(before.TryGet([6], out _));
        Assert.False(before.TryGet([2], out _));
        Assert.Equal(new byte[] { 1, 3, 4, 5, 7, 8, 9 }, Keys(before));
    }

    private static byte[]? ValueOf(SimulatedStore store, byte key)
    {
        using var read = store.BeginRead();
        return read.TryGet([key], out var value) ? value.ToArray() : null;
    }

    private static byte[] Keys(Specs.Inventory.Storage.IReadTransaction read)
    {
        var keys = new List<byte>();
        using var cursor = read.Range([0], [0xFF]);
        while (cursor.MoveNext())
        {
            keys.Add(cursor.Key[0]);
        }

        return keys.ToArray();
    }
}
