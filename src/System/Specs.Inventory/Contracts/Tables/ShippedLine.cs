namespace Specs.Inventory.Contracts.Tables;

[ContractTable("Units of one picklist line, SKU and lot that left the warehouse in a shipment.")]
public sealed partial class ShippedLine
{
    [Field(0, "The picklist the units were picked on.")]
    public Guid PicklistId { get; init; }

    [Field(1, "The SKU shipped.")]
    public required string Sku { get; init; }

    [Field(2, "Code of the warehouse the units were picked in.")]
    public required string Warehouse { get; init; }

    [Field(3, "Units shipped; always positive.")]
    public long Quantity { get; init; }

    [Field(4, "Lot of the units, for lot-tracked products.")]
    public string? Lot { get; init; }

    [Field(5, "Serial numbers of the units, for serial-tracked products (as many as the quantity).")]
    public IReadOnlyList<string> Serials { get; init; } = [];
}
