namespace Specs.Inventory.Contracts.Events.Counts;

[EventContract(1163, "A cycle count was approved: a QuantityAdjusted for each line with a variance follows, on the count's stream.")]
public sealed partial class CountApproved
{
    [Field(0, "Id of the count.")]
    public Guid CountId { get; init; }

    [Field(1, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(2, "Lines counted.")]
    public long LinesCounted { get; init; }

    [Field(3, "Lines adjusted (those with a variance).")]
    public long LinesAdjusted { get; init; }

    [Field(4, "Sum of the adjustments in units (negative when stock went down overall).")]
    public long NetUnits { get; init; }
}
