using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Lmdb;

namespace Specs.Inventory.Tests.Storage.Lmdb;

/// <summary>What only the LMDB backend has: a map that grows, durability on disk, temporary folders.</summary>
public sealed class LmdbStoreTests : IDisposable
{
    private const long SmallestMap = LmdbStoreOptions.MinimumMapSizeBytes;
    private static readonly byte[] Everything = [0xFF, 0xFF];

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("specs-lmdb-tests-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static byte[] Numbered(byte partition, int number) => [partition, (byte)(number >> 8), (byte)number];

    private static byte[] Payload(int number, int length)
    {
        var value = new byte[length];
        value.AsSpan().Fill((byte)number);
        return value;
    }

    [Fact]
    public void A_full_map_grows_and_the_write_is_rerun_until_everything_fits()
    {
        using var store = LmdbStore.CreateTemporary(initialMapSizeBytes: SmallestMap, maxMapSizeBytes: 64L << 20);
        var attempts = 0;

        store.Write(transaction =>
        {
            attempts++;
            for (var number = 0; number < 500; number++)
            {
                transaction.Append(Numbered(1, number), Payload(number, 2_000));
            }
        });
        for (var number = 0; number < 200; number++)
        {
            store.Put(Numbered(2, number), Payload(number, 3_000));
        }

        Assert.True(attempts > 1, "the first attempt should have hit map-full");
        Assert.True(store.MapSizeBytes > SmallestMap);
        var pairs = store.ReadRange([], Everything);
        Assert.Equal(700, pairs.Count);
        Assert.All(pairs, pair => Assert.Equal(Payload(pair.Key[2] | (pair.Key[1] << 8), pair.Key[0] == 1 ? 2_000 : 3_000), pair.Value));
    }

    [Fact]
    public void A_write_that_cannot_fit_under_the_maximum_map_size_throws_store_full_and_keeps_nothing()
    {
        using var store = LmdbStore.CreateTemporary(initialMapSizeBytes: SmallestMap, maxMapSizeBytes: 2 * SmallestMap);
        store.Put([1], [1]);

        var full = Assert.Throws<StoreFullException>(() => store.Write(transaction =>
        {
            for (var number = 0; number < 200; number++)
            {
                transaction.Put(Numbered(2, number), Payload(number, 4_000));
            }
        }));

        Assert.Equal(2 * SmallestMap, full.MaxBytes);
        Assert.Equal("01", store.ReadRange([], Everything).Keys());
        store.Put([3], [3]);
        Assert.Equal("01 03", store.ReadRange([], Everything).Keys());
    }

    [Fact]
    public void Growing_the_map_waits_for_readers_and_refuses_clearly_when_one_stays_open()
    {
        var options = new LmdbStoreOptions
        {
            Path = Path.Combine(_folder.FullName, "env"),
            InitialMapSizeBytes = SmallestMap,
            Durability = LmdbDurability.NoSync,
            ReaderDrainTimeout = TimeSpan.FromMilliseconds(50),
        };
        using var store = new LmdbStore(options);
        var reader = store.BeginRead();

        void WriteTooMuchForTheMap() => store.Write(transaction =>
        {
            for (var number = 0; number < 100; number++)
            {
                transaction.Put(Numbered(1, number), Payload(number, 4_000));
            }
        });

        var refused = Assert.Throws<LmdbOperationException>(WriteTooMuchForTheMap);
        Assert.Contains("read transaction", refused.Message, StringComparison.Ordinal);
        reader.Dispose();
        WriteTooMuchForTheMap();
        Assert.Equal(100, store.ReadRange([], Everything).Count);
    }

    [Fact]
    public void A_folder_whose_data_file_is_not_lmdb_is_refused_saying_so()
    {
        var folder = Path.Combine(_folder.FullName, "garbage");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "data.mdb"), [.. Enumerable.Range(0, 64 * 1024).Select(i => (byte)(i * 31))]);

        var refused = Assert.Throws<LmdbOperationException>(() => new LmdbStore(new LmdbStoreOptions { Path = folder, Durability = LmdbDurability.NoSync }));

