using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Channels;
using Specs.Inventory.Domain;
using Specs.Inventory.Storage;
using static Specs.Inventory.Views.ViewRows;

namespace Specs.Inventory.Views.Channels;

/// <summary>The last quantity of a SKU pushed to a channel, the Available it came from, and when.</summary>
public sealed record ChannelQuantityRow(string Channel, string Sku, long Quantity, long Available, long PushedAtUnixMs);

/// <summary>A channel's rule for one SKU, or its default rule (<see cref="Sku"/> null).</summary>
public sealed record ChannelRuleRow(string Channel, string? Sku, long BufferPercent, long? Cap, long? Fixed);

/// <summary>
/// Area 13 as a query model, in subspace <c>0D</c>: <c>(0, channel)</c> → <c>(channel)</c> for each connected
/// channel, <c>(1, channel, sku)</c> → <c>(channel, sku, quantity, available, pushed at)</c> for the last push,
/// and <c>(2, channel, sku or "")</c> → <c>(channel, sku or null, buffer %, cap, fixed)</c> for each rule set;
/// names and codes folded to lower case.
/// </summary>
public sealed class ChannelQuantitiesView : IView, IViewColumns
{
    private const long ChannelTag = 0;
    private const long PushTag = 1;
    private const long RuleTag = 2;

    public static ChannelQuantitiesView Instance { get; } = new();

    public string Name => "channel-quantities";

    public int Version => 2;

    public Storage.Tuples.Subspace Subspace => ViewSubspaces.ChannelQuantities;

    public IReadOnlyList<ViewRowKind> RowKinds { get; } =
    [
        new("channel", [ViewColumn.Tag("channel", ChannelTag), ViewColumn.Text("channel")], [ViewColumn.Text("channel")]),
        new("push", [ViewColumn.Tag("push", PushTag), ViewColumn.Text("channel"), ViewColumn.Text("sku")],
            [ViewColumn.Text("channel"), ViewColumn.Text("sku"), ViewColumn.Number("quantity"), ViewColumn.Number("available"), ViewColumn.Number("pushedAtUnixMs")]),
        // A channel's default rule has "" in its key and null in its value.
        new("rule", [ViewColumn.Tag("rule", RuleTag), ViewColumn.Text("channel"), ViewColumn.Text("sku")],
            [ViewColumn.Text("channel"), ViewColumn.Text("sku").OrNull(), ViewColumn.Number("bufferPercent"), ViewColumn.Number("cap").OrNull(), ViewColumn.Number("fixed").OrNull()]),
    ];

    public void Apply(IViewWriter view, in EventEnvelope envelope, IEventContract payload, InventoryState after)
    {
        switch (payload)
        {
            case ChannelConnected connected:
                Set(view, ViewSubspaces.ChannelQuantities.Pack(ChannelTag, Fold(connected.Channel)), [connected.Channel]);
                break;
            case ChannelRuleChanged changed:
                Set(view, ViewSubspaces.ChannelQuantities.Pack(RuleTag, Fold(changed.Channel), Fold(changed.Sku ?? string.Empty)),
                    [changed.Channel, changed.Sku, changed.BufferPercent, changed.Cap, changed.Fixed]);
                break;
            case ChannelQuantityPushed pushed:
                Set(view, ViewSubspaces.ChannelQuantities.Pack(PushTag, Fold(pushed.Channel), Fold(pushed.Sku)),
                    [pushed.Channel, pushed.Sku, pushed.Quantity, pushed.Available, envelope.RecordedAtUnixMs]);
                break;
        }
    }

    public static bool IsConnected(IReadTransaction transaction, string channel) =>
        ViewRows.Find(transaction, ViewSubspaces.ChannelQuantities.Pack(ChannelTag, Fold(channel))) is not null;

    public static ChannelQuantityRow? Find(IReadTransaction transaction, string channel, string sku) =>
        ViewRows.Find(transaction, ViewSubspaces.ChannelQuantities.Pack(PushTag, Fold(channel), Fold(sku))) is { } row ? DecodePush(row) : null;

    /// <summary>The channel's last pushed quantities in SKU order (lower-cased), after the SKU <paramref name="afterSku"/> if given.</summary>
    public static IReadOnlyList<ChannelQuantityRow> Pushed(IReadTransaction transaction, string channel, string? afterSku = null, int limit = 100) =>
        [.. List(transaction, ViewSubspaces.ChannelQuantities, [PushTag, Fold(channel)], limit,
            afterSku is null ? null : ViewSubspaces.ChannelQuantities.Pack(PushTag, Fold(channel), Fold(afterSku))).Select(DecodePush)];

    /// <summary>The channel's rules: its default first (when set), then per SKU.</summary>
    public static IReadOnlyList<ChannelRuleRow> Rules(IReadTransaction transaction, string channel, int limit = 100) =>
        [.. List(transaction, ViewSubspaces.ChannelQuantities, [RuleTag, Fold(channel)], limit)
            .Select(row => new ChannelRuleRow(Text(row, 0), OptionalText(row, 1), Number(row, 2), OptionalNumber(row, 3), OptionalNumber(row, 4)))];

    private static ChannelQuantityRow DecodePush(IReadOnlyList<object?> row) =>
        new(Text(row, 0), Text(row, 1), Number(row, 2), Number(row, 3), Number(row, 4));
}
