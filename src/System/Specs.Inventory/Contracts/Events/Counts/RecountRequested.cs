namespace Specs.Inventory.Contracts.Events.Counts;

[EventContract(1162, "A counted line must be counted again before the count can be approved: its variance passed the threshold, or a supervisor asked.")]
public sealed partial class RecountRequested
{
    [Field(0, "Id of the count.")]
    public Guid CountId { get; init; }

    [Field(1, "The SKU to count again.")]
    public required string Sku { get; init; }

    [Field(2, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(3, "Code of the location.")]
    public required string Location { get; init; }

    [Field(4, "Lot of the units, for lot-tracked products.")]
    public string? Lot { get; init; }

    [Field(5, "The variance of the count being questioned.")]
    public long Variance { get; init; }

    [Field(6, "The largest variance accepted without a recount for this line: max(2, 5% of expected, rounded up).")]
    public long Threshold { get; init; }
}
