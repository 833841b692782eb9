using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Events.Kits;

[EventContract(1016, "A kit was defined on a product's SKU: its components and how many of each one kit holds.")]
public sealed partial class KitCreated
{
    [Field(0, "The kit's SKU (a product of the catalog).")]
    public required string Sku { get; init; }

    [Field(1, "The components, one line per SKU, with units per kit.")]
    public IReadOnlyList<KitLine> Lines { get; init; } = [];
}
