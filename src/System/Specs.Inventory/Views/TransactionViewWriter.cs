using Specs.Inventory.Diagnostics;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Views;

/// <summary>
/// A view's keys in the live write transaction; refuses any key outside the view's subspace. The command processor
/// keeps one per view and points it at each batch's transaction (<see cref="Begin"/>): made afresh, one per view per
/// batch, they were a twentieth of all a simulated cluster allocated.
/// </summary>
public sealed class TransactionViewWriter(Subspace subspace) : IViewWriter
{
    private IWriteTransaction? _transaction;

    private IWriteTransaction Transaction =>
        _transaction ?? throw new InvalidOperationException($"The view writer of {subspace} was used outside a batch's write transaction.");

    /// <summary>Writes go to <paramref name="transaction"/> until <see cref="End"/>.</summary>
    public void Begin(IWriteTransaction transaction) => _transaction = transaction;

    /// <summary>The batch is over: a write now is a mistake, not a write to a finished transaction.</summary>
    public void End() => _transaction = null;

    public bool TryGet(scoped ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value)
    {
        Check(key);
        return Transaction.TryGet(key, out value);
    }

    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        Check(key);
        Transaction.Put(key, value);
    }

    public bool Delete(ReadOnlySpan<byte> key)
    {
        Check(key);
        return Transaction.Delete(key);
    }

    private void Check(ReadOnlySpan<byte> key) =>
        Invariant.Assert(subspace.Contains(key) && key.Length > subspace.Prefix.Length, $"a view wrote key {StorageException.Describe(key)} outside its subspace {subspace}");
}
