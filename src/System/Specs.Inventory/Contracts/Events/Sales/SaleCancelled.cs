using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Events.Sales;

[EventContract(1083, "A sale was cancelled: its pending units were released; its picked units stay Picked until unpicked back to a location.")]
public sealed partial class SaleCancelled
{
    [Field(0, "Name of the channel.")]
    public required string Channel { get; init; }

    [Field(1, "The channel's id of the sale.")]
    public required string ExternalId { get; init; }

    [Field(2, "Units released per SKU (Pending falls by them).")]
    public IReadOnlyList<SaleLine> Released { get; init; } = [];

    [Field(3, "Units already picked per SKU, now to be unpicked (returned to a location).")]
    public IReadOnlyList<SaleLine> ToUnpick { get; init; } = [];

    [Field(4, "When the sale was cancelled, Unix milliseconds.")]
    public long CancelledAtUnixMs { get; init; }
}
