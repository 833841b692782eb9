using Specs.Inventory.EventStore;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Lmdb;

namespace Specs.Inventory.Tests.EventStore;

/// <summary>The event log on LMDB, plus what only a real LMDB environment can show.</summary>
public sealed class LmdbEventLogTests : EventLogContract
{
    protected override IKeyValueStore CreateStore() => LmdbStore.CreateTemporary();

    [Fact]
    public void Reading_the_log_allocates_nothing_per_event()
    {
        var log = new EventLog();
        Store.Write(transaction =>
        {
            for (var n = 1; n <= 2000; n++)
            {
                log.Append(transaction, new AppendRequest($"sku/SKU-{n % 10}", ExpectedVersion.Any, [Added(n)]));
            }

            return 0;
        });

        Scan(100); // warm up: JIT and first-use allocations
        var few = Allocated(() => Scan(100));
        var many = Allocated(() => Scan(2000));

        // The cursor objects of one scan are the same for 100 and for 2,000 events.
        Assert.Equal(few, many);
    }

    [Fact]
    public void Idempotency_records_survive_reopening_a_durable_store()
    {
        var folder = Directory.CreateTempSubdirectory("specs-eventlog-");
        try
        {
            var options = new LmdbStoreOptions { Path = folder.FullName, Durability = LmdbDurability.Durable };
            using (var store = new LmdbStore(options))
            {
                var log = new EventLog();
                store.Write(transaction => log.Append(transaction, new AppendRequest("s", ExpectedVersion.Any, [Added(1)], Idempotency: new("cmd-1", 7, "response"u8.ToArray()))));
            }

            using (var reopened = new LmdbStore(options))
            {
                var log = new EventLog();
                var repeat = reopened.Write(transaction => log.Append(transaction, new AppendRequest("s", ExpectedVersion.Any, [Added(2)], Idempotency: new("cmd-1", 7, "other"u8.ToArray()))));
                Assert.Equal(AppendStatus.AlreadyApplied, repeat.Status);
                Assert.Equal("response"u8.ToArray(), repeat.Previous!.Response.ToArray());
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private long Scan(int events)
    {
        long sum = 0;
        using var transaction = Store.BeginRead();
        using var cursor = EventLog.ReadAll(transaction, limit: events);
        while (cursor.MoveNext())
        {
            var record = cursor.Record;
            sum += (long)record.Position + record.StreamUtf8.Length + record.RecordedAtUnixMs;
            if (record.TryGetQuantityAdded(out var added))
            {
                sum += added.Quantity + added.SkuUtf8.Length;
            }
        }

        return sum;
    }

    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
