namespace Specs.Inventory.Contracts.Commands.Kits;

[CommandContract(2019, "Take kits apart at a location, returning their components there. Refused when fewer kit units are there or the location is locked.")]
public sealed partial class DisassembleKit
{
    [Field(0, "The kit's SKU.")]
    public required string Sku { get; init; }

    [Field(1, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(2, "Code of the location (unique within its warehouse).")]
    public required string Location { get; init; }

    [Field(3, "Kit units to take apart; must be positive.")]
    public long Quantity { get; init; }
}
