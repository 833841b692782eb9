using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Kits;

/// <summary>
/// how many units of a kit channels may sell. The kit's own Available (units already assembled)
/// plus the kits its components could still make: the minimum over its lines of
/// floor(component Available / units per kit), where a component that is itself a kit counts with its
/// own kit availability. An inactive component has no stock, so a kit listing one can't be built.
/// </summary>
public static class KitAvailability
{
    public static long Of(InventoryState state, string kitSku)
    {
        var own = StockFigures.Of(state, kitSku).Available;
        return state.Kits.Find(kitSku) is { } kit ? own + Buildable(state, kit) : own;
    }

    /// <summary>Kits the components could still make: min over lines of floor(component available / units per kit).</summary>
    public static long Buildable(InventoryState state, Kit kit) =>
        // PlantedBugs: with KitIgnoresLastComponent on, the last line does not count (a seeded bug for the hunter).
        (PlantedBugs.IsOn(PlantedBug.KitIgnoresLastComponent) && kit.Lines.Length > 1 ? kit.Lines.Take(kit.Lines.Length - 1) : kit.Lines.AsEnumerable())
            .Min(line => Of(state, line.Sku) / line.Quantity);

    /// <summary>
    /// The kits whose availability may move when <paramref name="component"/>'s does: the kits naming it,
    /// the kits naming those, and so on (kit definitions hold no cycle, R-2.3), in ordinal order, each once.
    /// </summary>
    public static IReadOnlyList<string> KitsAffectedBy(InventoryState state, string component)
    {
        var found = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var waiting = new Stack<string>();
        waiting.Push(component);
        while (waiting.Count > 0)
        {
            foreach (var kit in state.Kits.KitsUsing(waiting.Pop()))
            {
                if (found.Add(kit))
                {
                    waiting.Push(kit);
                }
            }
        }

        return [.. found];
    }
}
