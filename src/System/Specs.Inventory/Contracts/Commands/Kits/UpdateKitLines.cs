using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Commands.Kits;

[CommandContract(2017, "Replace a kit's components. Refused while assembled kit units are in stock; nothing is recorded when the lines are unchanged.")]
public sealed partial class UpdateKitLines
{
    [Field(0, "The kit's SKU.")]
    public required string Sku { get; init; }

    [Field(1, "The components from now on (1-100 lines, distinct SKUs), with units per kit.")]
    public IReadOnlyList<KitLine> Lines { get; init; } = [];
}
