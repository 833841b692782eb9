using System.Text.Json.Nodes;
using Specs.Inventory.Scenarios;

namespace Specs.Steps;

/// <summary>One slot of stock as the scenario's past events left it: a SKU's units at a location of a warehouse, in a lot.</summary>
/// <param name="Sku">The SKU as first recorded.</param>
/// <param name="Warehouse">The warehouse as first recorded.</param>
/// <param name="Location">The location as first recorded.</param>
/// <param name="Lot">The lot, or null for stock that is not lot-tracked.</param>
/// <param name="Units">Units on hand.</param>
public sealed record GivenSlot(string Sku, string Warehouse, string Location, string? Lot, long Units);

/// <summary>
/// What the past events of a scenario (so far) put on hand, read back from the scenario's record, so that a
/// Given that summarises a later moment (a count started, a line counted) states the figures the domain
/// would have computed from the same history instead of asking the scenario to repeat them. Only the
/// ledger's events and a transfer's shipment move stock in the situations these steps describe: added,
/// removed, adjusted and moved units, moved serials, and units shipped away.
/// </summary>
public static class GivenStock
{
    /// <summary>Every slot holding units after the past events recorded so far, in the domain's order: SKU (without regard to case), warehouse, location, lot.</summary>
    public static IReadOnlyList<GivenSlot> Slots(ScenarioHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var units = new Dictionary<(string Sku, string Warehouse, string Location, string Lot), GivenSlot>();
        foreach (var given in host.Record.Given)
        {
            var fields = given.Fields;
            switch (given.Type)
            {
                case "QuantityAdded":
                    Change(units, fields, Text(fields, "location"), Number(fields, "quantity"));
                    break;
                case "QuantityRemoved":
                    Change(units, fields, Text(fields, "location"), -Number(fields, "quantity"));
                    break;
                case "QuantityAdjusted":
                    Change(units, fields, Text(fields, "location"), Number(fields, "delta"));
                    break;
                case "ItemMoved":
                    Change(units, fields, Text(fields, "fromLocation"), -Number(fields, "quantity"));
                    Change(units, fields, Text(fields, "toLocation"), Number(fields, "quantity"));
                    break;
                case "TransferShipped":
                    foreach (var item in given.Fields["items"]?.AsArray() ?? [])
                    {
                        var line = item!.AsObject();
                        Change(units, line, Text(fields, "fromWarehouse"), Text(line, "location"), -Number(line, "quantity"));
                    }

                    break;
                case "SerialMoved":
                    Change(units, fields, Text(fields, "fromLocation"), -1);
                    Change(units, fields, Text(fields, "toLocation"), 1);
                    break;
                default:
                    break;
            }
        }

        return [.. units.Values
            .Where(slot => slot.Units != 0)
            .OrderBy(slot => slot.Sku, StringComparer.OrdinalIgnoreCase)
            .ThenBy(slot => slot.Warehouse, StringComparer.Ordinal)
            .ThenBy(slot => slot.Location, StringComparer.Ordinal)
            .ThenBy(slot => slot.Lot ?? string.Empty, StringComparer.Ordinal)];
    }

    /// <summary>Units of <paramref name="sku"/> (in <paramref name="lot"/>) on hand at one location after the past events so far.</summary>
    public static long OnHand(ScenarioHost host, string sku, string warehouse, string location, string? lot) =>
        Slots(host).Where(slot => Same(slot.Sku, sku) && Same(slot.Warehouse, warehouse) && Same(slot.Location, location) && Same(slot.Lot ?? "", lot ?? ""))
            .Sum(slot => slot.Units);

    public static bool Same(string left, string right) => string.Equals(left.Trim(), right.Trim(), StringComparison.OrdinalIgnoreCase);

    private static void Change(Dictionary<(string, string, string, string), GivenSlot> units, JsonObject fields, string location, long delta) =>
        Change(units, fields, Text(fields, "warehouse"), location, delta);

    private static void Change(Dictionary<(string, string, string, string), GivenSlot> units, JsonObject fields, string warehouse, string location, long delta)
    {
        var sku = Text(fields, "sku");
        var lot = fields["lot"]?.GetValue<string>();
        var key = (sku.ToLowerInvariant(), warehouse.ToLowerInvariant(), location.ToLowerInvariant(), (lot ?? "").ToLowerInvariant());
        var slot = units.GetValueOrDefault(key) ?? new GivenSlot(sku, warehouse, location, lot, 0);
        units[key] = slot with { Units = slot.Units + delta };
    }

    private static string Text(JsonObject fields, string name) =>
        fields[name]?.GetValue<string>() ?? throw new ArgumentException($"A past event has no '{name}'.", nameof(fields));

    private static long Number(JsonObject fields, string name) => fields[name]?.GetValue<long>() ?? 0;
}
