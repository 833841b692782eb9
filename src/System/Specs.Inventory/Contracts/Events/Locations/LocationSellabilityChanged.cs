namespace Specs.Inventory.Contracts.Events.Locations;

[EventContract(1034, "Stock in a location now counts, or no longer counts, towards Available.")]
public sealed partial class LocationSellabilityChanged
{
    [Field(0, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(1, "Code of the location (unique within its warehouse).")]
    public required string Location { get; init; }

    [Field(2, "Whether stock in the location counts towards Available from now on.")]
    public bool Sellable { get; init; }
}
