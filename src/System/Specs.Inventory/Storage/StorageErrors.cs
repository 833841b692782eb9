namespace Specs.Inventory.Storage;

/// <summary>
/// A storage failure that a caller can act on. Every one says what went wrong, where (the key, shown
/// as hex and capped in length) and why; none of them leaves a transaction half-written.
/// </summary>
public abstract class StorageException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Renders a key for an error message: hex, capped at 64 bytes.</summary>
    public static string Describe(ReadOnlySpan<byte> key)
    {
        const int shown = 64;
        var hex = Convert.ToHexString(key.Length > shown ? key[..shown] : key);
        return key.Length > shown ? $"{hex}… ({key.Length} bytes)" : hex;
    }
}

/// <summary>A key is empty or longer than the store allows (LMDB: 511 bytes).</summary>
public sealed class KeySizeException(string keyHex, int length, int limit)
    : StorageException(length == 0
        ? "Empty key: the store needs at least one byte of key."
        : $"Key of {length} bytes is over the {limit}-byte limit: {keyHex}. Keep tuple keys short (one-byte subspace codes, numeric ids).")
{
    public string KeyHex { get; } = keyHex;
    public int Length { get; } = length;
    public int Limit { get; } = limit;
}

/// <summary>A value is longer than the configured maximum.</summary>
public sealed class ValueSizeException(string keyHex, int length, int limit)
    : StorageException($"Value of {length} bytes at key {keyHex} is over the configured {limit}-byte maximum.")
{
    public string KeyHex { get; } = keyHex;
    public int Length { get; } = length;
    public int Limit { get; } = limit;
}

/// <summary>An append whose key does not sort after the last key of its partition.</summary>
public sealed class KeyOrderException(string keyHex, string lastKeyHex)
    : StorageException($"Append of key {keyHex} out of order: the partition already ends at {lastKeyHex}. Appended keys must increase.")
{
    public string KeyHex { get; } = keyHex;
    public string LastKeyHex { get; } = lastKeyHex;
}

/// <summary>A write attempted while another writer holds the store, or from a thread that is not the writer.</summary>
public sealed class SecondWriterException(string why)
    : StorageException($"Second writer refused: {why}. A store has exactly one writer; route writes through it.")
{
}

/// <summary>The store is full and cannot grow further.</summary>
public sealed class StoreFullException(string where, long sizeBytes, long maxBytes)
    : StorageException($"Store at {where} is full: {sizeBytes} bytes used and it may not grow past {maxBytes} bytes.")
{
    public long SizeBytes { get; } = sizeBytes;
    public long MaxBytes { get; } = maxBytes;
}

/// <summary>A commit failed; nothing of the transaction was kept.</summary>
public sealed class CommitFailedException(string where, string why, Exception? inner = null)
    : StorageException($"Commit failed at {where}: {why}. Nothing of the transaction was kept.", inner)
{
    public string Why { get; } = why;
}

/// <summary>A stored record failed its checksum or could not be decoded: it is reported, never decoded.</summary>
public sealed class CorruptRecordException(string keyHex, string why)
    : StorageException($"Corrupt record at key {keyHex}: {why}.")
{
    public string KeyHex { get; } = keyHex;
    public string Why { get; } = why;
}
