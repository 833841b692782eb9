namespace Specs.Inventory.Contracts.Tables;

[ContractTable("One planned line of a transfer: how many units of a SKU go from one warehouse to another.")]
public sealed partial class TransferLine
{
    [Field(0, "The SKU to transfer (an alternate SKU in a command; the SKU itself in an event).")]
    public required string Sku { get; init; }

    [Field(1, "Units planned; 1 to 10^12.")]
    public long Quantity { get; init; }
}
