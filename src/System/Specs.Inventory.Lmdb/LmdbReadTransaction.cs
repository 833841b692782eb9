using LightningDB;

namespace Specs.Inventory.Storage.Lmdb;

/// <summary>
/// A snapshot of everything committed before it began. It sees only the partitions published before it
/// began, which are exactly the partitions that exist in its snapshot (the store takes both under one lock).
/// </summary>
internal sealed class LmdbReadTransaction(LmdbStore store, LightningTransaction native, LightningDatabase?[] partitions)
    : LmdbTransaction(store, native)
{
    private bool _closed;
    private bool _closedByStore;

    public override void Dispose()
    {
        if (!_closed)
        {
            Store.Release(this);
        }
    }

    internal override LightningDatabase? PartitionForReading(byte partition) => partitions[partition];

    internal override void ThrowIfClosed()
    {
        if (_closed)
        {
            throw new ObjectDisposedException(
                nameof(IReadTransaction),
                _closedByStore
                    ? $"The store at {Store.Path} was disposed while this read transaction was open, so the store closed it."
                    : "This read transaction was disposed.");
        }
    }

    /// <summary>Ends the LMDB transaction; called by the store under its lock.</summary>
    internal void CloseNative(bool closedByStore)
    {
        if (_closed)
        {
            return;
        }

        CloseCursors();
        Native.Dispose();
        _closed = true;
        _closedByStore = closedByStore;
    }
}
