using System.Collections.Immutable;

namespace Specs.Inventory.Domain.Channels;

/// <summary>How a channel's quantity of a SKU is computed: a buffer held back, a cap, or a fixed quantity.</summary>
public sealed record ChannelRule(long BufferPercent, long? Cap, long? Fixed)
{
    /// <summary>No buffer, no cap: the channel sees all of Available.</summary>
    public static ChannelRule Plain { get; } = new(0, null, null);

    /// <summary>
    /// Fixed if set, else clamp(Available − buffer, 0, cap) where the buffer is <see cref="BufferPercent"/>
    /// of Available rounded up to whole units: rounding towards holding back never oversells.
    /// </summary>
    public long QuantityFor(long available)
    {
        if (Fixed is { } fixedQuantity)
        {
            return fixedQuantity;
        }

        var positive = Math.Max(0, available);
        var buffer = (long)((((Int128)positive * BufferPercent) + 99) / 100);
        var quantity = Math.Max(0, positive - buffer);
        return Cap is { } cap ? Math.Min(quantity, cap) : quantity;
    }
}

/// <summary>A connected channel: its default rule, its rules per SKU, and the last quantity pushed per SKU.</summary>
public sealed record ChannelSync(string Channel)
{
    private static readonly ImmutableSortedDictionary<string, ChannelRule> NoRules =
        ImmutableSortedDictionary.Create<string, ChannelRule>(StringComparer.OrdinalIgnoreCase);

    private static readonly ImmutableSortedDictionary<string, long> NoPushes =
        ImmutableSortedDictionary.Create<string, long>(StringComparer.OrdinalIgnoreCase);

    public ChannelRule DefaultRule { get; init; } = ChannelRule.Plain;

    public ImmutableSortedDictionary<string, ChannelRule> SkuRules { get; init; } = NoRules;

    public ImmutableSortedDictionary<string, long> Pushed { get; init; } = NoPushes;

    public ChannelRule RuleFor(string sku) => SkuRules.GetValueOrDefault(sku) ?? DefaultRule;

    public long? LastPushed(string sku) => Pushed.TryGetValue(sku, out var quantity) ? quantity : null;
}

/// <summary>Connected channels by name (compared without regard to case).</summary>
public sealed record ChannelsState
{
    public static ChannelsState Empty { get; } = new();

    public ImmutableSortedDictionary<string, ChannelSync> Channels { get; private init; } =
        ImmutableSortedDictionary.Create<string, ChannelSync>(StringComparer.OrdinalIgnoreCase);

    public ChannelSync? Find(string channel) => Channels.GetValueOrDefault(channel);

    public ChannelsState With(ChannelSync channel) => this with { Channels = Channels.SetItem(channel.Channel, channel) };
}
