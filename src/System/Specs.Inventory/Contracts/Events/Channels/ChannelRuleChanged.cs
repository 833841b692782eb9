namespace Specs.Inventory.Contracts.Events.Channels;

[EventContract(1193, "How a channel's quantity is computed changed, for one SKU or for every SKU without its own rule.")]
public sealed partial class ChannelRuleChanged
{
    [Field(0, "The channel's name, as created.")]
    public required string Channel { get; init; }

    [Field(1, "The SKU the rule is for; absent for the channel's default rule.")]
    public string? Sku { get; init; }

    [Field(2, "Percent of Available held back from the channel (0-100), rounded up to whole units.")]
    public long BufferPercent { get; init; }

    [Field(3, "Most units ever pushed; absent for no cap.")]
    public long? Cap { get; init; }

    [Field(4, "A quantity pushed whatever the stock (made to order, dropship); absent to compute from Available.")]
    public long? Fixed { get; init; }
}
