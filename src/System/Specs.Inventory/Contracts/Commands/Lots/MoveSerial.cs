namespace Specs.Inventory.Contracts.Commands.Lots;

[CommandContract(2179, "Move one serial-numbered unit to another location of its warehouse, wherever it is now. Refused when it is not in stock in that warehouse or either location is locked.")]
public sealed partial class MoveSerial
{
    [Field(0, "The SKU (or an alternate SKU) the serial belongs to.")]
    public required string Sku { get; init; }

    [Field(1, "The serial number.")]
    public required string Serial { get; init; }

    [Field(2, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(3, "Code of the location the unit goes to.")]
    public required string ToLocation { get; init; }
}
