namespace Specs.Inventory.Contracts.Events.Counts;

[EventContract(1161, "Units of a SKU (and lot) at a counted location were counted. The variance is against what the system held at that moment: the snapshot plus the movements recorded since the start.")]
public sealed partial class CountRecorded
{
    [Field(0, "Id of the count.")]
    public Guid CountId { get; init; }

    [Field(1, "The SKU counted.")]
    public required string Sku { get; init; }

    [Field(2, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(3, "Code of the location.")]
    public required string Location { get; init; }

    [Field(4, "Lot of the units, for lot-tracked products.")]
    public string? Lot { get; init; }

    [Field(5, "Units counted.")]
    public long Counted { get; init; }

    [Field(6, "Units on hand at the location (and lot) when the count started; zero for stock found outside the snapshot.")]
    public long Snapshot { get; init; }

    [Field(7, "Units on hand when this count was recorded: the snapshot plus every movement since the start.")]
    public long Expected { get; init; }

    [Field(8, "Counted minus expected: what approval will adjust.")]
    public long Variance { get; init; }

    [Field(9, "For serial-tracked products, the serial numbers found (as many as counted).")]
    public IReadOnlyList<string> Serials { get; init; } = [];

    [Field(10, "Whether this count replaces an earlier count of the same line (a recount).")]
    public bool IsRecount { get; init; }
}
