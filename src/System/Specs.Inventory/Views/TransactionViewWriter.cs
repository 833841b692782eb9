using Specs.Inventory.Diagnostics;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Views;

/// <summary>A view's keys in a live write transaction; refuses any key outside the view's subspace.</summary>
public sealed class TransactionViewWriter(IWriteTransaction transaction, Subspace subspace) : IViewWriter
{
    public bool TryGet(scoped ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value)
    {
        Check(key);
        return transaction.TryGet(key, out value);
    }

    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        Check(key);
        transaction.Put(key, value);
    }

    public bool Delete(ReadOnlySpan<byte> key)
    {
        Check(key);
        return transaction.Delete(key);
    }

    private void Check(ReadOnlySpan<byte> key) =>
        Invariant.Assert(subspace.Contains(key) && key.Length > subspace.Prefix.Length, $"a view wrote key {StorageException.Describe(key)} outside its subspace {subspace}");
}
