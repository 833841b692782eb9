using Specs.Inventory.Storage;
using Specs.Sim.Storage;

namespace Specs.Inventory.Tests.Storage.Sim;

/// <summary>The fault hooks of the simulated store: the durable watermark, power loss, commit failures.</summary>
public sealed class SimulatedStoreFaultTests
{
    private static readonly byte[] Everything = [0xFF, 0xFF];

    [Fact]
    public void Power_loss_drops_unsynced_commits_and_keeps_synced_ones()
    {
        using var store = new SimulatedStore(SimulatedDurability.Deferred);
        store.Put([1], [1]);
        store.Put([2], [2]);
        store.Sync();
        store.Put([3], [3]);
        store.Write(transaction => transaction.Delete([1]));

        Assert.Equal("02 03", store.ReadRange([], Everything).Keys());
        store.LosePower();

        Assert.Equal("01 02", store.ReadRange([], Everything).Keys());
        Assert.Equal((4L, 2L, 2L, 0L), (store.Commits, store.DurableCommits, store.LostCommits, store.UnsyncedCommits));
    }

    [Fact]
    public void Without_a_sync_power_loss_reverts_to_the_empty_store()
    {
        using var store = new SimulatedStore(SimulatedDurability.Deferred);
        store.Put([1], [1]);

        store.LosePower();

        Assert.Empty(store.ReadRange([], Everything));
        Assert.Equal(1L, store.LostCommits);
    }

    [Fact]
    public void Sync_on_commit_keeps_every_commit_across_power_loss()
    {
        using var store = new SimulatedStore(SimulatedDurability.SyncOnCommit);
        store.Put([1], [1]);
        store.Put([2], [2]);

        store.LosePower();

        Assert.Equal("01 02", store.ReadRange([], Everything).Keys());
        Assert.Equal((2L, 2L, 0L), (store.Commits, store.DurableCommits, store.LostCommits));
    }

    [Fact]
    public void Commits_after_power_loss_build_on_the_durable_state()
    {
        using var store = new SimulatedStore(SimulatedDurability.Deferred);
        store.Write(transaction => transaction.Append([1, 1], [1]));
        store.Sync();
        store.Write(transaction => transaction.Append([1, 2], [2]));
        store.LosePower();

        store.Write(transaction => transaction.Append([1, 2], [9]));

        Assert.Equal("0101=01 0102=09", store.ReadRange([], Everything).Hex());
    }

    [Fact]
    public void An_injected_commit_failure_keeps_nothing_and_later_commits_work()
    {
        using var store = new SimulatedStore();
        store.Put([1], [1]);
        store.FailNextCommits(1);

        var failed = Assert.Throws<CommitFailedException>(() => store.Write(transaction =>
        {
            transaction.Put([2], [2]);
            transaction.Delete([1]);
        }));
        store.Put([3], [3]);

        Assert.Contains("attempt 2", failed.Message, StringComparison.Ordinal);
        Assert.Equal("01 03", store.ReadRange([], Everything).Keys());
        Assert.Equal((3L, 2L, 1L), (store.CommitAttempts, store.Commits, store.FailedCommits));
    }

    [Fact]
    public void The_commit_failure_predicate_chooses_attempts_by_number()
    {
        using var store = new SimulatedStore { CommitFailure = attempt => attempt % 2 == 0 };
        var outcomes = new List<string>();

        for (byte key = 1; key <= 4; key++)
        {
            try
            {
                store.Put([key], [key]);
                outcomes.Add("ok");
            }
            catch (CommitFailedException)
            {
                outcomes.Add("failed");
            }
        }

        Assert.Equal(["ok", "failed", "ok", "failed"], outcomes);
        Assert.Equal("01 03", store.ReadRange([], Everything).Keys());
    }

    [Fact]
    public void A_reader_keeps_its_snapshot_across_power_loss()
    {
        using var store = new SimulatedStore(SimulatedDurability.Deferred);
        store.Put([1], [1]);
        using var reader = store.BeginRead();

        store.LosePower();

        Assert.Equal([1], reader.Get([1]));
        Assert.Null(store.Get([1]));
    }

    [Fact]
    public void Power_loss_inside_a_write_is_refused()
    {
        using var store = new SimulatedStore(SimulatedDurability.Deferred);

        Assert.Throws<InvalidOperationException>(() => store.Write(transaction =>
        {
            transaction.Put([1], [1]);
            store.LosePower();
        }));
        Assert.Equal(0L, store.Commits);
    }

    [Fact]
    public void The_same_operations_give_the_same_state_and_counters()
    {
        static string Run()
        {
            using var store = new SimulatedStore(SimulatedDurability.Deferred) { CommitFailure = attempt => attempt % 3 == 0 };
            for (byte key = 1; key <= 9; key++)
            {
                try
                {
                    store.Write(transaction => transaction.Append([(byte)(key % 3), key], [key]));
                }
                catch (CommitFailedException)
                {
                    store.Sync();
                }
            }

            store.LosePower();
            return $"{store.ReadRange([], Everything).Hex()} {store.Commits}/{store.DurableCommits}/{store.LostCommits}/{store.FailedCommits}";
        }

        Assert.Equal(Run(), Run());
    }
}
