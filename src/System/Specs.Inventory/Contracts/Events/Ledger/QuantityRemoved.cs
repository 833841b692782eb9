namespace Specs.Inventory.Contracts.Events.Ledger;

[EventContract(1049, "Stock of a SKU at a location went down, for a stated reason; on hand never goes below zero.")]
public sealed partial class QuantityRemoved
{
    [Field(0, "The SKU whose stock changed.")]
    public required string Sku { get; init; }

    [Field(1, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(2, "Code of the location (unique within its warehouse).")]
    public required string Location { get; init; }

    [Field(3, "Units removed; always positive.")]
    public long Quantity { get; init; }

    [Field(4, "Name of the reason (reference data) that explains the change.")]
    public required string Reason { get; init; }

    [Field(5, "Lot of the units, for lot-tracked products.")]
    public string? Lot { get; init; }

    [Field(6, "Serial numbers of the units, for serial-tracked products (as many as the quantity).")]
    public IReadOnlyList<string> Serials { get; init; } = [];
}
