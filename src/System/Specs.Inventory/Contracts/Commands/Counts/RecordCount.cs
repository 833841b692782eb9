namespace Specs.Inventory.Contracts.Commands.Counts;

[CommandContract(2161, "Record how many units of a SKU (and lot) were counted at one of the count's locations. Counting a line again replaces the earlier count.")]
public sealed partial class RecordCount
{
    [Field(0, "Id of an open count.")]
    public Guid CountId { get; init; }

    [Field(1, "The SKU (or an alternate SKU).")]
    public required string Sku { get; init; }

    [Field(2, "Code of one of the count's locations.")]
    public required string Location { get; init; }

    [Field(3, "Units counted; zero or more.")]
    public long Quantity { get; init; }

    [Field(4, "Lot of the units; required for lot-tracked products.")]
    public string? Lot { get; init; }

    [Field(5, "For serial-tracked products, every serial number found (as many as the quantity).")]
    public IReadOnlyList<string> Serials { get; init; } = [];
}
