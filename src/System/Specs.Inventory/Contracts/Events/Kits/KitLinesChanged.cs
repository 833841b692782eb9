using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Events.Kits;

[EventContract(1017, "A kit's components changed; the lines replace the previous ones.")]
public sealed partial class KitLinesChanged
{
    [Field(0, "The kit's SKU.")]
    public required string Sku { get; init; }

    [Field(1, "The components from now on, one line per SKU, with units per kit.")]
    public IReadOnlyList<KitLine> Lines { get; init; } = [];
}
