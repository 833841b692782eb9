namespace Specs.Inventory.Contracts.Tables;

[ContractTable("One SKU on a sale and its units: as sold by the channel, or as reserved in stock (kits expanded).")]
public sealed partial class SaleLine
{
    [Field(0, "The SKU (or an alternate SKU, in commands).")]
    public required string Sku { get; init; }

    [Field(1, "Units; always positive.")]
    public long Quantity { get; init; }
}
