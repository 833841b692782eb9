namespace Specs.Inventory.Contracts.Tables;

[ContractTable("Units of a transfer taken from (on shipping) or put into (on receiving) one location, with their lot and serials.")]
public sealed partial class TransferItem
{
    [Field(0, "The SKU (an alternate SKU in a command; the SKU itself in an event).")]
    public required string Sku { get; init; }

    [Field(1, "Code of the location in the shipping warehouse (ShipTransfer) or the receiving warehouse (ReceiveTransfer).")]
    public required string Location { get; init; }

    [Field(2, "Units; 1 to 10^12.")]
    public long Quantity { get; init; }

    [Field(3, "Lot of the units, for lot-tracked products; the lot travels with them.")]
    public string? Lot { get; init; }

    [Field(4, "Serial numbers of the units, for serial-tracked products (as many as the quantity).")]
    public IReadOnlyList<string> Serials { get; init; } = [];
}
