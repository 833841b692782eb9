namespace Specs.Inventory.Contracts.Events.Channels;

[EventContract(1194, "A new quantity of a SKU was pushed to a channel: clamp(Available - buffer, 0, cap), or the fixed quantity. Recorded only when it differs from the last one pushed.")]
public sealed partial class ChannelQuantityPushed
{
    [Field(0, "The channel's name, as created.")]
    public required string Channel { get; init; }

    [Field(1, "The SKU.")]
    public required string Sku { get; init; }

    [Field(2, "Units the channel may sell from now on.")]
    public long Quantity { get; init; }

    [Field(3, "Units Available (kit availability for kits) the quantity was computed from.")]
    public long Available { get; init; }

    [Field(4, "The quantity pushed before; absent for the first push of this SKU to this channel.")]
    public long? PreviousQuantity { get; init; }
}
