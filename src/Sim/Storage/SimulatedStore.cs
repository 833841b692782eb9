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
//
// How: the keyspace is a persistent sorted tree (SortedTree), so a snapshot is a root reference. Writes edit
// the tree in place while no snapshot can see it, and copy the paths they change once one can (the owner
// token: a reader freezes the tree when it begins, a cursor inside a write when a write comes while it is
// open). What in-place writes would
// lose is kept in an undo log instead: the value each write replaced (null: the key was new), since the
// transaction began, and in Deferred mode since the last Sync. A refused or failed transaction, and a power
// loss, play their part of the log backwards. The log replaced a frozen tree per commit: every commit then
// copied ~25 tree nodes, a fifth of what a simulated cluster allocates.

/// <summary>The deterministic in-memory storage backend for the simulator, with storage fault hooks.</summary>
public sealed class SimulatedStore(
    SimulatedDurability durability = SimulatedDurability.SyncOnCommit,
    StoreLimits? limits = null,
    string name = "simulated store") : IKeyValueStore
{
    private SimulatedKeyspace _committed = SimulatedKeyspace.Empty;

    // The values writes replaced, oldest first: since the durable watermark (Deferred), or since the open
    // transaction began (SyncOnCommit, where every commit is the watermark).
    private readonly List<Change> _undo = [];

    // Nodes owned by this token are reachable by no snapshot: writes edit them in place. A reader, or a cursor
    // inside a write, replaces it (freezes the tree), so later writes copy what they change.
    private object _edit = new();

    // The buffers of the last range cursor closed, for the next one (null while cursors hold them all). Readers
    // may run on any thread, so the buffers are taken and given back with atomic exchanges.
    private CursorBuffers? _spareCursorBuffers;
    private SimulatedWriteTransaction? _writer;
    private int _undoMark;
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
        var snapshot = _committed;
        Freeze();
        if (_writer is { } writer)
        {
            // Inside a write the committed keyspace is the working tree with this transaction's writes undone,
            // on copies: the working tree is frozen now, and the copies are the reader's alone.
            var working = writer.Working();
            var (root, count) = UndoOnto(working.Root, working.Count, _undo, _undoMark, new object());
            snapshot = new SimulatedKeyspace(root, count);
        }

        return new SimulatedReadTransaction(this, snapshot);
    }

    public TResult Write<TResult>(Func<IWriteTransaction, TResult> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        EnterWriter();
        _undoMark = _undo.Count;
        var transaction = new SimulatedWriteTransaction(this, _committed);
        var committed = false;
        try
        {
            TResult result;
            _writer = transaction;
            try
            {
                result = work(transaction);
            }
            finally
            {
                transaction.Finish();
                _writer = null;
            }

            if (transaction.Failure is not null)
            {
                ExceptionDispatchInfo.Throw(transaction.Failure);
            }

            if (!transaction.Aborted)
            {
                Commit();
                _committed = transaction.Working();
                committed = true;
            }

            return result;
        }
        finally
        {
            if (!committed)
            {
                // Refused, aborted, failed, or the work threw: nothing of the transaction stays.
                _committed = Undo(transaction.Working(), _undoMark);
            }

            _writing = false;
        }
    }

    /// <summary>Moves the durable watermark up to the last commit.</summary>
    public void Sync()
    {
        ThrowIfDisposed();
        _undo.Clear();
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

        _committed = Undo(_committed, 0);
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

    private void Commit()
    {
        var attempt = ++CommitAttempts;
        var failing = _failNextCommits > 0 || (CommitFailure?.Invoke(attempt) ?? false);
        if (failing)
        {
            _failNextCommits = Math.Max(0, _failNextCommits - 1);
            FailedCommits++;
            throw new CommitFailedException(Name, $"simulated failure injected into commit attempt {attempt}");
        }

        Commits++;
        if (Durability == SimulatedDurability.SyncOnCommit)
        {
            _undo.Clear();
            DurableCommits++;
        }
        else
        {
            UnsyncedCommits++;
        }
    }

    /// <summary>The token writes edit with: the nodes it owns are reachable by no snapshot.</summary>
    internal object EditToken => _edit;

    /// <summary>From now on no node is edited in place: a reader or cursor keeps the tree it was given.</summary>
    internal void Freeze() => _edit = new object();

    /// <summary>Buffers for a range cursor: the spare ones grown to fit, or new ones when a cursor holds them.</summary>
    internal CursorBuffers TakeCursorBuffers(int pathLength, int stopLength) =>
        Interlocked.Exchange(ref _spareCursorBuffers, null)?.FitFor(pathLength, stopLength) ?? new CursorBuffers(pathLength, stopLength);

    /// <summary>A closed cursor's buffers, kept for the next cursor.</summary>
    internal void GiveBackCursorBuffers(CursorBuffers buffers) => Volatile.Write(ref _spareCursorBuffers, buffers.Cleared());

    /// <summary>Records what a write replaced (null: the key was new), so that it can be undone.</summary>
    internal void Replaced(byte[] key, byte[]? previous) => _undo.Add(new Change(key, previous));

    /// <summary>Plays the undo log back to <paramref name="mark"/> on <paramref name="keyspace"/> and drops those entries.</summary>
    private SimulatedKeyspace Undo(SimulatedKeyspace keyspace, int mark)
    {
        var (root, count) = UndoOnto(keyspace.Root, keyspace.Count, _undo, mark, _edit);
        _undo.RemoveRange(mark, _undo.Count - mark);
        return new SimulatedKeyspace(root, count);
    }

    /// <summary>
    /// <paramref name="root"/> with the changes of <paramref name="log"/> from <paramref name="mark"/> on undone, newest
    /// first, editing the nodes <paramref name="owner"/> owns in place and copying the rest.
    /// </summary>
    private static (SortedTree.Node? Root, int Count) UndoOnto(SortedTree.Node? root, int count, List<Change> log, int mark, object owner)
    {
        for (var i = log.Count - 1; i >= mark; i--)
        {
            var (key, previous) = log[i];
            if (previous is null)
            {
                var removed = false;
                byte[]? storedKey = null;
                byte[]? value = null;
                root = SortedTree.Remove(root, key, owner, ref removed, ref storedKey, ref value);
                count -= removed ? 1 : 0;
            }
            else
            {
                var added = false;
                root = SortedTree.Set(root, key, previous, owner, ref added, out _, out _);
                count += added ? 1 : 0;
            }
        }

        return (root, count);
    }
}

/// <summary>One write, as the undo log keeps it: the key and the value it replaced (null when the key was new).</summary>
internal readonly record struct Change(byte[] Key, byte[]? Previous);
