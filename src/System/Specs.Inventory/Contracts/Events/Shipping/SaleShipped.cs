using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Events.Shipping;

[EventContract(1131, "A sale's picked, passed units left the warehouse: Picked fell by every line's quantity.")]
public sealed partial class SaleShipped
{
    [Field(0, "The sale.")]
    public Guid SaleId { get; init; }

    [Field(1, "The carrier's tracking number.")]
    public required string TrackingNumber { get; init; }

    [Field(2, "The carrier, if said.")]
    public string? Carrier { get; init; }

    [Field(3, "What left, per picklist line and lot.")]
    public IReadOnlyList<ShippedLine> Lines { get; init; } = [];
}
