namespace Specs.Inventory.Contracts.Commands.Lots;

[CommandContract(2177, "Expire a lot now (a recall, a spoiled batch): its units are no longer sellable. Expiring an expired lot changes nothing.")]
public sealed partial class ExpireLot
{
    [Field(0, "The SKU (or an alternate SKU) the lot belongs to.")]
    public required string Sku { get; init; }

    [Field(1, "The lot code.")]
    public required string Lot { get; init; }
}
