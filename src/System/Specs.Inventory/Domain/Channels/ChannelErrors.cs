namespace Specs.Inventory.Domain.Channels;

/// <summary>R-13.1: the channel exists but was never connected for quantity sync.</summary>
public sealed record ChannelNotConnected(string Channel) : DomainError
{
    public override string RuleId => ChannelRules.ConnectedChannelsOnly;

    public override string Describe() => $"Channel '{Channel}' is not connected for quantity sync.";
}

/// <summary>R-13.2: a rule's buffer is outside 0-100 percent, or its cap or fixed quantity outside 0 to 10^12.</summary>
public sealed record InvalidChannelRule(string Channel, string Field, long Value, long Minimum, long Maximum) : DomainError
{
    public override string RuleId => ChannelRules.RulesWellFormed;

    public override string Describe() => $"The {Field} {Value} of a rule for channel '{Channel}' must be between {Minimum} and {Maximum}.";
}

/// <summary>R-13.4: a push names more SKUs than one command may.</summary>
public sealed record TooManySkusToPush(string Channel, int Count, int Maximum) : DomainError
{
    public override string RuleId => ChannelRules.PushOnlyOnChange;

    public override string Describe() => $"A push to channel '{Channel}' names {Count} SKUs; at most {Maximum} are allowed (name none to push every product).";
}
