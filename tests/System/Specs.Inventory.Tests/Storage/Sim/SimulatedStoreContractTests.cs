using Specs.Inventory.Storage;
using Specs.Sim.Storage;

namespace Specs.Inventory.Tests.Storage.Sim;

/// <summary>The store contract on the simulator's in-memory store.</summary>
public sealed class SimulatedStoreContractTests : KeyValueStoreContract
{
    protected override IKeyValueStore CreateStore(StoreLimits limits) => new SimulatedStore(limits: limits);
}