        Assert.True(refused.Message.Contains("its data.mdb is not an LMDB data file", StringComparison.Ordinal), refused.Message);
    }

    [Fact]
    public void A_durable_store_keeps_its_partitions_across_reopening()
    {
        var options = new LmdbStoreOptions { Path = Path.Combine(_folder.FullName, "durable"), Durability = LmdbDurability.Durable };
        using (var store = new LmdbStore(options))
        {
            store.Write(transaction =>
            {
                transaction.Append([1, 1], [1]);
                transaction.Append([0xFE, 1], [2]);
                transaction.Put([0x40], [3]);
            });
            store.Sync();
        }

        using (var reopened = new LmdbStore(options))
        {
            Assert.Equal("0101=01 40=03 FE01=02", reopened.ReadRange([], Everything).Hex());
            Assert.Throws<KeyOrderException>(() => reopened.Write(transaction => transaction.Append([1, 0], [9])));
            reopened.Write(transaction => transaction.Append([1, 2], [4]));
            Assert.Equal("0101 0102 40 FE01", reopened.ReadRange([], Everything).Keys());
        }
    }

    [Fact]
    public void A_no_sync_store_syncs_on_demand()
    {
        var options = new LmdbStoreOptions { Path = Path.Combine(_folder.FullName, "nosync"), Durability = LmdbDurability.NoSync };
        using (var store = new LmdbStore(options))
        {
            store.Put([1], [1]);
            store.Sync();
        }

        using var reopened = new LmdbStore(options);
        Assert.Equal([1], reopened.Get([1]));
    }

    [Fact]
    public void Options_that_LMDB_cannot_honour_are_refused_before_opening()
    {
        var path = Path.Combine(_folder.FullName, "refused");

        Assert.Throws<ArgumentOutOfRangeException>(() => new LmdbStore(new LmdbStoreOptions { Path = path, Limits = new StoreLimits(MaxKeyBytes: 512) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LmdbStore(new LmdbStoreOptions { Path = path, MaxDatabases = 10 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LmdbStore(new LmdbStoreOptions { Path = path, InitialMapSizeBytes = 1 << 20, MaxMapSizeBytes = 1 << 19 }));
        var writeMap = Assert.Throws<ArgumentException>(() => new LmdbStore(new LmdbStoreOptions { Path = path, WriteMap = true }));
        Assert.Contains("NoSync", writeMap.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(path));
    }

    [Fact]
    public void A_temporary_store_lives_in_a_recognisable_folder_that_dispose_deletes()
    {
        string path;
        using (var store = LmdbStore.CreateTemporary(root: _folder.FullName))
        {
            path = store.Path;
            store.Put([1], [1]);
            Assert.True(store.IsTemporary);
            Assert.Equal(_folder.FullName, Path.GetDirectoryName(path));
            Assert.StartsWith($"specs-env-{Environment.ProcessId}-", Path.GetFileName(path), StringComparison.Ordinal);
            Assert.True(Directory.Exists(path));
        }

        Assert.False(Directory.Exists(path));
    }

    [Fact]
    public void Temporary_stores_default_to_shared_memory_when_it_exists()
    {
        using var store = LmdbStore.CreateTemporary();

        var expectedRoot = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar);
        Assert.Equal(expectedRoot, Path.GetDirectoryName(store.Path));
        Assert.Equal(LmdbDurability.NoSync, store.Options.Durability);
    }

    [Fact]
    public void A_store_used_one_thread_at_a_time_keeps_no_lock_file_and_refuses_a_read_and_a_write_that_overlap()
    {
        using var store = LmdbStore.CreateTemporary(_folder.FullName, oneThreadAtATime: true);
        store.Put([1], [1]);

        Assert.True(store.Options.NoLock);
        Assert.False(File.Exists(Path.Combine(store.Path, "lock.mdb")));
        // Without LMDB's reader table a write could reuse a page the open reader still sees: refused, nothing written.
        using (var reader = store.BeginRead())
        {
            var write = Assert.Throws<InvalidOperationException>(() => store.Put([2], [2]));
            Assert.Contains("read transactions are open", write.Message, StringComparison.Ordinal);
            Assert.True(reader.TryGet([1], out _));
        }

        var read = Assert.Throws<InvalidOperationException>(() => store.Write(_ => store.BeginRead()));
        Assert.Contains("cannot begin while a Write runs", read.Message, StringComparison.Ordinal);
        store.Put([3], [3]);
        Assert.Equal("01 03", store.ReadRange([], Everything).Keys());
    }

    [Fact]
    public void A_temporary_store_in_shared_memory_writes_through_its_map_and_one_on_disk_does_not()
    {
        // CI runs on Linux, where /dev/shm is tmpfs and the temp folder is on the disk.
        Assert.True(Directory.Exists("/dev/shm"), "this test needs /dev/shm (Linux)");
        using var inMemory = LmdbStore.CreateTemporary("/dev/shm", initialMapSizeBytes: SmallestMap, maxMapSizeBytes: 64L << 20);
        using var onDisk = LmdbStore.CreateTemporary(_folder.FullName, initialMapSizeBytes: SmallestMap);
        for (var number = 0; number < 300; number++)
        {
            inMemory.Put(Numbered(1, number), Payload(number, 1_000));
        }

        Assert.True(inMemory.Options.WriteMap);
        Assert.False(onDisk.Options.WriteMap);
        // Through the map, LMDB sizes the data file to the whole map (sparse on tmpfs); the map grew to fit 300 KB.
        Assert.True(inMemory.MapSizeBytes > SmallestMap);
        Assert.Equal(inMemory.MapSizeBytes, new FileInfo(Path.Combine(inMemory.Path, "data.mdb")).Length);
        var pairs = inMemory.ReadRange([], Everything);
        Assert.Equal(300, pairs.Count);
        Assert.All(pairs, pair => Assert.Equal(Payload(pair.Key[2] | (pair.Key[1] << 8), 1_000), pair.Value));
    }

    [Fact]
    public void Sweeping_deletes_folders_of_dead_processes_and_keeps_the_rest()
    {
        // pid_max on Linux is at most 2^22, so this pid never belongs to a running process.
        var abandoned = Directory.CreateDirectory(Path.Combine(_folder.FullName, $"specs-env-{int.MaxValue}-3"));
        File.WriteAllBytes(Path.Combine(abandoned.FullName, "data.mdb"), [1, 2, 3]);
        var unrelated = Directory.CreateDirectory(Path.Combine(_folder.FullName, "specs-env-notapid-1"));
        using var live = LmdbStore.CreateTemporary(root: _folder.FullName);

        var deleted = LmdbStore.SweepAbandoned(_folder.FullName);

        Assert.Equal(1, deleted);
        Assert.False(Directory.Exists(abandoned.FullName));
        Assert.True(Directory.Exists(unrelated.FullName));
        Assert.True(Directory.Exists(live.Path));
    }

    [Fact]
    public void Several_read_transactions_may_be_open_on_one_thread()
    {
        // Without NoThreadLocalStorage LMDB ties one reader slot to each thread and the second reader
        // fails with MDB_BAD_RSLOT; the flag also lifts the limit of about 1,020 environments per process.
        using var store = LmdbStore.CreateTemporary(root: _folder.FullName);
        store.Put([1], [1]);

        using var first = store.BeginRead();
        store.Put([1], [2]);
        using var second = store.BeginRead();
        using var third = store.BeginRead();

        Assert.Equal([1], first.Get([1]));
        Assert.Equal([2], second.Get([1]));
        Assert.Equal([2], third.Get([1]));
    }

    [Fact]
    public void Disposing_the_store_inside_its_own_write_is_refused()
    {
        using var store = LmdbStore.CreateTemporary(root: _folder.FullName);

        Assert.Throws<InvalidOperationException>(() => store.Write(transaction =>
        {
            transaction.Put([1], [1]);
            store.Dispose();
        }));
        Assert.Null(store.Get([1]));
    }
}
