namespace Specs.Inventory.Contracts.Commands.Ledger;

[CommandContract(2048, "Add units of a SKU at a location. Refused when the reason does not exist, a lot-tracked SKU has no lot, or serials do not match the quantity.")]
public sealed partial class AddItem
{
    [Field(0, "The SKU to add.")]
    public required string Sku { get; init; }

    [Field(1, "Code of the location.")]
    public required string Location { get; init; }

    [Field(2, "Units to add; must be positive.")]
    public long Quantity { get; init; }

    [Field(3, "Code of an existing reason.")]
    public required string Reason { get; init; }

    [Field(4, "Lot of the units; required for lot-tracked products.")]
    public string? Lot { get; init; }

    [Field(5, "Serial numbers; required for serial-tracked products, as many as the quantity.")]
    public IReadOnlyList<string> Serials { get; init; } = [];
}
