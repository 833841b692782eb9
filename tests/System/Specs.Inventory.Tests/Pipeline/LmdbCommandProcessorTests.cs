using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Lmdb;

namespace Specs.Inventory.Tests.Pipeline;

/// <summary>The processor on LMDB; a restart closes the environment and opens the folder again.</summary>
public sealed class LmdbCommandProcessorTests : CommandProcessorContract
{
    private DirectoryInfo? _folder;

    protected override IKeyValueStore CreateStore()
    {
        _folder = Directory.CreateTempSubdirectory("specs-processor-");
        return OpenFolder();
    }

    protected override IKeyValueStore Reopen(IKeyValueStore store)
    {
        store.Dispose();
        return OpenFolder();
    }

    public override void Dispose()
    {
        base.Dispose();
        _folder?.Delete(recursive: true);
    }

    private LmdbStore OpenFolder() => new(new LmdbStoreOptions { Path = _folder!.FullName, Durability = LmdbDurability.NoSync });
}
