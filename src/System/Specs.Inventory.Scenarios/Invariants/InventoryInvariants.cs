using Specs.Inventory.EventStore;
using Specs.Inventory.Storage;
using Specs.Inventory.Views;
using Specs.Inventory.Views.Kits;
using Specs.Inventory.Views.Locations;
using Specs.Inventory.Views.Stock;

namespace Specs.Inventory.Scenarios.Invariants;

/// <summary>
/// The cross-area invariants of DOMAIN.md as checks on what a store holds (its views and its log), for any
/// target: the hunter runs them after every command, and the step "Then the inventory's invariants hold" runs
/// the same code in a scenario, so a found scenario fails for the same reason as the hunt did. No second
/// implementation of the rules: each check compares figures the system itself publishes, by the formulas
/// DOMAIN.md states, or against what the log's events say they moved (<see cref="StockLedger"/>).
/// </summary>
public static class InventoryInvariants
{
    /// <summary>Rows read per page; a hunt's store holds a handful of SKUs, so one page nearly always does.</summary>
    private const int Page = 1_000;

    /// <summary>Books every event of the log in a fresh ledger (what a scenario's Then step does).</summary>
    public static StockLedger LedgerOf(IReadTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var ledger = new StockLedger();
        using var cursor = EventLog.ReadAll(transaction);
        while (cursor.MoveNext())
        {
            ledger.Apply(cursor.Record.DecodePayload());
        }

        return ledger;
    }

    /// <summary>Every invariant broken now, in the order of <see cref="InvariantIds.All"/>; empty when all hold.</summary>
    /// <param name="transaction">A read snapshot of the store.</param>
    /// <param name="ledger">The log's events booked so far (<see cref="LedgerOf"/>, or kept up to date by the caller).</param>
    /// <param name="nowUnixMs">The node's time: holds due by then must have expired.</param>
    public static IReadOnlyList<InvariantViolation> Check(IReadTransaction transaction, StockLedger ledger, long nowUnixMs)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(ledger);
        var found = new List<InvariantViolation>();
        var skus = AllSkus(transaction);
        foreach (var sku in skus)
        {
            CheckSku(transaction, sku, found);
        }

