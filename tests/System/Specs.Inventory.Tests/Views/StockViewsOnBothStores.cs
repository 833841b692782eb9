using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Lmdb;
using Specs.Sim.Storage;

namespace Specs.Inventory.Tests.Views;

/// <summary>The stock views on the simulator's store.</summary>
public sealed class SimulatedStockViewsTests : StockViewsContract
{
    protected override IKeyValueStore CreateStore() => new SimulatedStore();
}

/// <summary>The stock views on LMDB.</summary>
public sealed class LmdbStockViewsTests : StockViewsContract
{
    private DirectoryInfo? _folder;

    protected override IKeyValueStore CreateStore()
    {
        _folder = Directory.CreateTempSubdirectory("specs-stock-views-");
        return new LmdbStore(new LmdbStoreOptions { Path = _folder.FullName, Durability = LmdbDurability.NoSync });
    }

    public override void Dispose()
    {
        base.Dispose();
        _folder?.Delete(recursive: true);
    }
}
