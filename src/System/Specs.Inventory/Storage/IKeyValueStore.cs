namespace Specs.Inventory.Storage;

/// <summary>
/// The storage port: an ordered key-value store with LMDB's semantics. Keys are compared as unsigned
/// bytes. One writer at a time (the thread that writes first owns the writer role for the store's
/// lifetime); any number of readers, each reading a consistent snapshot taken when it began.
/// Two backends implement it: LMDB for real runs and a deterministic in-memory store for the simulator.
/// Both must pass the same contract suite.
/// </summary>
public interface IKeyValueStore : IDisposable
{
    /// <summary>The size limits enforced at the boundary (keys, values).</summary>
    StoreLimits Limits { get; }

    /// <summary>Begins a read-only transaction over a snapshot of everything committed so far.</summary>
    IReadTransaction BeginRead();

    /// <summary>
    /// Runs <paramref name="work"/> inside one write transaction and commits it, unless the work calls
    /// <see cref="IWriteTransaction.Abort"/> or throws, in which case nothing it wrote is kept.
    /// A storage error raised by an operation (key or value size, append order) fails the whole
    /// transaction even if the work catches it: nothing is committed and Write rethrows it.
    /// The backend may run the work more than once (LMDB grows its map and retries on map-full),
    /// so the work must act on the store only through the transaction it is given.
    /// Never await inside the work: LMDB binds a write transaction to its thread.
    /// </summary>
    /// <exception cref="SecondWriterException">called from a thread other than the writer, or nested.</exception>
    /// <exception cref="CommitFailedException">the commit failed; nothing was kept.</exception>
    /// <exception cref="StoreFullException">the data does not fit under the store's maximum size.</exception>
    TResult Write<TResult>(Func<IWriteTransaction, TResult> work);

    /// <summary>Makes every committed transaction durable (an fsync when commits are not synced).</summary>
    void Sync();
}

/// <summary>
/// A consistent read-only view. Spans it returns are valid until the transaction ends. A read transaction
/// may move between threads; using one after it (or its store) was disposed throws ObjectDisposedException.
/// </summary>
public interface IReadTransaction : IDisposable
{
    /// <summary>
    /// Reads the value at <paramref name="key"/>; the span is valid until the transaction ends.
    /// A key outside the store's limits (empty, too long) cannot exist and reads as absent.
    /// </summary>
    bool TryGet(scoped ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value);

    /// <summary>
    /// Iterates the keys in <c>[begin, end)</c> in ascending order, or descending when
    /// <paramref name="reverse"/> is set, yielding at most <paramref name="limit"/> pairs.
    /// An empty <paramref name="begin"/> starts at the first key; the range is empty when
    /// <paramref name="begin"/> does not sort before <paramref name="end"/> (so an empty end yields nothing).
    /// Bounds may be longer than any storable key.
    /// </summary>
    IKeyValueCursor Range(ReadOnlySpan<byte> begin, ReadOnlySpan<byte> end, bool reverse = false, int limit = int.MaxValue);
}

/// <summary>
/// A write transaction. Reads see the transaction's own writes; a span read here is valid until the next
/// write in the transaction (LMDB may move the page it points into) or the end of the transaction.
/// It is usable only inside the work given to <see cref="IKeyValueStore.Write{TResult}"/>.
/// </summary>
public interface IWriteTransaction : IReadTransaction
{
    /// <summary>Inserts or replaces the value at <paramref name="key"/>.</summary>
    void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value);

    /// <summary>
    /// Inserts the value at <paramref name="key"/> unless the key already holds one; then nothing is
    /// written and the result is false. One tree search where TryGet followed by Put takes two
    /// (LMDB: put with MDB_NOOVERWRITE), for unique indexes such as the event log's event ids.
    /// </summary>
    bool TryInsert(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value);

    /// <summary>
    /// Inserts a key that sorts after every key sharing its first byte (its partition), such as the
    /// next position of a log. LMDB writes these without a tree search (MDB_APPEND).
    /// </summary>
    /// <exception cref="KeyOrderException">the key does not sort after the last key of its partition.</exception>
    void Append(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value);

    /// <summary>Removes the key; returns whether it existed (a key outside the limits never does).</summary>
    bool Delete(ReadOnlySpan<byte> key);

    /// <summary>Removes every key in <c>[begin, end)</c>.</summary>
    void ClearRange(ReadOnlySpan<byte> begin, ReadOnlySpan<byte> end);

    /// <summary>Discards everything this transaction wrote; the enclosing Write commits nothing.</summary>
    void Abort();
}

/// <summary>
/// A forward-only cursor over a key range. <see cref="Key"/> and <see cref="Value"/> are valid until the
/// next <see cref="MoveNext()"/> or the end of the transaction. Iterating allocates nothing per pair.
/// </summary>
public interface IKeyValueCursor : IDisposable
{
    bool MoveNext();
    ReadOnlySpan<byte> Key { get; }
    ReadOnlySpan<byte> Value { get; }

    /// <summary>
    /// Steps and hands out the new pair in one call: a scan that reads every pair pays one call per
    /// record instead of three. Same meaning as <see cref="MoveNext()"/> followed by Key and Value.
    /// </summary>
    bool MoveNext(out ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value)
    {
        if (!MoveNext())
        {
            key = default;
            value = default;
            return false;
        }

        key = Key;
        value = Value;
        return true;
    }
}

/// <summary>Size limits checked at the boundary of every write.</summary>
/// <param name="MaxKeyBytes">LMDB's compiled-in limit is 511 bytes.</param>
/// <param name="MaxValueBytes">A configured ceiling that protects the log from runaway payloads.</param>
public sealed record StoreLimits(int MaxKeyBytes = StoreLimits.LmdbMaxKeyBytes, int MaxValueBytes = StoreLimits.DefaultMaxValueBytes)
{
    public const int LmdbMaxKeyBytes = 511;
    public const int DefaultMaxValueBytes = 1 << 20;

    /// <summary>The limits every backend uses unless told otherwise.</summary>
    public static StoreLimits Default { get; } = new();

    /// <summary>Whether a key of this length can be stored at all: a key outside the limits never exists.</summary>
    public bool Admits(ReadOnlySpan<byte> key) => key.Length > 0 && key.Length <= MaxKeyBytes;

    /// <summary>Refuses a key or value outside the limits, before anything is written.</summary>
    /// <exception cref="KeySizeException">the key is empty or longer than <see cref="MaxKeyBytes"/>.</exception>
    /// <exception cref="ValueSizeException">the value is longer than <see cref="MaxValueBytes"/>.</exception>
    public void CheckWrite(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        if (!Admits(key))
        {
            throw new KeySizeException(StorageException.Describe(key), key.Length, MaxKeyBytes);
        }

        if (value.Length > MaxValueBytes)
        {
            throw new ValueSizeException(StorageException.Describe(key), value.Length, MaxValueBytes);
        }
    }

    /// <summary>Rejects limits no backend can honour (a backend may add its own ceilings).</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxKeyBytes, 1, nameof(MaxKeyBytes));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxValueBytes, nameof(MaxValueBytes));
    }
}
