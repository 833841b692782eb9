namespace Specs.Inventory.Contracts.Commands.Shipping;

[CommandContract(2129, "Put picked, unshipped units of a picklist line back into a location of its warehouse: Picked falls, OnHand there rises.")]
public sealed partial class UnpickItem
{
    [Field(0, "The picklist the units were picked on.")]
    public Guid PicklistId { get; init; }

    [Field(1, "The SKU (or an alternate SKU) of the line.")]
    public required string Sku { get; init; }

    [Field(2, "Code of the location, in the picklist's warehouse, the units go back to.")]
    public required string Location { get; init; }

    [Field(3, "Units put back; 1 to the line's picked, unshipped units (of the lot).")]
    public long Quantity { get; init; }

    [Field(4, "The sale of the line; absent for a line that serves no sale.")]
    public Guid? SaleId { get; init; }

    [Field(5, "Lot of the units, for lot-tracked products: one the line picked.")]
    public string? Lot { get; init; }

    [Field(6, "Serial numbers of the units, for serial-tracked products: ones the line picked.")]
    public IReadOnlyList<string> Serials { get; init; } = [];
}
