namespace Specs.Inventory.Contracts.Commands.Shipping;

[CommandContract(2131, "Put units a customer sent back on hand in a location, with a reason. Refused beyond what the sale shipped of the SKU less what came back already.")]
public sealed partial class ReturnToStock
{
    [Field(0, "The shipped sale the units come back from.")]
    public Guid SaleId { get; init; }

    [Field(1, "The SKU (or an alternate SKU) returned.")]
    public required string Sku { get; init; }

    [Field(2, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(3, "Code of the location the units go into (unique within its warehouse).")]
    public required string Location { get; init; }

    [Field(4, "Units returned; 1 to what is still returnable.")]
    public long Quantity { get; init; }

    [Field(5, "Why they came back: an active reason.")]
    public required string Reason { get; init; }

    [Field(6, "Lot of the units, for lot-tracked products.")]
    public string? Lot { get; init; }

    [Field(7, "Serial numbers of the units, for serial-tracked products (as many as the quantity).")]
    public IReadOnlyList<string> Serials { get; init; } = [];
}
