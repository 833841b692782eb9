namespace Specs.Inventory.Contracts.Events.Lots;

[EventContract(1179, "One serial-numbered unit moved between two locations of one warehouse; the SKU's total is unchanged.")]
public sealed partial class SerialMoved
{
    [Field(0, "The SKU the serial belongs to.")]
    public required string Sku { get; init; }

    [Field(1, "The serial number.")]
    public required string Serial { get; init; }

    [Field(2, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(3, "Code of the location the unit left.")]
    public required string FromLocation { get; init; }

    [Field(4, "Code of the location the unit arrived at.")]
    public required string ToLocation { get; init; }
}
