namespace Specs.Inventory.Storage.Lmdb;

/// <summary>LMDB refused an operation for a reason the caller cannot fix by changing the data written.</summary>
public sealed class LmdbOperationException(string operation, string where, string why, Exception? inner = null, bool foreignFile = false)
    : StorageException($"LMDB could not {operation} at {where}: {why}.", inner)
{
    /// <summary>The environment's data.mdb is not LMDB's, or another LMDB version's: the folder holds another format, not a failing disk.</summary>
    public bool ForeignFile { get; } = foreignFile;

    public string Operation { get; } = operation;
    public string Where { get; } = where;
    public string Why { get; } = why;
}
