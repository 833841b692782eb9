using System.Globalization;
using Reqnroll;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Channels;
using Specs.Inventory.Contracts.Events.Channels;
using Specs.Inventory.Domain.Channels;
using Specs.Inventory.Domain.ReferenceData;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Views.Channels;

namespace Specs.Steps;

/// <summary>
/// Area 13, channel quantity sync. A channel is reference data (area 14, "a channel X exists"); its sync
/// events are on its stream. Phrases say "for quantity sync", "the sync rule" and "the sync job" so they
/// never meet the sales steps about a channel's orders. Sync rules are vertical or horizontal tables with
/// the columns sku (empty for the channel's default rule), buffer % , cap and fixed (empty for none).
/// </summary>
[Binding]
public sealed class ChannelSteps(ScenarioHost host)
{
    [Given("the channel {string} is connected for quantity sync")]
    public void GivenTheChannelIsConnected(string channel) => host.Given(ChannelRules.StreamOf(channel), new ChannelConnected { Channel = channel });

    /// <summary>One rule per row: columns sku, buffer %, cap, fixed.</summary>
    [Given("the channel {string} has these sync rules:")]
    public void GivenTheChannelHasRules(string channel, Table rules)
    {
        foreach (var row in rules.Rows)
        {
            host.Given(ChannelRules.StreamOf(channel), Rule(channel, row));
        }
    }

    [Given("{long} unit(s) of {string} was/were last pushed to the channel {string}")]
    public void GivenUnitsWereLastPushed(long quantity, string sku, string channel) =>
        host.Given(ChannelRules.StreamOf(channel), new ChannelQuantityPushed { Channel = channel, Sku = sku, Quantity = quantity, Available = quantity });

    [When("the merchant connects the channel {string} for quantity sync")]
    public void WhenTheMerchantConnects(string channel) => host.When(new ConnectChannel { Channel = channel });

    /// <summary>A vertical table of the rule: | field | value | with sku, buffer %, cap, fixed (absent or empty for none).</summary>
    [When("the merchant sets the sync rule of the channel {string} to:")]
    public void WhenTheMerchantSetsTheRule(string channel, Table fields)
    {
        var values = Vertical(fields);
        host.When(new SetChannelRule
        {
            Channel = channel,
            Sku = Optional(values, "sku"),
            BufferPercent = TradeWords.Whole(values.GetValueOrDefault("buffer %") ?? "0", "buffer %"),
            Cap = Number(Optional(values, "cap")),
            Fixed = Number(Optional(values, "fixed")),
        });
    }

    [When("the sync job pushes quantities to the channel {string}")]
    public void WhenTheSyncJobPushesEverything(string channel) => host.When(new PushQuantities { Channel = channel });

    [When("the sync job pushes the quantities of {string} to the channel {string}")]
    public void WhenTheSyncJobPushesSkus(string skus, string channel) => host.When(new PushQuantities { Channel = channel, Skus = CountBook.ListOf(skus) });

    [When("the sync job pushes a list naming {string} {int} times to the channel {string}")]
    public void WhenTheSyncJobPushesARepeatedList(string sku, int times, string channel) =>
        host.When(new PushQuantities { Channel = channel, Skus = [.. Enumerable.Repeat(sku, times)] });

