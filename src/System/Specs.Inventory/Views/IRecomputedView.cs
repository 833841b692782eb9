using Specs.Inventory.Contracts;
using Specs.Inventory.Domain;

namespace Specs.Inventory.Views;

/// <summary>
/// A view whose rows are a function of the state alone: an event only says which rows to recompute. Live,
/// <see cref="IView.Apply"/> recomputes them from the state after each event; a rebuild (<see cref="LogReplay"/>)
/// notes them over the whole log and recomputes each row once, from the state at the end, through the same code.
/// </summary>
/// <remarks>
/// The two agree byte for byte as long as every event that changes a row touches it, which is what the live view
/// needs to be right in the first place; a replay check compares them, so it also verifies that. A rebuild of the
/// stock view over a million events recomputed a hot SKU's rows hundreds of times, each from the state of that
/// moment, to keep only the last (docs/benchmarks.md, §13).
/// </remarks>
public interface IRecomputedView : IView
{
    /// <summary>Starts noting the rows a rebuild recomputes at its end.</summary>
    IRowsToRecompute StartRebuild();
}

/// <summary>The rows one rebuild of an <see cref="IRecomputedView"/> has to recompute.</summary>
public interface IRowsToRecompute
{
    /// <summary>Notes the rows <paramref name="payload"/> touches; <paramref name="after"/> is the state once it is evolved.</summary>
    void Note(in EventEnvelope envelope, IEventContract payload, InventoryState after);

    /// <summary>Writes every noted row as the state at the end of the log gives it (a row with nothing left is deleted).</summary>
    void Write(IViewWriter view, InventoryState final);
}
