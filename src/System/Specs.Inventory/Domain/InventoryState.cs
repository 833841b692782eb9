using Specs.Inventory.Domain.ReferenceData;

namespace Specs.Inventory.Domain;

/// <summary>
/// Everything the deciders need to know, as one immutable value: each area keeps its own part.
/// Immutable so that a refused command, or a group commit that fails to reach the disk, is undone by
/// keeping the previous value; persistent collections make each new value cheap.
/// </summary>
public sealed record InventoryState
{
    public static InventoryState Empty { get; } = new();

    public ReferenceDataState ReferenceData { get; init; } = ReferenceDataState.Empty;
}
