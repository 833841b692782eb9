using Specs.Inventory.Storage;
using Specs.Sim.Storage;

namespace Specs.Inventory.Tests.Storage.Sim;

/// <summary>
/// The simulated store edits its tree in place where no snapshot can see it and keeps an undo log instead of a
/// frozen tree per commit: what a snapshot was given never changes, and what does not commit, or was not synced
/// before a power loss, is undone exactly, over many commits editing the same keys.
/// </summary>
public sealed class SimulatedStoreInPlaceTests
{
    private static readonly byte[] Everything = [0xFF, 0xFF];

    [Fact]
    public void A_cursor_inside_a_write_walks_the_keys_as_they_were_when_it_opened()
    {
        using var store = new SimulatedStore();
        store.Write(transaction =>
        {
            for (byte key = 1; key <= 20; key++)
            {
                transaction.Put([key], [key]);
            }
        });

        var walked = store.Write(transaction =>
        {
            using var cursor = transaction.Range([], Everything);
            var pairs = new List<string>();
            while (cursor.MoveNext())
            {
                pairs.Add($"{cursor.Key[0]}={cursor.Value[0]}");
                // Writes while the cursor is open: ahead of it, behind it and at it.
                transaction.Put([(byte)(cursor.Key[0] + 1)], [99]);
                transaction.Delete([(byte)(21 - cursor.Key[0])]);
                transaction.Put([cursor.Key[0]], [77]);
            }

            return string.Join(' ', pairs);
        });

        Assert.Equal(string.Join(' ', Enumerable.Range(1, 20).Select(key => $"{key}={key}")), walked);
    }

    [Fact]
    public void A_cursor_closed_before_the_next_write_leaves_that_write_to_the_transaction()
    {
        using var store = new SimulatedStore();
        store.Put([1], [1]);

        store.Write(transaction =>
        {
            using (var cursor = transaction.Range([], Everything))
            {
                Assert.True(cursor.MoveNext());
            }

            transaction.Put([1], [2]);
            transaction.Put([2], [2]);
            Assert.Equal([2], transaction.Get([1]));
        });

        Assert.Equal("01=02 02=02", store.ReadRange([], Everything).Hex());
    }

    [Fact]
    public void A_reader_begun_inside_a_write_sees_the_committed_keys_and_keeps_them_after_the_commit()
    {
        using var store = new SimulatedStore();
        store.Put([1], [1]);
        store.Put([2], [2]);
        IReadTransaction? reader = null;

        store.Write(transaction =>
        {
            transaction.Put([1], [9]);
            transaction.Delete([2]);
            transaction.Put([3], [3]);
            reader = store.BeginRead();
            transaction.Put([4], [4]);
        });

        using (reader)
        {
            using var cursor = reader!.Range([], Everything);
            var seen = new List<(byte[] Key, byte[] Value)>();
            while (cursor.MoveNext())
            {
                seen.Add((cursor.Key.ToArray(), cursor.Value.ToArray()));
            }

            Assert.Equal("01=01 02=02", seen.Hex());
        }

        Assert.Equal("01=09 03=03 04=04", store.ReadRange([], Everything).Hex());
    }

    [Fact]
    public void Power_loss_undoes_every_unsynced_commit_that_edited_the_same_keys()
    {
        using var store = new SimulatedStore(SimulatedDurability.Deferred);
        store.Write(transaction =>
        {
            for (byte key = 0; key < 50; key++)
            {
                transaction.Put([key], [key]);
            }
        });
        store.Sync();
        var synced = store.ReadRange([], Everything).Hex();

        for (byte round = 1; round <= 10; round++)
        {
            store.Write(transaction =>
            {
                for (byte key = 0; key < 50; key += 3)
                {
                    transaction.Put([key], [round]);
                }

                transaction.Delete([(byte)(round * 4)]);
                transaction.Put([(byte)(100 + round)], [round]);
                transaction.ClearRange([40], [(byte)(40 + round)]);
            });
        }

        Assert.NotEqual(synced, store.ReadRange([], Everything).Hex());
        store.LosePower();

        Assert.Equal(synced, store.ReadRange([], Everything).Hex());
        Assert.Equal(50, store.Count);
    }

    [Fact]
    public void A_failed_commit_undoes_its_edits_of_keys_committed_before()
    {
        using var store = new SimulatedStore();
        store.Write(transaction =>
        {
            for (byte key = 0; key < 30; key++)
            {
                transaction.Put([key], [key]);
            }
        });
        var before = store.ReadRange([], Everything).Hex();
        store.FailNextCommits(1);

        Assert.Throws<CommitFailedException>(() => store.Write(transaction =>
        {
            for (byte key = 0; key < 30; key += 2)
            {
                transaction.Put([key], [200]);
                transaction.Delete([(byte)(key + 1)]);
            }

            transaction.Put([31], [31]);
        }));

        Assert.Equal(before, store.ReadRange([], Everything).Hex());
        Assert.Equal(30, store.Count);
        store.Put([0], [5]);
        Assert.Equal([5], store.Get([0]));
    }
}
