using Specs.Inventory.Contracts;
using Specs.Inventory.Domain;
using Specs.Inventory.Storage.Tuples;
using Specs.Inventory.Views;

namespace Specs.Runner.Tests.Host;

/// <summary>
/// A deliberately wrong view (test-only): it stores how many events this instance has applied so far, so a
/// rebuild from the log never writes what the live pipeline wrote. The replay check must report it.
/// </summary>
public sealed class MiscountingView : IView
{
    private long _applied;

    public string Name => "miscounting";

    public int Version => 1;

    public Subspace Subspace { get; } = new([0x7E]);

    public void Apply(IViewWriter view, in EventEnvelope envelope, IEventContract payload, InventoryState after) =>
        view.Put(Subspace.Pack("applied"), TupleCodec.Pack(++_applied));
}
