using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Commands.Kits;

[CommandContract(2016, "Define a kit on an existing product's SKU. Refused when a component is missing, inactive, the kit itself, or would make a cycle.")]
public sealed partial class CreateKit
{
    [Field(0, "The kit's SKU: an existing, active, untracked product that is not yet a kit.")]
    public required string Sku { get; init; }

    [Field(1, "The components (1-100 lines, distinct SKUs), with units per kit.")]
    public IReadOnlyList<KitLine> Lines { get; init; } = [];
}
