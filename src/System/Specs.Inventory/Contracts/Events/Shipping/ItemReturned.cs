namespace Specs.Inventory.Contracts.Events.Shipping;

[EventContract(1132, "Units of a shipped sale came back and are on hand in a location, with a reason.")]
public sealed partial class ItemReturned
{
    [Field(0, "The sale the units came back from.")]
    public Guid SaleId { get; init; }

    [Field(1, "The SKU returned.")]
    public required string Sku { get; init; }

    [Field(2, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(3, "Code of the location the units went into.")]
    public required string Location { get; init; }

    [Field(4, "Units returned; always positive.")]
    public long Quantity { get; init; }

    [Field(5, "Why they came back (the reason's recorded name).")]
    public required string Reason { get; init; }

    [Field(6, "Lot of the units, for lot-tracked products.")]
    public string? Lot { get; init; }

    [Field(7, "Serial numbers of the units, for serial-tracked products.")]
    public IReadOnlyList<string> Serials { get; init; } = [];
}
