namespace Specs.Inventory.Contracts.Tables;

[ContractTable("One SKU (and lot) received on a purchase order, with its cost.")]
public sealed partial class ReceivedLine
{
    [Field(0, "The SKU received.")]
    public required string Sku { get; init; }

    [Field(1, "Units received; always positive.")]
    public long Quantity { get; init; }

    [Field(2, "Lot of the units, for lot-tracked products.")]
    public string? Lot { get; init; }

    [Field(3, "Serial numbers of the units, for serial-tracked products (as many as the quantity).")]
    public IReadOnlyList<string> Serials { get; init; } = [];

    [Field(4, "Cost of one unit from the purchase order line, in the currency's minor unit (cents).")]
    public long UnitCostMinor { get; init; }

    [Field(5, "The SKU's moving average unit cost after this line, in minor units, rounded half up.")]
    public long AverageCostMinor { get; init; }
}
