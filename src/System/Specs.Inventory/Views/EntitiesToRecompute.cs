using Specs.Inventory.Contracts;
using Specs.Inventory.Domain;

namespace Specs.Inventory.Views;

/// <summary>
/// The rebuild of a view whose rows belong to one entity each (a sale, a picklist), keyed by its id: notes the ids
/// the events touch and writes each entity's rows once, from the final state, with the view's own writer.
/// </summary>
/// <param name="touched">Adds the ids an event changes to the set (none for an event of no such entity).</param>
/// <param name="write">Writes one entity's rows as a state holds it.</param>
internal sealed class EntitiesToRecompute(
    Action<IEventContract, InventoryState, HashSet<Guid>> touched,
    Action<IViewWriter, InventoryState, Guid> write) : IRowsToRecompute
{
    private readonly HashSet<Guid> _ids = [];

    public void Note(in EventEnvelope envelope, IEventContract payload, InventoryState after) => touched(payload, after, _ids);

    public void Write(IViewWriter view, InventoryState final)
    {
        foreach (var id in _ids)
        {
            write(view, final, id);
        }
    }
}
