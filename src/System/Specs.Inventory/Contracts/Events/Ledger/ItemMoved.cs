namespace Specs.Inventory.Contracts.Events.Ledger;

[EventContract(1050, "Units of a SKU moved between two locations of one warehouse; the SKU's total is unchanged.")]
public sealed partial class ItemMoved
{
    [Field(0, "The SKU that moved.")]
    public required string Sku { get; init; }

    [Field(1, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(2, "Code of the location the units left.")]
    public required string FromLocation { get; init; }

    [Field(3, "Code of the location the units arrived at.")]
    public required string ToLocation { get; init; }

    [Field(4, "Units moved; always positive.")]
    public long Quantity { get; init; }

    [Field(5, "Lot of the units, for lot-tracked products.")]
    public string? Lot { get; init; }

    [Field(6, "Serial numbers of the units, for serial-tracked products (as many as the quantity).")]
    public IReadOnlyList<string> Serials { get; init; } = [];
}
