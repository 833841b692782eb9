namespace Specs.Inventory.Contracts.Commands.Channels;

[CommandContract(2194, "Push current quantities to a connected channel: one ChannelQuantityPushed per SKU whose quantity changed since the last push; nothing when none did.")]
public sealed partial class PushQuantities
{
    [Field(0, "The channel's name.")]
    public required string Channel { get; init; }

    [Field(1, "The SKUs (or alternates) to push, at most 1,000; empty for every active product.")]
    public IReadOnlyList<string> Skus { get; init; } = [];
}
