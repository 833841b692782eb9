using LightningDB;
using Specs.Inventory.EventStore;
using Specs.Inventory.Storage.Lmdb;

namespace Specs.Bench;

/// <summary>
/// A log of exactly <see cref="EventCount"/> events (the <see cref="Workload"/> commands, with all their
/// indexes), built once per process on /dev/shm and shared by the replay, allocation and rebuild
/// benchmarks. A byte-for-byte copy of the environment lets raw LightningDB scan the same data while the
/// store has the original open (LMDB must not open one environment twice in a process).
/// Both folders are deleted when the process exits.
/// </summary>
public static class ReplayDataset
{
    public const int EventCount = 1_000_000;

    /// <summary>The LMDB database that holds partition 0x01, the log (named as LmdbPartitions names it).</summary>
    public const string LogDatabaseName = "p01";

    private const int CommandsPerTransaction = 1_000;

    private static readonly Lazy<string> Root = new(Build);

    /// <summary>Opens the store over the dataset (NoSync; the caller disposes it).</summary>
    public static LmdbStore OpenStore() => new(new LmdbStoreOptions
    {
        Path = Path.Combine(Root.Value, "store"),
        Durability = LmdbDurability.NoSync,
        InitialMapSizeBytes = 8L << 30,
    });

    /// <summary>Opens the copy with raw LightningDB, the log database already opened in a committed transaction.</summary>
    public static (LightningEnvironment Environment, LightningDatabase Log) OpenRawCopy()
    {
        var environment = new LightningEnvironment(Path.Combine(Root.Value, "raw"), new EnvironmentConfiguration
        {
            MapSize = 8L << 30,
            MaxDatabases = LmdbStoreOptions.PartitionCount,
        });
        environment.Open(EnvironmentOpenFlags.NoThreadLocalStorage | EnvironmentOpenFlags.NoSync | EnvironmentOpenFlags.NoMetaSync);
        using var transaction = environment.BeginTransaction(TransactionBeginFlags.ReadOnly);
        var log = transaction.OpenDatabase(LogDatabaseName);

        // A handle opened in a read transaction stays valid only if that transaction commits.
        transaction.Commit().ThrowOnError();
        return (environment, log);
    }

    private static string Build()
    {
        var root = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"specs-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(root, recursive: true);

        var storeFolder = Path.Combine(root, "store");
        using (var store = new LmdbStore(new LmdbStoreOptions
        {
            Path = storeFolder,
            Durability = LmdbDurability.NoSync,
            InitialMapSizeBytes = 8L << 30,
        }))
        {
            var log = new EventLog();
            ulong command = 0;
            ulong events = 0;
            while (events < EventCount)
            {
                events += (ulong)store.Write(transaction =>
                {
                    var written = 0;
                    for (var index = 0; index < CommandsPerTransaction && events + (ulong)written < EventCount; index++)
                    {
                        var next = Workload.NextCommand(command++, events + (ulong)written + 1, EventCount - (int)events - written);
                        written += next.Execute(log, transaction, ExpectedVersion.Any).Written;
                    }

                    return written;
                });
            }
        }

        var rawFolder = Path.Combine(root, "raw");
        Directory.CreateDirectory(rawFolder);
        foreach (var file in Directory.GetFiles(storeFolder))
        {
            File.Copy(file, Path.Combine(rawFolder, Path.GetFileName(file)));
        }

        return root;
    }
}
