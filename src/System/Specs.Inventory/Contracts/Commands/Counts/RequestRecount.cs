namespace Specs.Inventory.Contracts.Commands.Counts;

[CommandContract(2162, "Ask for a counted line to be counted again before approval. Nothing is recorded when a recount is already pending.")]
public sealed partial class RequestRecount
{
    [Field(0, "Id of an open count.")]
    public Guid CountId { get; init; }

    [Field(1, "The SKU (or an alternate SKU).")]
    public required string Sku { get; init; }

    [Field(2, "Code of the location.")]
    public required string Location { get; init; }

    [Field(3, "Lot of the units, for lot-tracked products.")]
    public string? Lot { get; init; }
}
