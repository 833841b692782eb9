namespace Specs.Inventory.Contracts.Tables;

[ContractTable("One SKU (and lot) on a receipt, as the receiving clerk reports it.")]
public sealed partial class ReceiptLine
{
    [Field(0, "The SKU (or an alternate SKU) received; it must be on the purchase order.")]
    public required string Sku { get; init; }

    [Field(1, "Units received; must be positive.")]
    public long Quantity { get; init; }

    [Field(2, "Lot of the units, for lot-tracked products; a lot the SKU has not registered is registered by the receipt.")]
    public string? Lot { get; init; }

    [Field(3, "When the lot expires, Unix milliseconds; used when the receipt registers the lot, and must match a registered lot's expiry when given.")]
    public long? ExpiresAtUnixMs { get; init; }

    [Field(4, "Serial numbers of the units, for serial-tracked products (as many as the quantity, none in stock).")]
    public IReadOnlyList<string> Serials { get; init; } = [];
}
