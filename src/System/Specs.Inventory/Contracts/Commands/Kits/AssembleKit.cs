namespace Specs.Inventory.Contracts.Commands.Kits;

[CommandContract(2018, "Assemble kits at a location from the components there. Refused when a component is short there or the location is locked.")]
public sealed partial class AssembleKit
{
    [Field(0, "The kit's SKU.")]
    public required string Sku { get; init; }

    [Field(1, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(2, "Code of the location (unique within its warehouse).")]
    public required string Location { get; init; }

    [Field(3, "Kit units to produce; must be positive.")]
    public long Quantity { get; init; }
}
