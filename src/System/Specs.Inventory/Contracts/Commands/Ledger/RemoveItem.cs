namespace Specs.Inventory.Contracts.Commands.Ledger;

[CommandContract(2049, "Remove units of a SKU from a location. Refused when the location (or lot) holds fewer units, the reason is not an active reason, or the location is locked.")]
public sealed partial class RemoveItem
{
    [Field(0, "The SKU (or an alternate SKU) to remove.")]
    public required string Sku { get; init; }

    [Field(1, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(2, "Code of the location (unique within its warehouse).")]
    public required string Location { get; init; }

    [Field(3, "Units to remove; must be positive.")]
    public long Quantity { get; init; }

    [Field(4, "Name of an active reason.")]
    public required string Reason { get; init; }

    [Field(5, "Lot of the units; required for lot-tracked products.")]
    public string? Lot { get; init; }

    [Field(6, "Serial numbers; required for serial-tracked products, as many as the quantity, all at the location.")]
    public IReadOnlyList<string> Serials { get; init; } = [];
}
