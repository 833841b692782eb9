namespace Specs.Inventory.Contracts.Commands.Picking;

[CommandContract(2114, "Pick units of a picklist line out of a location: on hand there becomes Picked. Refused beyond what the line still needs or the location holds, or for a lot that expires after another pickable lot.")]
public sealed partial class PickItem
{
    [Field(0, "The picklist.")]
    public Guid PicklistId { get; init; }

    [Field(1, "The SKU (or an alternate SKU) of the line.")]
    public required string Sku { get; init; }

    [Field(2, "Code of the location in the picklist's warehouse; absent for an express pick, allowed only when the SKU sits in one location there.")]
    public string? Location { get; init; }

    [Field(3, "Units picked; 1 to what the line still needs.")]
    public long Quantity { get; init; }

    [Field(4, "The sale of the line; absent for a line that serves no sale.")]
    public Guid? SaleId { get; init; }

    [Field(5, "Lot of the units, for lot-tracked products.")]
    public string? Lot { get; init; }

    [Field(6, "Serial numbers of the units, for serial-tracked products (as many as the quantity).")]
    public IReadOnlyList<string> Serials { get; init; } = [];
}
