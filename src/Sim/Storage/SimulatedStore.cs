using System.Runtime.ExceptionServices;
using Specs.Inventory.Storage;

namespace Specs.Sim.Storage;

// Fault model of the simulated store (the faults the design claims to survive, and nothing else):
//
// - Durable watermark. Every successful commit is visible at once to later readers and survives a
//   simulated PROCESS CRASH: the store object outlives the simulated process, exactly as LMDB's file
//   outlives a killed process, so a crash loses nothing committed. Only commits below the durable
//   watermark survive POWER LOSS. In SyncOnCommit mode every commit moves the watermark (LMDB Durable);
//   in Deferred mode only Sync() moves it (LMDB NoSync). LosePower() reverts the store to the state at the
//   watermark: unsynced commits are dropped whole, never torn.
// - Commit failure. An injected failure (FailNextCommits, or the CommitFailure predicate over the commit
//   attempt number) makes Write throw CommitFailedException with nothing of the transaction applied, as
//   when LMDB's commit returns an error. Later commits work.
// - Not modelled: torn or reordered writes inside a commit (LMDB's copy-on-write commit is atomic), bit
//   flips (caught above the store by record checksums), slow fsync (time is the simulator's clock port).
//
// Semantics otherwise match LmdbStore and are held to the same contract suite: one ordered keyspace of
// unsigned-byte keys, partitions by first byte for Append, the same size limits and exceptions, one writer
// thread and no nested Write, snapshot reads, and reads inside a write transaction that see its writes.
// Snapshots are O(1): the keyspace is a persistent sorted tree, so a reader keeps a reference to a root,
// and the durable watermark is one more such reference (SortedTree).

/// <summary>The deterministic in-memory storage backend for the simulator, with storage fault hooks.</summary>
public sealed class SimulatedStore(
    SimulatedDurability durability = SimulatedDurability.SyncOnCommit,
    StoreLimits? limits = null,
    string name = "simulated store") : IKeyValueStore
{
    private SimulatedKeyspace _committed = SimulatedKeyspace.Empty;
    private SimulatedKeyspace _durable = SimulatedKeyspace.Empty;
    private int _writerThreadId;
    private bool _writing;
    private int _failNextCommits;
    private bool _disposed;

    public StoreLimits Limits { get; } = Validated(limits ?? StoreLimits.Default);

    public SimulatedDurability Durability { get; } = durability;

    /// <summary>Names the store in error messages (for example the simulated node that owns it).</summary>
    public string Name { get; } = name;

    /// <summary>
    /// Decides, from the commit attempt number (1 for the first commit attempted, counting failed ones),
    /// whether that commit fails. Set by the simulator from its seeded randomness.
    /// </summary>
    public Func<long, bool>? CommitFailure { get; set; }

    /// <summary>Commits attempted, including failed ones; the argument of <see cref="CommitFailure"/>.</summary>
    public long CommitAttempts { get; private set; }

    /// <summary>Commits that succeeded, including those later lost to power loss.</summary>
    public long Commits { get; private set; }

    /// <summary>Commits that passed the durable watermark.</summary>
    public long DurableCommits { get; private set; }

    /// <summary>Commits that succeeded but not yet passed the durable watermark.</summary>
    public long UnsyncedCommits { get; private set; }

    /// <summary>Unsynced commits dropped by <see cref="LosePower"/>.</summary>
    public long LostCommits { get; private set; }

    /// <summary>Commits refused by an injected failure.</summary>
    public long FailedCommits { get; private set; }

    /// <summary>How many keys the committed state holds.</summary>
    public int Count => _committed.Count;

    public IReadTransaction BeginRead()
    {
        ThrowIfDisposed();
        return new SimulatedReadTransaction(this, _committed);
    }

    public TResult Write<TResult>(Func<IWriteTransaction, TResult> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        EnterWriter();
        try
        {
            var transaction = new SimulatedWriteTransaction(this, _committed);
            TResult result;
            try
            {
                result = work(transaction);
            }
            finally
            {
                transaction.Finish();
            }

            if (transaction.Failure is not null)
            {
                ExceptionDispatchInfo.Throw(transaction.Failure);
            }

            if (!transaction.Aborted)
            {
                Commit(transaction.Working());
            }

            return result;
        }
        finally
        {
            _writing = false;
        }
    }

    /// <summary>Moves the durable watermark up to the last commit.</summary>
    public void Sync()
    {
        ThrowIfDisposed();
        _durable = _committed;
        DurableCommits += UnsyncedCommits;
        UnsyncedCommits = 0;
    }

    /// <summary>Makes the next <paramref name="count"/> commit attempts fail with nothing applied.</summary>
    public void FailNextCommits(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _failNextCommits = count;
    }

    /// <summary>
    /// Simulated power loss: the store reverts to its durable state, dropping every unsynced commit.
    /// Read transactions begun before it keep their snapshot (they belong to the process that died).
    /// </summary>
    /// <exception cref="InvalidOperationException">called inside a Write: power fails between events, not inside a transaction's work.</exception>
    public void LosePower()
    {
        ThrowIfDisposed();
        if (_writing)
        {
            throw new InvalidOperationException($"Power loss injected inside a Write on {Name}; inject it between transactions.");
        }

        _committed = _durable;
        LostCommits += UnsyncedCommits;
        UnsyncedCommits = 0;
    }

    public void Dispose() => _disposed = true;

    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    private static StoreLimits Validated(StoreLimits limits)
    {
        limits.Validate();
        return limits;
    }

    private void EnterWriter()
    {
        ThrowIfDisposed();
        var thread = Environment.CurrentManagedThreadId;
        if (_writerThreadId == 0)
        {
            _writerThreadId = thread;
        }
        else if (_writerThreadId != thread)
        {
            throw new SecondWriterException($"thread {thread} called Write on {Name}, whose writer is thread {_writerThreadId}");
        }

        if (_writing)
        {
            throw new SecondWriterException($"Write was called inside another Write on {Name}");
        }

        _writing = true;
    }

    private void Commit(SimulatedKeyspace working)
    {
        var attempt = ++CommitAttempts;
        var failing = _failNextCommits > 0 || (CommitFailure?.Invoke(attempt) ?? false);
        if (failing)
        {
            _failNextCommits = Math.Max(0, _failNextCommits - 1);
            FailedCommits++;
            throw new CommitFailedException(Name, $"simulated failure injected into commit attempt {attempt}");
        }

        _committed = working;
        Commits++;
        if (Durability == SimulatedDurability.SyncOnCommit)
        {
            _durable = working;
            DurableCommits++;
        }
        else
        {
            UnsyncedCommits++;
        }
    }
}
