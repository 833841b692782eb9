namespace Specs.Inventory.Contracts.Commands.Ledger;

[CommandContract(2051, "Move units of a SKU between two locations of one warehouse. Refused when the source holds fewer units or either location is locked.")]
public sealed partial class MoveItem
{
    [Field(0, "The SKU (or an alternate SKU) to move.")]
    public required string Sku { get; init; }

    [Field(1, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(2, "Code of the location the units leave.")]
    public required string FromLocation { get; init; }

    [Field(3, "Code of the location the units go to.")]
    public required string ToLocation { get; init; }

    [Field(4, "Units to move; must be positive.")]
    public long Quantity { get; init; }

    [Field(5, "Lot of the units; required for lot-tracked products.")]
    public string? Lot { get; init; }

    [Field(6, "Serial numbers; required for serial-tracked products, as many as the quantity, all at the source.")]
    public IReadOnlyList<string> Serials { get; init; } = [];
}
