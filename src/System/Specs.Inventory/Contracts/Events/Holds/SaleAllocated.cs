using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Events.Holds;

[EventContract(1099, "Sellable stock was allocated to a sale's units still to pick: they are promised to it before any sale behind it.")]
public sealed partial class SaleAllocated
{
    [Field(0, "Name of the channel.")]
    public required string Channel { get; init; }

    [Field(1, "The channel's id of the sale.")]
    public required string ExternalId { get; init; }

    [Field(2, "Units allocated per SKU: the sale's units still to pick.")]
    public IReadOnlyList<SaleLine> Lines { get; init; } = [];

    [Field(3, "When the sale was allocated, Unix milliseconds.")]
    public long AllocatedAtUnixMs { get; init; }
}
