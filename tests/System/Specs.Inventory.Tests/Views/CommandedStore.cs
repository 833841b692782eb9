using Specs.Inventory.Contracts;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Storage.Tuples;
using Specs.Inventory.Tests.Support;
using Specs.Sim.Storage;

namespace Specs.Inventory.Tests.Views;

/// <summary>
/// A simulated store after commands ran through a command processor, every one of them accepted, and the rows one
/// view holds in it: what the views' row tests hold to the tuple codec's packing.
/// </summary>
internal static class CommandedStore
{
    /// <summary>A new store with every command of <paramref name="commands"/> processed and accepted, in order.</summary>
    public static SimulatedStore After(IEnumerable<ICommandContract> commands)
    {
        var store = new SimulatedStore();
        var processor = CommandProcessor.Open(store, new ManualClock(1_772_355_600_000), new DeterministicIds(5));
        foreach (var command in commands)
        {
            var outcome = Assert.IsType<CommandOutcome>(processor.Process([new SubmitCommand(command)])[0]);
            Assert.True(outcome.Response.Status == CommandStatus.Accepted, $"{command.GetType().Name}: {outcome.Response.Status} {outcome.Response.Refusal}");
        }

        return store;
    }

    /// <summary>The keys and values of <paramref name="store"/> under <paramref name="view"/>'s subspace, in key order.</summary>
    public static List<(byte[] Key, byte[] Value)> Rows(SimulatedStore store, Subspace view) =>
        [.. StoreDump.Pairs(store)
            .Select(pair => (Key: Convert.FromHexString(pair.Key), Value: Convert.FromHexString(pair.Value)))
            .Where(pair => view.Contains(pair.Key))];
}
