namespace Specs.Inventory.Contracts.Commands.Locations;

[CommandContract(2034, "Decide whether stock in a location counts towards Available. Nothing is recorded when it already does as asked.")]
public sealed partial class SetSellable
{
    [Field(0, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(1, "Code of the location (unique within its warehouse).")]
    public required string Location { get; init; }

    [Field(2, "Whether stock in the location counts towards Available.")]
    public bool Sellable { get; init; }
}
