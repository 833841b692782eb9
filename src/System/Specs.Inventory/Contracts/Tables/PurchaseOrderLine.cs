namespace Specs.Inventory.Contracts.Tables;

[ContractTable("One SKU ordered on a purchase order: units and the agreed cost of one unit.")]
public sealed partial class PurchaseOrderLine
{
    [Field(0, "The SKU (or an alternate SKU, in commands) ordered.")]
    public required string Sku { get; init; }

    [Field(1, "Units ordered (in a command: 0 removes a line with nothing received).")]
    public long Quantity { get; init; }

    [Field(2, "Cost of one unit in the currency's minor unit (cents), 0 to 1,000,000,000.")]
    public long UnitCostMinor { get; init; }
}
