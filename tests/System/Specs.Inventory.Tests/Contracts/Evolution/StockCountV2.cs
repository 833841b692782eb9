using Specs.Inventory.Contracts;
using Specs.Inventory.Tests.Contracts.Samples;

namespace Specs.Inventory.Tests.Contracts.Evolution.V2;

/// <summary>The current version: version 1 with fields appended (the only change allowed).</summary>
[ContractTable("A stock count, version 2.")]
public sealed partial class StockCount
{
    [Field(0, "The SKU counted.")]
    public string Sku { get; init; } = "";

    [Field(1, "Units counted.")]
    public long Quantity { get; init; }

    [Field(2, "Lot counted.")]
    public string? Lot { get; init; }

    [Field(3, "When the count was made.")]
    public long? CountedAtUnixMs { get; init; }

    [Field(4, "Who counted.")]
    public Guid CounterId { get; init; }

    [Field(5, "Serials seen.")]
    public IReadOnlyList<string> Serials { get; init; } = [];

    [Field(6, "Quality grade.")]
    public Grade Grade { get; init; }

    [Field(7, "Details.")]
    public SampleDetail? Detail { get; init; }

    [Field(8, "Recounts needed.")]
    public long Recounts { get; init; }

    [Field(9, "Whether a supervisor verified the count.")]
    public bool Verified { get; init; }

    [Field(10, "Name of the counter; new fields may also be required strings, which read as empty.")]
    public string Counter { get; init; } = "";
}
