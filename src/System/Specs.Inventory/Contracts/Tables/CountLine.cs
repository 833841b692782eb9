namespace Specs.Inventory.Contracts.Tables;

[ContractTable("One slot of a cycle count's snapshot: the units of a SKU (and lot) on hand at a location when the count started.")]
public sealed partial class CountLine
{
    [Field(0, "The SKU.")]
    public required string Sku { get; init; }

    [Field(1, "Code of the location (in the count's warehouse).")]
    public required string Location { get; init; }

    [Field(2, "Lot of the units, for lot-tracked products.")]
    public string? Lot { get; init; }

    [Field(3, "Units on hand when the count started.")]
    public long Quantity { get; init; }
}
