using System.Buffers.Binary;
using BenchmarkDotNet.Attributes;
using LightningDB;
using Specs.Inventory.EventStore;
using Specs.Inventory.Storage.Lmdb;

namespace Specs.Bench;

/// <summary>
/// Target 1: a fresh environment per scenario. One operation is one whole scenario: create a temporary
/// environment on /dev/shm, write 20 events in one write transaction, read them back, dispose, delete.
/// The baseline does the same with raw LightningDB (one named database, the same 20 stored values put
/// with APPEND under 8-byte keys); the store adds the event log's work: FlatBuffers encoding, CRC,
/// stream and event-id indexes (three partitions), CRC checks and field reads on the way back.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(16, 1)]
public class ScenarioLifecycleBenchmarks
{
    private const int ScenariosPerInvoke = 50;
    private const int EventsPerScenario = 20;
    private const int StreamsPerScenario = 4;

    private readonly string _rawRoot = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
    private AppendRequest[] _requests = [];
    private byte[][] _storedValues = [];
    private int _rawScenario;

    // One event log per worker, reused across scenarios: its FlatBuffers builder and scratch buffer are
    // sized once, and its per-transaction heads start afresh in every new store's write transaction.
    private readonly EventLog _log = new();

    [GlobalSetup]
    public void Setup()
    {
        // 4 streams × 5 events, each append expecting a new stream: what a scenario's "given" writes.
        _requests = Enumerable.Range(0, StreamsPerScenario)
            .Select(stream => new AppendRequest(
                Workload.Stream(stream),
                ExpectedVersion.NoStream,
                Enumerable.Range(0, EventsPerScenario / StreamsPerScenario)
                    .Select(index => Workload.Added((ulong)((stream * EventsPerScenario) + index + 1), stream))
                    .ToArray()))
            .ToArray();

        // The raw baseline stores exactly the bytes the event log stores. Opening this store also pins
        // glibc's mmap threshold for the whole process (NativeHeapTuning), before any raw scenario runs:
        // both variants open their environments under the same allocator setting, so the ratio is honest.
        using var store = LmdbStore.CreateTemporary();
        var log = new EventLog();
        store.Write(transaction => AppendAll(log, transaction));
        using var read = store.BeginRead();
        using var range = read.Range(EventLogKeys.Log.Prefix, [0x02]);
        var values = new List<byte[]>();
        while (range.MoveNext())
        {
            values.Add(range.Value.ToArray());
        }

        _storedValues = [.. values];
        if (_storedValues.Length != EventsPerScenario || StoreScenario() == 0 || RawScenario() == 0)
        {
            throw new InvalidOperationException("The scenario setup did not write and read 20 events.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ScenariosPerInvoke)]
    public long RawLightningDb()
    {
        long checksum = 0;
        for (var scenario = 0; scenario < ScenariosPerInvoke; scenario++)
        {
            checksum += RawScenario();
        }

        return checksum;
    }

    [Benchmark(OperationsPerInvoke = ScenariosPerInvoke)]
    public long EventLogOnLmdbStore()
    {
        long checksum = 0;
        for (var scenario = 0; scenario < ScenariosPerInvoke; scenario++)
        {
            checksum += StoreScenario();
        }

        return checksum;
    }

    /// <summary>
    /// <c>lifecycle-loop raw|store [count]</c>: runs one variant's scenarios in a plain loop (no
    /// BenchmarkDotNet), so that strace -c, strace -T or perf can see one variant alone.
    /// </summary>
    public static int RunLoop(string[] args)
    {
        var variant = args.Length > 0 ? args[0] : "store";
        var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
        var benchmarks = new ScenarioLifecycleBenchmarks();
        benchmarks.Setup();
        Func<long> scenario = variant == "raw" ? benchmarks.RawScenario : benchmarks.StoreScenario;
        for (var warmup = 0; warmup < 200; warmup++)
        {
            scenario();
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        long checksum = 0;
        for (var index = 0; index < count; index++)
        {
            checksum += scenario();
        }

        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        Console.WriteLine($"{variant}: {count} scenarios in {elapsed.TotalMilliseconds:F0} ms, {elapsed.TotalMicroseconds / count:F1} us each, {count / elapsed.TotalSeconds:F0}/s (checksum {checksum})");
        return 0;
    }

    private long StoreScenario()
    {
        using var store = LmdbStore.CreateTemporary();
        store.Write(transaction => AppendAll(_log, transaction));
        using var transaction = store.BeginRead();
        using var cursor = EventLog.ReadAll(transaction);
        long checksum = 0;
        while (cursor.MoveNext())
        {
            var record = cursor.Record;
            record.TryGetQuantityAdded(out var added);
            checksum += (long)cursor.Position + (long)record.StreamVersion + record.StreamUtf8.Length + added.Quantity;
        }

        return checksum;
    }

    private long RawScenario()
    {
        var folder = Path.Combine(_rawRoot, $"specs-bench-raw-{Environment.ProcessId}-{_rawScenario++}");
        long checksum = 0;
        using (var environment = new LightningEnvironment(folder, new EnvironmentConfiguration
        {
            MapSize = LmdbStoreOptions.DefaultInitialMapSizeBytes,
            MaxDatabases = 1,
        }))
        {
            environment.Open(EnvironmentOpenFlags.NoThreadLocalStorage | EnvironmentOpenFlags.NoSync | EnvironmentOpenFlags.NoMetaSync);
            LightningDatabase database;
            Span<byte> key = stackalloc byte[sizeof(ulong)];
            using (var write = environment.BeginTransaction())
            {
                database = write.OpenDatabase("events", new DatabaseConfiguration { Flags = DatabaseOpenFlags.Create });
                for (var index = 0; index < _storedValues.Length; index++)
                {
                    BinaryPrimitives.WriteUInt64BigEndian(key, (ulong)index + 1);
                    write.Put(database, key, _storedValues[index], PutOptions.AppendData).ThrowOnError();
                }

                write.Commit().ThrowOnError();
            }

            using (var read = environment.BeginTransaction(TransactionBeginFlags.ReadOnly))
            using (var cursor = read.CreateCursor(database))
            {
                for (var (code, storedKey, value) = cursor.First(); code == MDBResultCode.Success; (code, storedKey, value) = cursor.Next())
                {
                    var bytes = value.AsSpan();
                    checksum += (long)BinaryPrimitives.ReadUInt64BigEndian(storedKey.AsSpan()) + bytes.Length + bytes[^1];
                }
            }

            database.Dispose();
        }

        Directory.Delete(folder, recursive: true);
        return checksum;
    }

    private int AppendAll(EventLog log, Inventory.Storage.IWriteTransaction transaction)
    {
        var written = 0;
        foreach (var request in _requests)
        {
            written += log.Append(transaction, request).Written;
        }

        return written;
    }
}
