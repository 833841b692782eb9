namespace Specs.Inventory.Storage.Lmdb;

/// <summary>
/// Unwinds the work of a Write when LMDB reports MDB_MAP_FULL. It never reaches the caller: the store
/// catches it, aborts the transaction, grows the map and runs the work again.
/// </summary>
internal sealed class LmdbMapFullSignal()
    : Exception("The LMDB map is full; the store grows it and runs the transaction again.")
{
}
