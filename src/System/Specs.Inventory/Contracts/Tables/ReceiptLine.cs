namespace Specs.Inventory.Contracts.Tables;

[ContractTable("One SKU received on a purchase order receipt.")]
public sealed partial class ReceiptLine
{
    [Field(0, "The SKU received.")]
    public required string Sku { get; init; }

    [Field(1, "Units received; always positive.")]
    public long Quantity { get; init; }

    [Field(2, "Lot of the units, for lot-tracked products.")]
    public string? Lot { get; init; }

    [Field(3, "When the lot expires, Unix milliseconds; absent when it does not expire.")]
    public long? ExpiresAtUnixMs { get; init; }

    [Field(4, "Serial numbers of the units, for serial-tracked products (as many as the quantity).")]
    public IReadOnlyList<string> Serials { get; init; } = [];

    [Field(5, "Cost of one unit in the currency's minor unit (cents), used for the average cost.")]
    public long UnitCostMinor { get; init; }
}
