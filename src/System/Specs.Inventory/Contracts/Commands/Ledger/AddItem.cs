namespace Specs.Inventory.Contracts.Commands.Ledger;

[CommandContract(2048, "Add units of a SKU at a location. Refused when the reason is not an active reason, a lot-tracked SKU has no registered lot, serials do not match the quantity, or the location is locked.")]
public sealed partial class AddItem
{
    [Field(0, "The SKU (or an alternate SKU) to add.")]
    public required string Sku { get; init; }

    [Field(1, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(2, "Code of the location (unique within its warehouse).")]
    public required string Location { get; init; }

    [Field(3, "Units to add; must be positive.")]
    public long Quantity { get; init; }

    [Field(4, "Name of an active reason.")]
    public required string Reason { get; init; }

    [Field(5, "Lot of the units; required for lot-tracked products, which must have registered it.")]
    public string? Lot { get; init; }

    [Field(6, "Serial numbers; required for serial-tracked products, as many as the quantity, none of them in stock.")]
    public IReadOnlyList<string> Serials { get; init; } = [];
}
