using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Events.Counts;

[EventContract(1160, "A cycle count started over some locations of a warehouse, with a snapshot of what they held. Stock keeps moving; the count reconciles it.")]
public sealed partial class CountStarted
{
    [Field(0, "Id of the count (from the server's id generator).")]
    public Guid CountId { get; init; }

    [Field(1, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(2, "Codes of the locations counted.")]
    public IReadOnlyList<string> Locations { get; init; } = [];

    [Field(3, "Name of the reason the approved adjustments will cite.")]
    public required string Reason { get; init; }

    [Field(4, "The snapshot: every SKU and lot on hand in those locations at the start.")]
    public IReadOnlyList<CountLine> Lines { get; init; } = [];
}
