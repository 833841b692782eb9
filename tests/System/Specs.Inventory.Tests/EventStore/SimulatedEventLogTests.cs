using Specs.Inventory.Storage;
using Specs.Sim.Storage;

namespace Specs.Inventory.Tests.EventStore;

/// <summary>The event log on the simulator's in-memory store.</summary>
public sealed class SimulatedEventLogTests : EventLogContract
{
    protected override IKeyValueStore CreateStore() => new SimulatedStore();
}
