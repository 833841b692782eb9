using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Events.Sales;

[EventContract(1081, "The channel changed a sale's lines before picking started: the reserved units are replaced and any allocation is dropped.")]
public sealed partial class SaleLinesChanged
{
    [Field(0, "Name of the channel.")]
    public required string Channel { get; init; }

    [Field(1, "The channel's id of the sale.")]
    public required string ExternalId { get; init; }

    [Field(2, "What is now sold, as the channel lists it.")]
    public IReadOnlyList<SaleLine> Lines { get; init; } = [];

    [Field(3, "Units now reserved per SKU (replacing the previous ones).")]
    public IReadOnlyList<SaleLine> PendingLines { get; init; } = [];
}
