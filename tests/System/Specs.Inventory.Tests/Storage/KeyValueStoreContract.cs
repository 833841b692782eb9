using Specs.Inventory.Storage;

namespace Specs.Inventory.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="IKeyValueStore"/> backend must show. Each backend runs it through a
/// subclass that only says how to create a store.
/// </summary>
public abstract partial class KeyValueStoreContract : IDisposable
{
    private readonly List<IKeyValueStore> _stores = [];

    protected KeyValueStoreContract()
    {
        Store = NewStore(StoreLimits.Default);
    }

    protected IKeyValueStore Store { get; }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    protected abstract IKeyValueStore CreateStore(StoreLimits limits);

    protected IKeyValueStore NewStore(StoreLimits limits)
    {
        var store = CreateStore(limits);
        _stores.Add(store);
        return store;
    }

    private static byte[] K(params byte[] bytes) => bytes;

    private static byte[] Everything => [0xFF, 0xFF, 0xFF, 0xFF];

    [Fact]
    public void A_value_put_is_read_back()
    {
        Store.Put(K(1, 2), K(9, 9, 9));

        Assert.Equal(K(9, 9, 9), Store.Get(K(1, 2)));
    }

    [Fact]
    public void A_missing_key_reads_as_absent()
    {
        Store.Put(K(1, 2), K(9));

        Assert.Null(Store.Get(K(1, 3)));
        Assert.Null(Store.Get(K(2)));
    }

    [Fact]
    public void An_empty_value_is_stored_and_read_back_as_empty()
    {
        Store.Put(K(1), []);

        Assert.Equal(0, Store.Get(K(1))?.Length);
    }

    [Fact]
    public void A_put_over_an_existing_key_replaces_its_value()
    {
        Store.Put(K(1), K(1));
        Store.Put(K(1), K(2, 2));

        Assert.Equal(K(2, 2), Store.Get(K(1)));
        Assert.Single(Store.ReadRange([], Everything));
    }

    [Fact]
    public void Delete_removes_the_key_and_reports_whether_it_existed()
    {
        Store.Put(K(1), K(1));

        var deleted = Store.Write(transaction => (transaction.Delete(K(1)), transaction.Delete(K(1)), transaction.Delete(K(7, 7))));

        Assert.Equal((true, false, false), deleted);
        Assert.Null(Store.Get(K(1)));
    }

    [Fact]
    public void Write_returns_the_result_of_its_work()
    {
        var result = Store.Write(transaction =>
        {
            transaction.Put(K(1), K(1));
            return "done";
        });

        Assert.Equal("done", result);
    }
}
