namespace Specs.Inventory.Contracts.Commands.Picking;

[CommandContract(2115, "Record that units of a picklist line could not be found: the line needs them no more, the sale still does.")]
public sealed partial class ShortPick
{
    [Field(0, "The picklist.")]
    public Guid PicklistId { get; init; }

    [Field(1, "The SKU (or an alternate SKU) of the line.")]
    public required string Sku { get; init; }

    [Field(2, "Units not found; 1 to what the line still needs.")]
    public long Quantity { get; init; }

    [Field(3, "The sale of the line; absent for a line that serves no sale.")]
    public Guid? SaleId { get; init; }
}
