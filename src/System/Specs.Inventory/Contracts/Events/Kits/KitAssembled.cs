using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Events.Kits;

[EventContract(1018, "Kits were assembled at a location: their components there were consumed and kit units produced there.")]
public sealed partial class KitAssembled
{
    [Field(0, "The kit's SKU.")]
    public required string Sku { get; init; }

    [Field(1, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(2, "Code of the location (unique within its warehouse).")]
    public required string Location { get; init; }

    [Field(3, "Kit units produced; always positive.")]
    public long Quantity { get; init; }

    [Field(4, "Units consumed per component (units per kit times the quantity).")]
    public IReadOnlyList<KitLine> Components { get; init; } = [];
}
