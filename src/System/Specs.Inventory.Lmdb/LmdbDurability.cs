namespace Specs.Inventory.Storage.Lmdb;

/// <summary>How much a commit promises about surviving power loss.</summary>
public enum LmdbDurability
{
    /// <summary>Every commit is flushed to disk before Write returns (two fdatasyncs per commit).</summary>
    Durable,

    /// <summary>
    /// Commits are atomic, consistent and isolated, and survive a process crash, but the last ones may be
    /// lost on power loss until <see cref="IKeyValueStore.Sync"/> (NoSync + NoMetaSync). For temporary
    /// environments and for writers that group-commit and sync before acknowledging.
    /// </summary>
    NoSync,
}
