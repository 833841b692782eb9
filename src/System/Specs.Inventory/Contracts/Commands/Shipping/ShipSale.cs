namespace Specs.Inventory.Contracts.Commands.Shipping;

[CommandContract(2130, "Ship every picked, passed unit of a sale. Refused while a line of the sale on an open picklist still needs picking, or a picked unit is unchecked or failed.")]
public sealed partial class ShipSale
{
    [Field(0, "The sale, as its picklist lines name it.")]
    public Guid SaleId { get; init; }

    [Field(1, "The carrier's tracking number (1-64 characters).")]
    public required string TrackingNumber { get; init; }

    [Field(2, "The carrier, if said (1-200 characters).")]
    public string? Carrier { get; init; }
}
