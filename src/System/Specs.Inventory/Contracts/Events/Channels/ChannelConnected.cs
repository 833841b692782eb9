namespace Specs.Inventory.Contracts.Events.Channels;

[EventContract(1192, "A sales channel was connected for quantity sync: from now on its quantities are pushed.")]
public sealed partial class ChannelConnected
{
    [Field(0, "The channel's name (reference data), as created.")]
    public required string Channel { get; init; }
}
