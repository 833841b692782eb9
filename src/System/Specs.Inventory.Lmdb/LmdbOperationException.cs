namespace Specs.Inventory.Storage.Lmdb;

/// <summary>LMDB refused an operation for a reason the caller cannot fix by changing the data written.</summary>
public sealed class LmdbOperationException(string operation, string where, string why, Exception? inner = null)
    : StorageException($"LMDB could not {operation} at {where}: {why}.", inner)
{
    public string Operation { get; } = operation;
    public string Where { get; } = where;
    public string Why { get; } = why;
}
