using Specs.Inventory.Storage;

namespace Specs.Inventory.Host.Tests;

/// <summary>A store whose writes fail with an error that is not the store's own (a bug of the server's, as far as the API can tell) once armed.</summary>
internal sealed class FailingStore(IKeyValueStore inner) : IKeyValueStore
{
    private volatile bool _failing;

    public StoreLimits Limits => inner.Limits;

    public void FailWrites() => _failing = true;

    public IReadTransaction BeginRead() => inner.BeginRead();

    public TResult Write<TResult>(Func<IWriteTransaction, TResult> work) =>
        _failing ? throw new InvalidOperationException("a write failed for a reason the API cannot name") : inner.Write(work);

    public void Sync() => inner.Sync();

    public void Dispose() => inner.Dispose();
}
