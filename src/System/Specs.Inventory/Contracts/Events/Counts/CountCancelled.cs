namespace Specs.Inventory.Contracts.Events.Counts;

[EventContract(1164, "A cycle count was cancelled: nothing it recorded adjusts stock, and its locations may be counted again.")]
public sealed partial class CountCancelled
{
    [Field(0, "Id of the count.")]
    public Guid CountId { get; init; }

    [Field(1, "Code of the warehouse.")]
    public required string Warehouse { get; init; }
}
