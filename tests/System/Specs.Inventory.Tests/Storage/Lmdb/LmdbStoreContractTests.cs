using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Lmdb;

namespace Specs.Inventory.Tests.Storage.Lmdb;

/// <summary>The store contract on LMDB, each test in a fresh temporary environment.</summary>
public sealed class LmdbStoreContractTests : KeyValueStoreContract
{
    protected override IKeyValueStore CreateStore(StoreLimits limits) => LmdbStore.CreateTemporary(limits: limits);
}
