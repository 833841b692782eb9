using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Events.Sales;

[EventContract(1080, "A channel's sale was imported: its reserved units are Pending, even beyond what is sellable (then the SKU shows Oversold).")]
public sealed partial class SaleImported
{
    [Field(0, "Name of the channel.")]
    public required string Channel { get; init; }

    [Field(1, "The channel's id of the sale.")]
    public required string ExternalId { get; init; }

    [Field(2, "What was sold, as the channel listed it (SKUs as recorded).")]
    public IReadOnlyList<SaleLine> Lines { get; init; } = [];

    [Field(3, "Units reserved per SKU (Pending grows by them): kits beyond their assembled units are expanded to components.")]
    public IReadOnlyList<SaleLine> PendingLines { get; init; } = [];

    [Field(4, "The sale's status.")]
    public SaleStatus Status { get; init; }

    [Field(5, "How urgently the sale is to be fulfilled.")]
    public SalePriority Priority { get; init; }

    [Field(6, "When the customer ordered, Unix milliseconds.")]
    public long OrderedAtUnixMs { get; init; }
}
