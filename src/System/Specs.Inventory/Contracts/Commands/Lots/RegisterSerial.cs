namespace Specs.Inventory.Contracts.Commands.Lots;

[CommandContract(2178, "Register a serial number of a serial-tracked SKU before the unit is in stock. Refused when the SKU already knows it.")]
public sealed partial class RegisterSerial
{
    [Field(0, "The SKU (or an alternate SKU) the serial belongs to.")]
    public required string Sku { get; init; }

    [Field(1, "The serial number (1-64 characters, unique per SKU).")]
    public required string Serial { get; init; }
}
