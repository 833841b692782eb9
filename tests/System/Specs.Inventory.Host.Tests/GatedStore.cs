using Specs.Inventory.Storage;

namespace Specs.Inventory.Host.Tests;

/// <summary>
/// A store that can hold the writer inside its next Write until released: how a test keeps the
/// pipeline busy so that the queue fills and the API answers 503.
/// </summary>
internal sealed class GatedStore(IKeyValueStore inner) : IKeyValueStore
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ManualResetEventSlim _entered = new(false);
    private readonly ManualResetEventSlim _released = new(true);
    private volatile bool _holdNext;

    public StoreLimits Limits => inner.Limits;

    public void HoldNextWrite()
    {
        _entered.Reset();
        _released.Reset();
        _holdNext = true;
    }

    public void WaitUntilHeld() => Assert.True(_entered.Wait(Patience), "the writer never entered the held Write");

    public void Release() => _released.Set();

    public IReadTransaction BeginRead() => inner.BeginRead();

    public TResult Write<TResult>(Func<IWriteTransaction, TResult> work)
    {
        if (_holdNext)
        {
            _holdNext = false;
            _entered.Set();
            Assert.True(_released.Wait(Patience), "the test never released the held Write");
        }

        return inner.Write(work);
    }

    public void Sync() => inner.Sync();

    public void Dispose()
    {
        _released.Set();
        inner.Dispose();
    }
}
