using System.Diagnostics;
using LightningDB;

namespace Specs.Inventory.Storage.Lmdb;

/// <summary>
/// The storage port on LMDB (through LightningDB). Invariants this class keeps:
/// <list type="bullet">
/// <item>Exactly one writer thread for the store's lifetime, and no nested Write: LMDB binds a write
/// transaction to its OS thread and deadlocks on a second one, so both are refused before LMDB is touched.</item>
/// <item>Each partition (first byte of the key) lives in its own named database, opened once in a committed
/// transaction and published in an immutable table; a reader only uses handles published before it began.</item>
/// <item>The map is remapped (grown) only when no transaction of this process is open.</item>
/// <item>Every LMDB transaction and cursor is closed before the environment: LightningDB crashes the
/// process when one is used, or finalized, after the environment is gone.</item>
/// </list>
/// </summary>
public sealed class LmdbStore : IKeyValueStore
{
    private readonly LightningEnvironment _environment;
    private readonly bool _ownsFolder;

    // Guards the reader set, the published partition table, map growth and disposal.
    private readonly object _gate = new();
    private readonly HashSet<LmdbReadTransaction> _openReads = [];
    private LightningDatabase?[] _partitions;
    private int _writerThreadId;
    private bool _writing;
    private bool _growing;
    private bool _disposed;

    /// <summary>Opens (creating when missing) the environment at <see cref="LmdbStoreOptions.Path"/>.</summary>
    public LmdbStore(LmdbStoreOptions options)
        : this(options, ownsFolder: false)
    {
    }

