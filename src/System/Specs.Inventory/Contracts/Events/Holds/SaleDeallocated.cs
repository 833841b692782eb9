namespace Specs.Inventory.Contracts.Events.Holds;

[EventContract(1100, "A sale's allocation was taken back; its units stay Pending.")]
public sealed partial class SaleDeallocated
{
    [Field(0, "Name of the channel.")]
    public required string Channel { get; init; }

    [Field(1, "The channel's id of the sale.")]
    public required string ExternalId { get; init; }

    [Field(2, "When the allocation was taken back, Unix milliseconds.")]
    public long DeallocatedAtUnixMs { get; init; }
}
