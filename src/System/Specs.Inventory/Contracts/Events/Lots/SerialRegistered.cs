namespace Specs.Inventory.Contracts.Events.Lots;

[EventContract(1178, "A serial number of a serial-tracked SKU was registered before any unit with it is in stock.")]
public sealed partial class SerialRegistered
{
    [Field(0, "The SKU the serial belongs to.")]
    public required string Sku { get; init; }

    [Field(1, "The serial number (unique per SKU).")]
    public required string Serial { get; init; }
}
