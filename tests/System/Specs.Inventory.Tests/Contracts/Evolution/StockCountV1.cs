using Specs.Inventory.Contracts;

namespace Specs.Inventory.Tests.Contracts.Evolution.V1;

/// <summary>The first version of a contract: what old values in a log were written with.</summary>
[ContractTable("A stock count, version 1.")]
public sealed partial class StockCount
{
    [Field(0, "The SKU counted.")]
    public string Sku { get; init; } = "";

    [Field(1, "Units counted.")]
    public long Quantity { get; init; }
}
