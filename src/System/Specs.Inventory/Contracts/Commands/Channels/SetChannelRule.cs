namespace Specs.Inventory.Contracts.Commands.Channels;

[CommandContract(2193, "Set how a connected channel's quantity is computed, for one SKU or as the channel's default. Nothing is recorded when the rule is unchanged.")]
public sealed partial class SetChannelRule
{
    [Field(0, "The channel's name.")]
    public required string Channel { get; init; }

    [Field(1, "The SKU (or an alternate SKU) the rule is for; absent for the channel's default rule.")]
    public string? Sku { get; init; }

    [Field(2, "Percent of Available to hold back (0-100).")]
    public long BufferPercent { get; init; }

    [Field(3, "Most units to push (0 to 10^12); absent for no cap.")]
    public long? Cap { get; init; }

    [Field(4, "A quantity to push whatever the stock (0 to 10^12); absent to compute from Available.")]
    public long? Fixed { get; init; }
}