    private LmdbStore(LmdbStoreOptions options, bool ownsFolder)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        NativeHeapTuning.EnsureApplied();
        Options = options;
        _ownsFolder = ownsFolder;
        _environment = new LightningEnvironment(options.Path, new EnvironmentConfiguration
        {
            MapSize = options.InitialMapSizeBytes,
            MaxDatabases = options.MaxDatabases,
            MaxReaders = options.MaxReaders,
        });
        try
        {
            _environment.Open(OpenFlags(options));
            NativeMaxKeyBytes = _environment.MaxKeySize;
            if (options.Limits.MaxKeyBytes > NativeMaxKeyBytes)
            {
                throw new ArgumentOutOfRangeException(nameof(options), $"The key limit {options.Limits.MaxKeyBytes} is over LMDB's compiled-in maximum of {NativeMaxKeyBytes} bytes.");
            }

            _partitions = ownsFolder ? new LightningDatabase?[LmdbStoreOptions.PartitionCount] : OpenExistingPartitions();
        }
        catch (LightningException exception)
        {
            _environment.Dispose();
            var status = StatusOf(exception);
            throw new LmdbOperationException("open the environment", options.Path, WhyNotOpened(exception), exception,
                foreignFile: status is (int)MDBResultCode.Invalid or (int)MDBResultCode.VersionMismatch);
        }
        catch
        {
            _environment.Dispose();
            throw;
        }
    }

    public LmdbStoreOptions Options { get; }

    public StoreLimits Limits => Options.Limits;

    public string Path => Options.Path;

    /// <summary>The current map size: it starts at the initial size and doubles on map-full.</summary>
    public long MapSizeBytes => _environment.MapSize;

    /// <summary>Whether this store deletes its folder on dispose (see <see cref="CreateTemporary"/>).</summary>
    public bool IsTemporary => _ownsFolder;

    internal int NativeMaxKeyBytes { get; }

    /// <summary>
    /// Creates a store in a fresh folder named <c>specs-env-&lt;pid&gt;-&lt;n&gt;</c> under
    /// <paramref name="root"/> (default: /dev/shm when present, else the temp folder), opened NoSync, and
    /// deleted when the store is disposed. Folders of killed runs are removed by <see cref="SweepAbandoned"/>.
    /// On a file system in memory the store writes through its map (<see cref="LmdbStoreOptions.WriteMap"/>).
    /// </summary>
    /// <param name="root">The folder to create the store's folder in.</param>
    /// <param name="limits">The key and value limits (default: <see cref="StoreLimits.Default"/>).</param>
    /// <param name="initialMapSizeBytes">The map size to open with; it doubles on map-full.</param>
    /// <param name="maxMapSizeBytes">The ceiling for the map's growth.</param>
    /// <param name="oneThreadAtATime">
    /// The caller never holds a read transaction across a write, nor reads while another thread writes: the store
    /// keeps no lock file then (<see cref="LmdbStoreOptions.NoLock"/>), and refuses either if it happens.
    /// </param>
    public static LmdbStore CreateTemporary(
        string? root = null,
        StoreLimits? limits = null,
        long initialMapSizeBytes = LmdbStoreOptions.DefaultInitialMapSizeBytes,
        long maxMapSizeBytes = LmdbStoreOptions.DefaultMaxMapSizeBytes,
        bool oneThreadAtATime = false)
    {
        root ??= TemporaryLmdbFolder.DefaultRoot;
        var folder = TemporaryLmdbFolder.Create(root);
        try
        {
            return new LmdbStore(
                new LmdbStoreOptions
                {
                    Path = folder,
                    Durability = LmdbDurability.NoSync,
                    Limits = limits ?? StoreLimits.Default,
                    InitialMapSizeBytes = initialMapSizeBytes,
                    MaxMapSizeBytes = maxMapSizeBytes,
                    WriteMap = TemporaryLmdbFolder.IsInMemory(root),
                    NoLock = oneThreadAtATime,
                },
                ownsFolder: true);
        }
        catch
        {
            TemporaryLmdbFolder.Delete(folder);
            throw;
        }
    }

    /// <summary>
    /// Deletes temporary environment folders under <paramref name="root"/> whose owning process no longer
    /// exists (left behind by killed runs). Returns how many were deleted.
    /// </summary>
    public static int SweepAbandoned(string? root = null) =>
        TemporaryLmdbFolder.SweepAbandoned(root ?? TemporaryLmdbFolder.DefaultRoot);

    public IReadTransaction BeginRead()
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            while (_growing)
            {
                Monitor.Wait(_gate);
            }

            if (Options.NoLock && _writing)
            {
                throw new InvalidOperationException($"The store at {Path} keeps no reader table (NoLock): a read transaction cannot begin while a Write runs.");
            }

            // Taken under the gate so that no commit publishing new partitions can fall between the
            // table and the snapshot: every handle in the table is valid in the snapshot and vice versa.
            var reader = new LmdbReadTransaction(this, Begin(TransactionBeginFlags.ReadOnly, "begin a read transaction"), _partitions);
            _openReads.Add(reader);
            return reader;
        }
    }

    public TResult Write<TResult>(Func<IWriteTransaction, TResult> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        EnterWriter();
        try
        {
            return WriteWithRetries(work);
        }
        finally
        {
            lock (_gate)
            {
                _writing = false;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>
    /// Writes a consistent, compacted copy of the environment (LMDB's compacting copy, one data file)
    /// to <paramref name="file"/>, which must not exist yet. The copy is a snapshot taken in a read
    /// transaction, so writers in other processes may go on meanwhile. To open the copy, put it in an
    /// empty folder as <c>data.mdb</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">this instance has written: its map could be grown while the copy reads it.</exception>
    /// <exception cref="LmdbOperationException">LMDB could not copy; the partial file was removed.</exception>
    public void CopyTo(string file)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        lock (_gate)
        {
            ThrowIfDisposed();
            if (_writerThreadId != 0)
            {
                throw new InvalidOperationException($"The store at {Path} has a writer in this process; copy it from an instance that only reads (such as the backup command's).");
            }
        }

        var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        try
        {
            var code = _environment.CopyToStream(stream, compact: true);
            if (code != MDBResultCode.Success)
            {
                throw new LmdbOperationException("copy the environment", $"{Path} to {file}", $"mdb_env_copyfd2 returned {code}");
            }

            stream.Flush(flushToDisk: true);
            stream.Dispose();
        }
        catch
        {
            // A copy cut short (a full disk) is no backup, and a file that looks like one is worse than none. The file is
            // this call's own (CreateNew), so removing it loses nothing.
            stream.Dispose();
            File.Delete(file);
            throw;
        }
    }

    public void Sync()
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            var code = _environment.Flush(force: true);
            if (code != MDBResultCode.Success)
            {
                throw new LmdbOperationException("sync to disk", Path, $"mdb_env_sync returned {code}");
            }
        }
    }

    /// <summary>
    /// Closes the environment. Read transactions still open are closed first (using them afterwards
    /// throws <see cref="ObjectDisposedException"/>); a Write running on another thread is waited for.
    /// A temporary store then deletes its folder.
    /// </summary>
    /// <exception cref="InvalidOperationException">called from inside this store's own Write.</exception>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            if (_writing && Environment.CurrentManagedThreadId == _writerThreadId)
            {
                throw new InvalidOperationException($"The store at {Path} was disposed inside its own Write; dispose it after the Write returns.");
            }

            while (_writing)
            {
                Monitor.Wait(_gate);
            }

            _disposed = true;
            foreach (var reader in _openReads)
            {
                reader.CloseNative(closedByStore: true);
            }

            _openReads.Clear();
            foreach (var partition in _partitions)
            {
                partition?.Dispose();
            }

            _environment.Dispose();
        }

        if (_ownsFolder)
        {
            TemporaryLmdbFolder.Delete(Path);
        }
    }

    internal void Release(LmdbReadTransaction reader)
    {
        lock (_gate)
        {
            reader.CloseNative(closedByStore: false);
            _openReads.Remove(reader);
            if (_openReads.Count == 0)
            {
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>Commits a transaction that opened new partitions and publishes them atomically with the commit.</summary>
    internal MDBResultCode CommitPublishing(LightningTransaction transaction, LightningDatabase?[] created)
    {
        lock (_gate)
        {
            var code = transaction.Commit();
            if (code == MDBResultCode.Success)
            {
                var table = (LightningDatabase?[])_partitions.Clone();
                for (var partition = 0; partition < created.Length; partition++)
                {
                    table[partition] ??= created[partition];
                }

                _partitions = table;
            }

            return code;
        }
    }

    private static EnvironmentOpenFlags OpenFlags(LmdbStoreOptions options) =>
        (options.Durability == LmdbDurability.NoSync
            ? EnvironmentOpenFlags.NoThreadLocalStorage | EnvironmentOpenFlags.NoSync | EnvironmentOpenFlags.NoMetaSync
            : EnvironmentOpenFlags.NoThreadLocalStorage)
        | (options.WriteMap ? EnvironmentOpenFlags.WriteMap : EnvironmentOpenFlags.None)
        | (options.NoLock ? EnvironmentOpenFlags.NoLock : EnvironmentOpenFlags.None)
        | (options.ReadOnly ? EnvironmentOpenFlags.ReadOnly : EnvironmentOpenFlags.None);

    private void EnterWriter()
    {
        if (Options.ReadOnly)
        {
            throw new InvalidOperationException($"The store at {Path} was opened read-only; it takes no Write.");
        }

        var thread = Environment.CurrentManagedThreadId;
        var writer = Interlocked.CompareExchange(ref _writerThreadId, thread, 0);
        if (writer != 0 && writer != thread)
        {
            throw new SecondWriterException($"thread {thread} called Write on the store at {Path}, whose writer is thread {writer}");
        }

        lock (_gate)
        {
            ThrowIfDisposed();
            if (_writing)
            {
                throw new SecondWriterException($"Write was called inside another Write on the store at {Path}");
            }

            if (Options.NoLock && _openReads.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The store at {Path} keeps no reader table (NoLock): a Write cannot begin while {_openReads.Count} of its read transactions are open; dispose them first.");
            }

            _writing = true;
        }
    }

    private TResult WriteWithRetries<TResult>(Func<IWriteTransaction, TResult> work)
    {
        while (true)
        {
            using var transaction = new LmdbWriteTransaction(this, Begin(TransactionBeginFlags.None, "begin a write transaction"), _partitions);
            TResult result;
            try
            {
                result = work(transaction);
            }
            catch (Exception) when (transaction.MapFull)
            {
                // The work may have caught the map-full signal and thrown something else: the map is
                // still what stopped it, so grow and rerun.
                transaction.Discard();
                Grow();
                continue;
            }
            catch
            {
                transaction.Discard();
                throw;
            }

            if (transaction.MapFull)
            {
                transaction.Discard();
                Grow();
                continue;
            }

            transaction.ThrowIfFailed();
            if (transaction.AbortedByWork)
            {
                return result;
            }

            var code = transaction.Commit();
            if (code == MDBResultCode.MapFull)
            {
                Grow();
                continue;
            }

            if (code != MDBResultCode.Success)
            {
                throw new CommitFailedException(Path, $"LMDB returned {code}");
            }

            return result;
        }
    }

    /// <summary>Doubles the map (up to the maximum) once every read transaction of this process has closed.</summary>
    private void Grow()
    {
        var current = _environment.MapSize;
        var maximum = Options.MaxMapSizeBytes;
        if (current >= maximum)
        {
            throw new StoreFullException(Path, current, maximum);
        }

        var next = current > maximum / 2 ? maximum : current * 2;
        lock (_gate)
        {
            _growing = true;
            try
            {
                WaitForReadersToClose();
                _environment.MapSize = next;
            }
            catch (LightningException exception)
            {
                throw new LmdbOperationException($"grow the map from {current} to {next} bytes", Path, exception.Message, exception);
            }
            finally
            {
                _growing = false;
                Monitor.PulseAll(_gate);
            }
        }
    }

    private void WaitForReadersToClose()
    {
        var started = Stopwatch.GetTimestamp();
        while (_openReads.Count > 0)
        {
            var left = Options.ReaderDrainTimeout - Stopwatch.GetElapsedTime(started);
            if (left <= TimeSpan.Zero || (!Monitor.Wait(_gate, left) && _openReads.Count > 0))
            {
                throw new LmdbOperationException(
                    "grow the map",
                    Path,
                    $"{_openReads.Count} read transaction(s) stayed open for {Options.ReaderDrainTimeout}, and LMDB can only remap when none is open. " +
                    "Keep read transactions short, and never hold one on the writer thread across a Write");
            }
        }
    }

    private LightningTransaction Begin(TransactionBeginFlags flags, string operation)
    {
        try
        {
            return _environment.BeginTransaction(flags);
        }
        catch (LightningException exception)
        {
            throw new LmdbOperationException(operation, Path, $"{(MDBResultCode)exception.StatusCode}: {exception.Message}", exception);
        }
    }

    /// <summary>Opens the partitions an existing environment already holds, in a committed read transaction.</summary>
    private LightningDatabase?[] OpenExistingPartitions()
    {
        var table = new LightningDatabase?[LmdbStoreOptions.PartitionCount];
        var found = new List<byte>();
        using var transaction = _environment.BeginTransaction(TransactionBeginFlags.ReadOnly);
        using (var main = transaction.OpenDatabase())
        using (var cursor = transaction.CreateCursor(main))
        {
            for (var (code, key, _) = cursor.First(); code == MDBResultCode.Success; (code, key, _) = cursor.Next())
            {
                if (LmdbPartitions.TryParse(key.AsSpan(), out var partition))
                {
                    found.Add(partition);
                }
            }
        }

        foreach (var partition in found)
        {
            table[partition] = transaction.OpenDatabase(LmdbPartitions.NameOf(partition));
        }

        // Handles opened in a read transaction stay valid only if it commits (an aborted one closes them).
        var committed = transaction.Commit();
        if (committed != MDBResultCode.Success)
        {
            throw new LmdbOperationException("open the partition databases", Path, $"LMDB returned {committed}");
        }

        return table;
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    /// <summary>
    /// LightningDB's message for a failed open says only that it failed; the status code says why, which is what an
    /// operator pointing a server at the wrong folder needs to read.
    /// </summary>
    private static string WhyNotOpened(LightningException exception) => StatusOf(exception) switch
    {
        (int)MDBResultCode.Invalid => $"{exception.Message} (its data.mdb is not an LMDB data file)",
        (int)MDBResultCode.VersionMismatch => $"{exception.Message} (its data.mdb was written by another LMDB version)",
        NoSuchFile => $"{exception.Message} (no such file or folder)",
        PermissionDenied => $"{exception.Message} (permission denied)",
        NoSpaceLeft => $"{exception.Message} (no space left on the device)",
        0 => exception.InnerException is { } inner ? $"{exception.Message} ({inner.Message})" : exception.Message,
        var status => $"{exception.Message} (LMDB status {status})",
    };

    // The operating system's codes LMDB passes on (errno: ENOENT, EACCES, ENOSPC).
    private const int NoSuchFile = 2;
    private const int PermissionDenied = 13;
    private const int NoSpaceLeft = 28;

    // LightningDB reports a failed open with status 0 and keeps the native code on an inner exception.
    private static int StatusOf(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is LightningException { StatusCode: not 0 } lightning)
            {
                return lightning.StatusCode;
            }
        }

        return 0;
    }
}
