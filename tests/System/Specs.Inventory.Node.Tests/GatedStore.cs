using Specs.Inventory.Storage;

namespace Specs.Inventory.Node.Tests;

/// <summary>
/// A store that can hold the writer inside its next Write until released: how a test fills the queue
/// behind a busy writer, and sees which replies complete before and after a commit.
/// </summary>
internal sealed class GatedStore(IKeyValueStore inner) : IKeyValueStore
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ManualResetEventSlim _entered = new(false);
    private readonly ManualResetEventSlim _released = new(true);
    private volatile bool _holdNext;
    private long _commits;

    public StoreLimits Limits => inner.Limits;

    /// <summary>Write transactions that committed through this store.</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>The next Write waits, once inside, until <see cref="Release"/>.</summary>
    public void HoldNextWrite()
    {
        _entered.Reset();
        _released.Reset();
        _holdNext = true;
    }

    /// <summary>Waits until the writer is held inside a Write.</summary>
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

        var result = inner.Write(work);
        Interlocked.Increment(ref _commits);
        return result;
    }

    public void Sync() => inner.Sync();

    public void Dispose()
    {
        inner.Dispose();
        _entered.Dispose();
        _released.Dispose();
    }
}
