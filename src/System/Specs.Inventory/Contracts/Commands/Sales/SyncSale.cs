using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Commands.Sales;

[CommandContract(2080, "Import or update a channel's sale, idempotent per (channel, external id): the first sync imports it, a later one records what changed. Kit lines are reserved as components; a sale short of stock is accepted and shows as Oversold.")]
public sealed partial class SyncSale
{
    [Field(0, "Name of an active channel.")]
    public required string Channel { get; init; }

    [Field(1, "The channel's id of the sale (1-64 characters, unique per channel without regard to case).")]
    public required string ExternalId { get; init; }

    [Field(2, "What was sold: 1-100 lines, one per SKU, 1 to 1,000,000 units each.")]
    public IReadOnlyList<SaleLine> Lines { get; init; } = [];

    [Field(3, "The sale's status on the channel; Cancelled cancels it.")]
    public SaleStatus Status { get; init; }

    [Field(4, "How urgently the sale is to be fulfilled (fixed at import).")]
    public SalePriority Priority { get; init; }

    [Field(5, "When the customer ordered, Unix milliseconds; absent means now (fixed at import).")]
    public long? OrderedAtUnixMs { get; init; }
}
