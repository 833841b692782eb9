namespace Specs.Inventory.Contracts.Tables;

[ContractTable("One component of a kit: a SKU and how many units of it one kit holds.")]
public sealed partial class KitLine
{
    [Field(0, "The component's SKU.")]
    public required string Sku { get; init; }

    [Field(1, "Units of the component per kit (in a definition), or in total (in an assembly); always positive.")]
    public long Quantity { get; init; }
}
