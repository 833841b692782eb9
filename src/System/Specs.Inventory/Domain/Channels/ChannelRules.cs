using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Channels;
using Specs.Inventory.Contracts.Events.Channels;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Kits;
using Specs.Inventory.Domain.ReferenceData;
using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Channels;

/// <summary>
/// Area 13, channel quantity sync. Rules (docs/domain-rules.md): only active channels
/// that were connected sync; rules are well formed and an unchanged rule records nothing
/// pushed = fixed, else clamp(Available − buffer, 0, cap); a push records only quantities that
/// changed since the last push, so a repeated push changes nothing; kits push their kit
/// availability, computed from their components.
/// </summary>
public static class ChannelRules
{
    public const string ConnectedChannelsOnly = "R-13.1";
    public const string RulesWellFormed = "R-13.2";
    public const string PushedQuantityFormula = "R-13.3";
    public const string PushOnlyOnChange = "R-13.4";
    public const string KitsFromComponents = "R-13.5";

    public const int MaxSkusPerPush = 1_000;

    public static Decision Decide(ConnectChannel command, InventoryState state)
    {
        if (!RequireActiveChannel(state, command.Channel, out var name, out var refused))
        {
            return Decision.Refuse(refused);
        }

        return state.Channels.Find(name) is not null
            ? Decision.Accept(StreamOf(name))
            : Decision.Accept(StreamOf(name), new ChannelConnected { Channel = name });
    }

    public static Decision Decide(SetChannelRule command, InventoryState state)
    {
        if (!RequireConnected(state, command.Channel, out var channel, out var refused))
        {
            return Decision.Refuse(refused);
        }

        string? sku = null;
        if (command.Sku is not null)
        {
            if (!CatalogRules.RequireExisting(state.Catalog, Codes.Normalize(command.Sku), out var product, out refused))
            {
                return Decision.Refuse(refused);
            }

            sku = product.Sku;
        }

        var invalid = command.BufferPercent is < 0 or > 100 ? new InvalidChannelRule(channel.Channel, "buffer percent", command.BufferPercent, 0, 100)
            : command.Cap is < 0 or > StockLimits.MaxQuantity ? new InvalidChannelRule(channel.Channel, "cap", command.Cap.Value, 0, StockLimits.MaxQuantity)
            : command.Fixed is < 0 or > StockLimits.MaxQuantity ? new InvalidChannelRule(channel.Channel, "fixed quantity", command.Fixed.Value, 0, StockLimits.MaxQuantity)
            : null;
        if (invalid is not null)
        {
            return Decision.Refuse(invalid);
        }

        var rule = new ChannelRule(command.BufferPercent, command.Cap, command.Fixed);
        var current = sku is null ? channel.DefaultRule : channel.SkuRules.GetValueOrDefault(sku);
        return rule == current
            ? Decision.Accept(StreamOf(channel.Channel))
            : Decision.Accept(StreamOf(channel.Channel), new ChannelRuleChanged { Channel = channel.Channel, Sku = sku, BufferPercent = rule.BufferPercent, Cap = rule.Cap, Fixed = rule.Fixed });
    }

    public static Decision Decide(PushQuantities command, InventoryState state)
    {
        if (!RequireConnected(state, command.Channel, out var channel, out var refused))
        {
            return Decision.Refuse(refused);
        }

        if (command.Skus.Count > MaxSkusPerPush)
        {
            return Decision.Refuse(new TooManySkusToPush(channel.Channel, command.Skus.Count, MaxSkusPerPush));
        }

        var skus = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        if (command.Skus.Count == 0)
        {
            skus.UnionWith(state.Catalog.Products.Values.Where(product => product.IsActive).Select(product => product.Sku));
        }

        foreach (var code in command.Skus)
        {
            if (!CatalogRules.RequireExisting(state.Catalog, Codes.Normalize(code), out var product, out refused))
            {
                return Decision.Refuse(refused);
            }

            skus.Add(product.Sku);
        }

        var pushed = new List<IEventContract>();
        foreach (var sku in skus)
        {
            var available = AvailableFor(state, sku);
            var quantity = channel.RuleFor(sku).QuantityFor(available);
            var previous = channel.LastPushed(sku);
            if (previous != quantity)
            {
                pushed.Add(new ChannelQuantityPushed { Channel = channel.Channel, Sku = sku, Quantity = quantity, Available = available, PreviousQuantity = previous });
            }
        }

        return Decision.Accept(StreamOf(channel.Channel), pushed);
    }

    /// <summary>R-13.5: a kit's channels see its kit availability; any other SKU its Available.</summary>
    public static long AvailableFor(InventoryState state, string sku) =>
        state.Kits.Find(sku) is not null ? KitAvailability.Of(state, sku) : StockFigures.Of(state, sku).Available;

    public static ChannelsState Evolve(ChannelsState state, ChannelConnected connected) =>
        state.Find(connected.Channel) is not null ? state : state.With(new ChannelSync(connected.Channel));

    public static ChannelsState Evolve(ChannelsState state, ChannelRuleChanged changed)
    {
        if (state.Find(changed.Channel) is not { } channel)
        {
            return state;
        }

        var rule = new ChannelRule(changed.BufferPercent, changed.Cap, changed.Fixed);
        return state.With(changed.Sku is null ? channel with { DefaultRule = rule } : channel with { SkuRules = channel.SkuRules.SetItem(changed.Sku, rule) });
    }

    public static ChannelsState Evolve(ChannelsState state, ChannelQuantityPushed pushed) =>
        state.Find(pushed.Channel) is { } channel ? state.With(channel with { Pushed = channel.Pushed.SetItem(pushed.Sku, pushed.Quantity) }) : state;

    /// <summary>The channel's stream: the one its reference data lives on.</summary>
    public static string StreamOf(string channel) => ReferenceDataRules.StreamOf(ReferenceKind.Channel, channel);

    private static bool RequireActiveChannel(InventoryState state, string typed, out string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out DomainError? refusal)
    {
        var normalized = Codes.Normalize(typed);
        refusal = ReferenceDataRules.RequireActive(state.ReferenceData, ReferenceKind.Channel, normalized);
        name = refusal is null ? state.ReferenceData.Find(ReferenceKind.Channel, normalized)!.Name : normalized;
        return refusal is null;
    }

    private static bool RequireConnected(InventoryState state, string typed, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ChannelSync? channel, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out DomainError? refusal)
    {
        channel = null;
        if (!RequireActiveChannel(state, typed, out var name, out refusal))
        {
            return false;
        }

        channel = state.Channels.Find(name);
        refusal = channel is null ? new ChannelNotConnected(name) : null;
        return channel is not null;
    }
}