        CheckLedger(transaction, ledger, skus, found);
        CheckHolds(transaction, skus, nowUnixMs, found);
        CheckKits(transaction, found);
        return [.. found.OrderBy(violation => IndexOf(violation.Invariant))];
    }

    private static int IndexOf(string invariant)
    {
        for (var i = 0; i < InvariantIds.All.Count; i++)
        {
            if (InvariantIds.All[i] == invariant)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static List<SkuQuantities> AllSkus(IReadTransaction transaction)
    {
        var all = new List<SkuQuantities>();
        string? after = null;
        while (true)
        {
            var page = StockView.List(transaction, after, Page);
            all.AddRange(page);
            if (page.Count < Page)
            {
                return all;
            }

            after = page[^1].Sku;
        }
    }

    private static void CheckSku(IReadTransaction transaction, SkuQuantities row, List<InvariantViolation> found)
    {
        var sku = row.Sku;
        foreach (var (figure, value) in new[]
        {
            ("on hand", row.OnHand), ("available", row.Available), ("sellable", row.Sellable), ("non-sellable", row.NonSellable),
            ("pending", row.Pending), ("held", row.Held), ("picked", row.Picked), ("in transit", row.InTransit), ("oversold", row.Oversold),
        })
        {
            if (value < 0)
            {
                found.Add(new(InvariantIds.OnHandNeverNegative, $"'{sku}' shows {value} {figure}."));
            }
        }

        var (onHand, sellable) = (0L, 0L);
        foreach (var place in StockView.Locations(transaction, sku, Page))
        {
            onHand += place.OnHand;
            sellable += place.Sellable;
            if (place.OnHand < 0)
            {
                found.Add(new(InvariantIds.OnHandNeverNegative, $"'{sku}' has {place.OnHand} on hand in '{place.Location}' of '{place.Warehouse}'."));
            }

            if (place.Sellable > place.OnHand || place.Sellable < 0)
            {
                found.Add(new(InvariantIds.AvailableByFormula, $"'{sku}' shows {place.Sellable} sellable of {place.OnHand} on hand in '{place.Location}' of '{place.Warehouse}'."));
            }

            if (place.Sellable > 0 && PlacesView.FindLocation(transaction, place.Warehouse, place.Location) is { Sellable: false })
            {
                found.Add(new(InvariantIds.AvailableByFormula, $"'{sku}' shows {place.Sellable} sellable in the non-sellable location '{place.Location}' of '{place.Warehouse}'."));
            }
        }

        if (onHand != row.OnHand)
        {
            found.Add(new(InvariantIds.LocationsSumToTotal, $"'{sku}' has {row.OnHand} on hand in all but its locations hold {onHand}."));
        }

        if (sellable != row.Sellable)
        {
            found.Add(new(InvariantIds.LocationsSumToTotal, $"'{sku}' has {row.Sellable} sellable in all but its locations show {sellable}."));
        }

        if (row.OnHand != row.Sellable + row.NonSellable)
        {
            found.Add(new(InvariantIds.AvailableByFormula, $"'{sku}': on hand {row.OnHand} is not sellable {row.Sellable} + non-sellable {row.NonSellable}."));
        }

        var available = Math.Max(0, row.Sellable - row.Pending - row.Held);
        if (row.Available != available)
        {
            found.Add(new(InvariantIds.AvailableByFormula,
                $"'{sku}' shows {row.Available} available, but sellable {row.Sellable} - pending {row.Pending} - held {row.Held} gives {available}."));
        }

        var oversold = Math.Max(0, row.Pending + row.Held - row.Sellable);
        if (row.Oversold != oversold)
        {
            found.Add(new(InvariantIds.AvailableByFormula,
                $"'{sku}' shows {row.Oversold} oversold, but pending {row.Pending} + held {row.Held} - sellable {row.Sellable} gives {oversold}."));
        }
    }

    private static void CheckLedger(IReadTransaction transaction, StockLedger ledger, List<SkuQuantities> skus, List<InvariantViolation> found)
    {
        var shown = new Dictionary<(string, string, string), long>(ledger.OnHand.Count, new PlaceKeys());
        foreach (var row in skus)
        {
            foreach (var place in StockView.Locations(transaction, row.Sku, Page))
            {
                shown[(place.Sku, place.Warehouse, place.Location)] = place.OnHand;
            }

            Expect(row.Sku, "picked", row.Picked, ledger.Picked.GetValueOrDefault(row.Sku), found);
            Expect(row.Sku, "in transit", row.InTransit, ledger.InTransit.GetValueOrDefault(row.Sku), found);
        }

        foreach (var ((sku, warehouse, location), explained) in ledger.OnHand)
        {
            var onHand = shown.GetValueOrDefault((sku, warehouse, location));
            if (onHand != explained)
            {
                found.Add(new(InvariantIds.ExplainedByEvents,
                    $"'{sku}' shows {onHand} on hand in '{location}' of '{warehouse}', but the events recorded there add up to {explained}."));
            }
        }

        foreach (var ((sku, warehouse, location), onHand) in shown)
        {
            if (onHand != 0 && !ledger.OnHand.ContainsKey((sku, warehouse, location)))
            {
                found.Add(new(InvariantIds.ExplainedByEvents, $"'{sku}' shows {onHand} on hand in '{location}' of '{warehouse}', but no event ever moved units there."));
            }
        }

        foreach (var (sku, picked) in ledger.Picked)
        {
            if (picked != 0 && !skus.Any(row => string.Equals(row.Sku, sku, StringComparison.OrdinalIgnoreCase)))
            {
                found.Add(new(InvariantIds.ExplainedByEvents, $"'{sku}' shows no stock, but the events leave {picked} units picked."));
            }
        }
    }

    private static void Expect(string sku, string figure, long shown, long explained, List<InvariantViolation> found)
    {
        if (shown != explained)
        {
            found.Add(new(InvariantIds.ExplainedByEvents, $"'{sku}' shows {shown} {figure}, but the events add up to {explained}."));
        }
    }

    private static void CheckHolds(IReadTransaction transaction, List<SkuQuantities> skus, long nowUnixMs, List<InvariantViolation> found)
    {
        foreach (var row in skus)
        {
            var held = 0L;
            foreach (var hold in HoldsView.ActiveOf(transaction, row.Sku, Page))
            {
                held += hold.Quantity;
                if (hold.ExpiresAtUnixMs is { } expiry && expiry <= nowUnixMs)
                {
                    found.Add(new(InvariantIds.HoldsExpireOnTime,
                        $"the hold '{hold.HoldId}' of {hold.Quantity} '{hold.Sku}' is still active at {ContractJson.Instant(nowUnixMs)}, though it expired at {ContractJson.Instant(expiry)}."));
                }
            }

            if (held != row.Held)
            {
                found.Add(new(InvariantIds.HoldsExpireOnTime, $"'{row.Sku}' shows {row.Held} held, but its active holds hold {held}."));
            }
        }
    }

    private static void CheckKits(IReadTransaction transaction, List<InvariantViolation> found)
    {
        var kits = new Dictionary<string, KitRow>(StringComparer.OrdinalIgnoreCase);
        string? after = null;
        while (true)
        {
            var page = KitAvailabilityView.List(transaction, after, Page);
            foreach (var kit in page)
            {
                kits[kit.Sku] = kit;
            }

            if (page.Count < Page)
            {
                break;
            }

            after = page[^1].Sku;
        }

        foreach (var kit in kits.Values)
        {
            var assembled = StockView.Find(transaction, kit.Sku)?.Available ?? 0;
            var buildable = kit.Lines.Count == 0 ? 0 : kit.Lines.Min(line =>
                (kits.TryGetValue(line.Sku, out var inner) ? inner.Availability : StockView.Find(transaction, line.Sku)?.Available ?? 0) / line.Quantity);
            if (kit.Assembled != assembled || kit.Buildable != buildable || kit.Availability != assembled + buildable)
            {
                var lines = string.Join(", ", kit.Lines.Select(line => $"{line.Quantity} x '{line.Sku}'"));
                found.Add(new(InvariantIds.KitAvailabilityByFormula,
                    $"the kit '{kit.Sku}' ({lines}) shows {kit.Availability} available ({kit.Assembled} assembled + {kit.Buildable} buildable), "
                    + $"but {assembled} assembled + {buildable} its components can make gives {assembled + buildable}."));
            }
        }
    }

    private sealed class PlaceKeys : IEqualityComparer<(string, string, string)>
    {
        public bool Equals((string, string, string) x, (string, string, string) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Item1, y.Item1)
            && StringComparer.OrdinalIgnoreCase.Equals(x.Item2, y.Item2)
            && StringComparer.OrdinalIgnoreCase.Equals(x.Item3, y.Item3);

        public int GetHashCode((string, string, string) obj) => HashCode.Combine(
            StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item1),
            StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item2),
            StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item3));
    }
}
