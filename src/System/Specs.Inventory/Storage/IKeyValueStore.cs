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
    /// The backend may run the work more than once (LMDB grows its map and retries on map-full),
    /// so the work must act on the store only through the transaction it is given.
    /// </summary>
    /// <exception cref="SecondWriterException">called from a thread other than the writer, or nested.</exception>
    TResult Write<TResult>(Func<IWriteTransaction, TResult> work);

    /// <summary>Makes every committed transaction durable (an fsync when commits are not synced).</summary>
    void Sync();
}

/// <summary>A consistent read-only view. Spans it returns are valid until the transaction ends.</summary>
public interface IReadTransaction : IDisposable
{
    /// <summary>Reads the value at <paramref name="key"/>; the span is valid until the transaction ends.</summary>
    bool TryGet(ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value);

    /// <summary>
    /// Iterates the keys in <c>[begin, end)</c> in ascending order, or descending when
    /// <paramref name="reverse"/> is set, yielding at most <paramref name="limit"/> pairs.
    /// </summary>
    IKeyValueCursor Range(ReadOnlySpan<byte> begin, ReadOnlySpan<byte> end, bool reverse = false, int limit = int.MaxValue);
}

/// <summary>A write transaction. Reads see the transaction's own writes.</summary>
public interface IWriteTransaction : IReadTransaction
{
    /// <summary>Inserts or replaces the value at <paramref name="key"/>.</summary>
    void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value);

    /// <summary>
    /// Inserts a key that sorts after every key sharing its first byte (its partition), such as the
    /// next position of a log. LMDB writes these without a tree search (MDB_APPEND).
    /// </summary>
    /// <exception cref="KeyOrderException">the key does not sort after the last key of its partition.</exception>
    void Append(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value);

    /// <summary>Removes the key; returns whether it existed.</summary>
    bool Delete(ReadOnlySpan<byte> key);

    /// <summary>Removes every key in <c>[begin, end)</c>.</summary>
    void ClearRange(ReadOnlySpan<byte> begin, ReadOnlySpan<byte> end);

    /// <summary>Discards everything this transaction wrote; the enclosing Write commits nothing.</summary>
    void Abort();
}

/// <summary>
/// A forward-only cursor over a key range. <see cref="Key"/> and <see cref="Value"/> are valid until the
/// next <see cref="MoveNext"/> or the end of the transaction. Iterating allocates nothing per pair.
/// </summary>
public interface IKeyValueCursor : IDisposable
{
    bool MoveNext();
    ReadOnlySpan<byte> Key { get; }
    ReadOnlySpan<byte> Value { get; }
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
