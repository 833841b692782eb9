namespace Specs.Inventory.Contracts.Events.Ledger;

[EventContract(1051, "Stock of a SKU at a location was set to a counted quantity, for a stated reason. The delta is zero only when serial numbers were exchanged at an unchanged quantity.")]
public sealed partial class QuantityAdjusted
{
    [Field(0, "The SKU whose stock changed.")]
    public required string Sku { get; init; }

    [Field(1, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(2, "Code of the location (unique within its warehouse).")]
    public required string Location { get; init; }

    [Field(3, "Change in units: positive when stock went up, negative when it went down.")]
    public long Delta { get; init; }

    [Field(4, "Units at the location (in the lot, if any) after the change.")]
    public long Quantity { get; init; }

    [Field(5, "Name of the reason (reference data) that explains the change.")]
    public required string Reason { get; init; }

    [Field(6, "Lot of the units, for lot-tracked products.")]
    public string? Lot { get; init; }

    [Field(7, "Serial numbers now at the location that were not, for serial-tracked products.")]
    public IReadOnlyList<string> SerialsAdded { get; init; } = [];

    [Field(8, "Serial numbers no longer at the location, for serial-tracked products.")]
    public IReadOnlyList<string> SerialsRemoved { get; init; } = [];
}
