namespace Specs.Inventory.Contracts.Commands.Ledger;

[CommandContract(2050, "Set the units of a SKU at a location (and lot) to a counted quantity. Nothing is recorded when it already holds that quantity.")]
public sealed partial class SetItemQuantity
{
    [Field(0, "The SKU (or an alternate SKU).")]
    public required string Sku { get; init; }

    [Field(1, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(2, "Code of the location (unique within its warehouse).")]
    public required string Location { get; init; }

    [Field(3, "Units the location holds from now on; zero or more.")]
    public long Quantity { get; init; }

    [Field(4, "Name of an active reason.")]
    public required string Reason { get; init; }

    [Field(5, "Lot of the units; required for lot-tracked products.")]
    public string? Lot { get; init; }

    [Field(6, "For serial-tracked products, every serial number at the location from now on (as many as the quantity).")]
    public IReadOnlyList<string> Serials { get; init; } = [];
}