    [Then("the channel {string} is recorded as connected for quantity sync")]
    public void ThenTheChannelIsRecordedAsConnected(string channel)
    {
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(new ChannelConnected { Channel = channel }, ChannelRules.StreamOf(channel))]);
    }

    /// <summary>The rule recorded: a vertical table | field | value | with sku, buffer %, cap, fixed.</summary>
    [Then("the sync rule of the channel {string} is recorded as:")]
    public void ThenTheRuleIsRecorded(string channel, Table fields)
    {
        var values = Vertical(fields);
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(new ChannelRuleChanged
        {
            Channel = channel,
            Sku = Optional(values, "sku"),
            BufferPercent = TradeWords.Whole(values.GetValueOrDefault("buffer %") ?? "0", "buffer %"),
            Cap = Number(Optional(values, "cap")),
            Fixed = Number(Optional(values, "fixed")),
        }, ChannelRules.StreamOf(channel))]);
    }

    /// <summary>The pushes recorded, in SKU order: columns sku, quantity, available and previous (empty for a first push).</summary>
    [Then("these quantities are recorded as pushed to the channel {string}:")]
    public void ThenTheseQuantitiesArePushed(string channel, Table pushes)
    {
        host.ThenAccepted();
        host.ThenNewEvents([.. pushes.Rows.Select(row => ExpectedEvent.Of(new ChannelQuantityPushed
        {
            Channel = channel,
            Sku = row["sku"],
            Quantity = TradeWords.Whole(row["quantity"], "quantity"),
            Available = TradeWords.Whole(row["available"], "available"),
            PreviousQuantity = Number(row.TryGetValue("previous", out var previous) ? previous : null),
        }, ChannelRules.StreamOf(channel)))]);
    }

    [Then("the channel {string} shows {long} unit(s) of {string}")]
    public void ThenTheChannelShows(string channel, long quantity, string sku) =>
        host.ThenView($"the channel '{channel}' to show {quantity} units of '{sku}'", transaction =>
            ChannelQuantitiesView.Find(transaction, channel, sku) switch
            {
                null => "nothing was ever pushed for it",
                var row when row.Quantity == quantity => null,
                var row => $"it shows {row.Quantity}",
            });

    [Then("^the channel \"([^\"]*)\" is listed as (connected|not connected) for quantity sync$")]
    public void ThenTheChannelIsListed(string channel, string state) =>
        host.ThenView($"the channel '{channel}' to be listed as {state}", transaction =>
            ChannelQuantitiesView.IsConnected(transaction, channel) == (state == "connected") ? null : $"it is {(state == "connected" ? "not connected" : "connected")}");

    [Then("the command is refused because the channel {string} is not connected for quantity sync")]
    public void ThenRefusedAsNotConnected(string channel)
    {
        var error = host.ThenRefused<ChannelNotConnected>();
        host.Expect($"the channel '{channel}' to be named as not connected", error.Channel == channel ? null : $"the refusal named '{error.Channel}'");
    }

    [Then("the command is refused because the deactivated channel {string} can't sync quantities")]
    public void ThenRefusedAsInactiveChannel(string channel)
    {
        var error = host.ThenRefused<InactiveReference>();
        host.Expect($"the inactive channel to be '{channel}'",
            error.Kind == ReferenceKind.Channel && error.Name == channel ? null : $"the refusal named the {ReferenceKinds.Word(error.Kind)} '{error.Name}'");
    }

    [Then("^the command is refused because the (buffer percent|cap|fixed quantity) of a sync rule must be between (\\d+) and (\\d+), not (-?\\d+)$")]
    public void ThenRefusedAsInvalidRule(string field, long minimum, long maximum, long value)
    {
        var error = host.ThenRefused<InvalidChannelRule>();
        host.Expect($"the {field} {value} to be refused outside {minimum} to {maximum}",
            error.Field == field && error.Value == value && error.Minimum == minimum && error.Maximum == maximum ? null : $"the refusal was about the {error.Field} {error.Value} outside {error.Minimum} to {error.Maximum}");
    }

    [Then("the command is refused because a push to the channel {string} names {int} SKUs and at most {int} are allowed")]
    public void ThenRefusedAsTooMany(string channel, int count, int maximum)
    {
        var error = host.ThenRefused<TooManySkusToPush>();
        host.Expect($"a push of {count} SKUs to '{channel}' to be refused, at most {maximum}",
            error.Channel == channel && error.Count == count && error.Maximum == maximum ? null : $"the refusal named {error.Count} SKUs to '{error.Channel}', at most {error.Maximum}");
    }

    private static ChannelRuleChanged Rule(string channel, DataTableRow row) => new()
    {
        Channel = channel,
        Sku = row.TryGetValue("sku", out var sku) && sku.Length > 0 ? sku : null,
        BufferPercent = TradeWords.Whole(row.TryGetValue("buffer %", out var buffer) && buffer.Length > 0 ? buffer : "0", "buffer %"),
        Cap = Number(row.TryGetValue("cap", out var cap) ? cap : null),
        Fixed = Number(row.TryGetValue("fixed", out var fixedQuantity) ? fixedQuantity : null),
    };

    private static Dictionary<string, string> Vertical(Table fields) =>
        fields.Rows.ToDictionary(row => row["field"], row => row["value"], StringComparer.Ordinal);

    private static string? Optional(Dictionary<string, string> values, string field) =>
        values.TryGetValue(field, out var value) && value.Length > 0 ? value : null;

    private static long? Number(string? cell) =>
        string.IsNullOrEmpty(cell) ? null : long.Parse(cell, CultureInfo.InvariantCulture);
}
