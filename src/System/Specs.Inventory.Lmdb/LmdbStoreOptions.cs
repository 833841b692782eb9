namespace Specs.Inventory.Storage.Lmdb;

/// <summary>Where and how an <see cref="LmdbStore"/> opens its LMDB environment.</summary>
public sealed record LmdbStoreOptions
{
    public const long DefaultInitialMapSizeBytes = 64L << 20;
    public const long DefaultMaxMapSizeBytes = 64L << 30;
    public const long MinimumMapSizeBytes = 64L << 10;

    /// <summary>Every first byte of a key gets its own LMDB database, so the environment needs at least this many.</summary>
    public const int PartitionCount = 256;

    /// <summary>The environment's folder; LMDB creates it when missing.</summary>
    public required string Path { get; init; }

    /// <summary>
    /// The map size the environment opens with. Without <see cref="WriteMap"/> it only reserves address space, so it
    /// can be generous; on map-full the store doubles it up to <see cref="MaxMapSizeBytes"/>.
    /// </summary>
    public long InitialMapSizeBytes { get; init; } = DefaultInitialMapSizeBytes;

    /// <summary>The ceiling for map growth; past it a write throws <see cref="StoreFullException"/>.</summary>
    public long MaxMapSizeBytes { get; init; } = DefaultMaxMapSizeBytes;

    public LmdbDurability Durability { get; init; } = LmdbDurability.Durable;

    /// <summary>
    /// Whether LMDB writes pages straight into its memory map (MDB_WRITEMAP) instead of copying every dirty page to
    /// the file with a write call at commit. Only for a store that is neither durable nor on a disk: the data file
    /// becomes as large as the map (free on tmpfs, where the files are memory anyway; about 2.7 ms a store on ext4,
    /// research-notes/spike-lmdb.md), and a page is exposed to a stray write through the map. The temporary stores on
    /// /dev/shm use it (<see cref="LmdbStore.CreateTemporary"/>): a scenario's commits made about 50 write calls each.
    /// </summary>
    public bool WriteMap { get; init; }

    /// <summary>
    /// Whether LMDB keeps no lock file (MDB_NOLOCK): no reader table, no shared mutexes, one file and one memory map
    /// fewer to create, map, unmap and delete. Without a reader table a write may reuse a page that an open read
    /// transaction still sees, so such a store refuses a write while one of its read transactions is open and a read
    /// while a write runs; only for a store that one thread uses at a time, and that no other process opens. A
    /// scenario's temporary store uses it (<see cref="LmdbStore.CreateTemporary"/>): one per scenario, unmapping is
    /// what a store's end costs most (a cross-processor interrupt per map on a virtual machine).
    /// </summary>
    public bool NoLock { get; init; }

    /// <summary>
    /// Whether the environment is opened only to read (MDB_RDONLY): nothing in data.mdb can be written, and a Write is
    /// refused. With <see cref="NoLock"/> as well, opening the environment writes nothing at all in its folder (LMDB
    /// otherwise creates lock.mdb there): for a process that copies a folder no writer has open, such as a backup.
    /// </summary>
    public bool ReadOnly { get; init; }

    public StoreLimits Limits { get; init; } = StoreLimits.Default;

    /// <summary>Named databases the environment may hold: one per partition, so at least 256.</summary>
    public int MaxDatabases { get; init; } = PartitionCount;

    /// <summary>Read transactions open at once (LMDB's reader table); BeginRead past it fails.</summary>
    public int MaxReaders { get; init; } = 126;

    /// <summary>
    /// How long a write that must grow the map waits for open read transactions to close: LMDB remaps the
    /// file when it grows, which would leave the spans of a live reader dangling.
    /// </summary>
    public TimeSpan ReaderDrainTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Rejects options the store cannot honour, before anything is opened.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Path, nameof(Path));
        ArgumentOutOfRangeException.ThrowIfLessThan(InitialMapSizeBytes, MinimumMapSizeBytes, nameof(InitialMapSizeBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxMapSizeBytes, InitialMapSizeBytes, nameof(MaxMapSizeBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDatabases, PartitionCount, nameof(MaxDatabases));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxReaders, 1, nameof(MaxReaders));
        ArgumentOutOfRangeException.ThrowIfLessThan(ReaderDrainTimeout, TimeSpan.Zero, nameof(ReaderDrainTimeout));
        ArgumentNullException.ThrowIfNull(Limits, nameof(Limits));
        if (WriteMap && Durability != LmdbDurability.NoSync)
        {
            throw new ArgumentException("WriteMap is only for a store opened NoSync: LMDB gives a durable one's file no order of writes through the map.", nameof(WriteMap));
        }

        if (ReadOnly && WriteMap)
        {
            throw new ArgumentException("WriteMap writes through the map, and a ReadOnly store writes nothing.", nameof(WriteMap));
        }

        Limits.Validate();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Limits.MaxKeyBytes, StoreLimits.LmdbMaxKeyBytes, "Limits.MaxKeyBytes");
    }
}
