using System.Collections.Immutable;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Counts;
using Specs.Inventory.Contracts.Events.Counts;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.ReferenceData;
using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Counts;

/// <summary>
/// Area 11, cycle counts. Rules (docs/domain-rules.md): a count snapshots its locations at the
/// start, one open count per location; stock keeps moving during a count, and each line's variance
/// is against the on hand when it was counted (snapshot plus movements since), which approval applies to
/// the on hand of the moment; a variance beyond max(2, 5% of expected) asks for a recount before
/// approval; only approval adjusts stock, one QuantityAdjusted per line with a variance;
/// a cancelled count adjusts nothing, and a closed count changes no more.
/// </summary>
public static class CountRules
{
    public const string SnapshotAtStart = "R-11.1";
    public const string MovementsReconciled = "R-11.2";
    public const string RecountOverThreshold = "R-11.3";
    public const string OnlyApprovalAdjusts = "R-11.4";
    public const string CancelledCountsAdjustNothing = "R-11.5";

    public const int MaxLocations = 100;

    /// <summary>R-11.3: the largest variance accepted without a recount: max(2 units, 5% of expected rounded up).</summary>
    public static long Threshold(long expected) => Math.Max(2, (Math.Max(0, expected) + 19) / 20);

    public static Decision Decide(StartCount command, InventoryState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var warehouseCode = Codes.Normalize(command.Warehouse);
        if (state.Locations.FindWarehouse(warehouseCode) is not { } warehouse)
        {
            return Decision.Refuse(new UnknownWarehouse(warehouseCode));
        }

        var typed = command.Locations.Select(Codes.Normalize).ToArray();
        if (typed.Length is 0 or > MaxLocations || typed.Distinct(StringComparer.OrdinalIgnoreCase).Count() != typed.Length)
        {
            return Decision.Refuse(new CountLocationsInvalid(warehouse.Code, typed.Length, MaxLocations));
        }

        var locations = new List<LocationAddress>(typed.Length);
        foreach (var code in typed)
        {
            if (!LocationRules.RequireExisting(state.Locations, warehouse.Code, code, out var location, out var unknown))
            {
                return Decision.Refuse(unknown);
            }

            if (state.Counts.OpenAt.TryGetValue(location.Address, out var other))
            {
                return Decision.Refuse(new LocationAlreadyCounted(warehouse.Code, location.Address.Location, other));
            }

            locations.Add(location.Address);
        }

        var reasonTyped = Codes.Normalize(command.Reason);
        if (ReferenceDataRules.RequireActive(state.ReferenceData, ReferenceKind.Reason, reasonTyped) is { } inactive)
        {
            return Decision.Refuse(inactive);
        }

        var id = context.Ids.NextId();
        return Decision.Accept(StreamOf(id), new CountStarted
        {
            CountId = id,
            Warehouse = warehouse.Code,
            Locations = [.. locations.Select(address => address.Location)],
            Reason = state.ReferenceData.Find(ReferenceKind.Reason, reasonTyped)!.Name,
            Lines = Snapshot(state, locations),
        });
    }

    public static Decision Decide(RecordCount command, InventoryState state)
    {
        if (!RequireOpen(state, command.CountId, out var count, out var refused))
        {
            return Decision.Refuse(refused);
        }

        var request = new StockRequest(command.Sku, count.Warehouse, command.Location, command.Quantity, 0, null, command.Lot, command.Serials);
        if (!StockChecks.Resolve(state, request, allowLocked: true, out var line, out refused))
        {
            return Decision.Refuse(refused);
        }

        var address = line.Location.Address;
        if (!count.Covers(address.Location))
        {
            return Decision.Refuse(new LocationNotInCount(count.Id, address.Warehouse, address.Location));
        }

        var stock = state.Stock.Of(line.Sku);
        if (StockChecks.SerialsOffHand(stock, line.Serials, address) is { } elsewhere)
        {
            return Decision.Refuse(elsewhere);
        }

        var key = new CountLineKey(line.Sku, address.Location, line.Lot);
        var known = count.Lines.GetValueOrDefault(key);
        var expected = stock.OnHandAt(line.Slot);
        var variance = command.Quantity - expected;
        var recorded = new CountRecorded
        {
            CountId = count.Id,
            Sku = line.Sku,
            Warehouse = address.Warehouse,
            Location = address.Location,
            Lot = line.EventLot,
            Counted = command.Quantity,
            Snapshot = known?.Snapshot ?? 0,
            Expected = expected,
            Variance = variance,
            Serials = line.Serials,
            IsRecount = known?.Counted is not null,
        };

        var threshold = Threshold(expected);
        return Math.Abs(variance) > threshold && known?.Counted is null
            ? Decision.Accept(StreamOf(count.Id), recorded, Recount(count, key, line.EventLot, address.Warehouse, variance, threshold))
            : Decision.Accept(StreamOf(count.Id), recorded);
    }

    public static Decision Decide(RequestRecount command, InventoryState state)
    {
        if (!RequireOpen(state, command.CountId, out var count, out var refused))
        {
            return Decision.Refuse(refused);
        }

        if (!CatalogRules.RequireExisting(state.Catalog, command.Sku, out var product, out refused))
        {
            return Decision.Refuse(refused);
        }

        var location = count.Locations.FirstOrDefault(code => code.Equals(Codes.Normalize(command.Location), StringComparison.OrdinalIgnoreCase)) ?? Codes.Normalize(command.Location);
        var lot = product.Tracking == TrackingMode.Lot ? state.Lots.Find(product.Sku, Codes.Normalize(command.Lot))?.Code ?? Codes.Normalize(command.Lot) : string.Empty;
        var key = new CountLineKey(product.Sku, location, lot);
        var eventLot = lot.Length == 0 ? null : lot;
        if (count.Lines.GetValueOrDefault(key) is not { Counted: not null } line)
        {
            return Decision.Refuse(new LineNotCounted(count.Id, product.Sku, location, eventLot));
        }

        return line.RecountPending
            ? Decision.Accept(StreamOf(count.Id))
            : Decision.Accept(StreamOf(count.Id), Recount(count, key, eventLot, count.Warehouse, line.Variance, Threshold(line.Expected)));
    }

    public static Decision Decide(ApproveCount command, InventoryState state)
    {
        if (!RequireOpen(state, command.CountId, out var count, out var refused))
        {
            return Decision.Refuse(refused);
        }

        var uncounted = count.Lines.Values.Where(line => line.Counted is null).ToArray();
        if (uncounted.Length > 0)
        {
            var first = uncounted[0].Key;
            return Decision.Refuse(new CountIncomplete(count.Id, first.Sku, first.Location, LotOrNull(first.Lot), uncounted.Length));
        }

        if (count.Lines.Values.FirstOrDefault(line => line.RecountPending) is { } pending)
        {
            return Decision.Refuse(new RecountPending(count.Id, pending.Key.Sku, pending.Key.Location, LotOrNull(pending.Key.Lot), pending.Variance));
        }

        var adjustments = new List<IEventContract>();
        foreach (var line in count.Lines.Values)
        {
            if (!LocationRules.RequireExisting(state.Locations, count.Warehouse, line.Key.Location, out _, out var gone))
            {
                return Decision.Refuse(gone);
            }

            if (Adjustment(state, count, line) is { } adjusted)
            {
                adjustments.Add(adjusted);
            }
        }

        var approved = new CountApproved
        {
            CountId = count.Id,
            Warehouse = count.Warehouse,
            LinesCounted = count.Lines.Count,
            LinesAdjusted = adjustments.Count,
            NetUnits = adjustments.Cast<QuantityAdjusted>().Sum(adjusted => adjusted.Delta),
        };
        return Decision.Accept(StreamOf(count.Id), [approved, .. adjustments]);
    }

    public static Decision Decide(CancelCount command, InventoryState state)
    {
        if (state.Counts.Find(command.CountId) is not { } count)
        {
            return Decision.Refuse(new UnknownCount(command.CountId));
        }

        return count.Status switch
        {
            CountStatus.Open => Decision.Accept(StreamOf(count.Id), new CountCancelled { CountId = count.Id, Warehouse = count.Warehouse }),
            CountStatus.Cancelled => Decision.Accept(StreamOf(count.Id)),
            _ => Decision.Refuse(new CountClosed(count.Id, count.Status)),
        };
    }

    public static CountsState Evolve(CountsState state, CountStarted started)
    {
        var lines = started.Lines.ToImmutableSortedDictionary(
            line => new CountLineKey(line.Sku, line.Location, line.Lot ?? string.Empty),
            line => new CountLineState(new CountLineKey(line.Sku, line.Location, line.Lot ?? string.Empty), line.Quantity));
        return state.With(new Count(started.CountId, started.Warehouse, [.. started.Locations], started.Reason, CountStatus.Open) { Lines = lines });
    }

    /// <summary>Needs the stock before the event: which serials were at the location when the count was recorded.</summary>
    public static CountsState Evolve(InventoryState before, CountRecorded recorded)
    {
        if (before.Counts.Find(recorded.CountId) is not { } count)
        {
            return before.Counts;
        }

        var key = new CountLineKey(recorded.Sku, recorded.Location, recorded.Lot ?? string.Empty);
        var stock = before.Stock.Of(recorded.Sku);
        var address = new LocationAddress(recorded.Warehouse, recorded.Location);
        var counted = recorded.Serials.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var line = (count.Lines.GetValueOrDefault(key) ?? new CountLineState(key, recorded.Snapshot)) with
        {
            Counted = recorded.Counted,
            Expected = recorded.Expected,
            Variance = recorded.Variance,
            RecountPending = false,
            SerialsFound = [.. recorded.Serials.Where(serial => stock.FindSerial(serial)?.IsAt(address) != true)],
            SerialsMissing = [.. stock.Serials.Values.Where(position => position.IsAt(address) && !counted.Contains(position.Serial)).Select(position => position.Serial)],
        };
        return before.Counts.With(count with { Lines = count.Lines.SetItem(key, line) });
    }

    public static CountsState Evolve(CountsState state, RecountRequested requested)
    {
        var key = new CountLineKey(requested.Sku, requested.Location, requested.Lot ?? string.Empty);
        return state.Find(requested.CountId) is { } count && count.Lines.GetValueOrDefault(key) is { } line
            ? state.With(count with { Lines = count.Lines.SetItem(key, line with { RecountPending = true }) })
            : state;
    }

    public static CountsState Evolve(CountsState state, CountApproved approved) =>
        state.Find(approved.CountId) is { } count ? state.With(count with { Status = CountStatus.Approved }) : state;

    public static CountsState Evolve(CountsState state, CountCancelled cancelled) =>
        state.Find(cancelled.CountId) is { } count ? state.With(count with { Status = CountStatus.Cancelled }) : state;

    /// <summary>The stream of one count: its id.</summary>
    public static string StreamOf(Guid countId) => $"count/{countId:N}";

    private static bool RequireOpen(InventoryState state, Guid id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Count? count, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out DomainError? refusal)
    {
        count = state.Counts.Find(id);
        refusal = count is null ? new UnknownCount(id)
            : count.Status != CountStatus.Open ? new CountClosed(id, count.Status)
            : null;
        if (refusal is not null)
        {
            count = null;
        }

        return count is not null;
    }

    /// <summary>Every SKU and lot on hand in the locations, in SKU, location, lot order.</summary>
    /// <remarks>Only the SKUs the locations hold are visited (the stock's index by location), not every SKU.</remarks>
    private static IReadOnlyList<CountLine> Snapshot(InventoryState state, IReadOnlyList<LocationAddress> locations)
    {
        var held = new SortedDictionary<string, SkuStock>(StringComparer.OrdinalIgnoreCase);
        foreach (var location in locations)
        {
            foreach (var stock in state.Stock.HeldAt(location))
            {
                held.TryAdd(stock.Sku, stock);
            }
        }

        var lines = new List<CountLine>();
        foreach (var stock in held.Values)
        {
            foreach (var (slot, units) in stock.Slots)
            {
                if (locations.Contains(slot.Address))
                {
                    lines.Add(new CountLine { Sku = stock.Sku, Location = slot.Address.Location, Lot = LotOrNull(slot.Lot), Quantity = units });
                }
            }
        }

        return lines;
    }

    private static RecountRequested Recount(Count count, CountLineKey key, string? lot, string warehouse, long variance, long threshold) => new()
    {
        CountId = count.Id,
        Sku = key.Sku,
        Warehouse = warehouse,
        Location = key.Location,
        Lot = lot,
        Variance = variance,
        Threshold = threshold,
    };

    /// <summary>
    /// the line's variance applied to the on hand of this moment, so movements recorded after the
    /// line was counted are kept; never below zero (R-4.2). Serial-tracked lines add the serials found that
    /// are in stock nowhere now and remove those missing that are still at the location.
    /// </summary>
    private static QuantityAdjusted? Adjustment(InventoryState state, Count count, CountLineState line)
    {
        var stock = state.Stock.Of(line.Key.Sku);
        var address = new LocationAddress(count.Warehouse, line.Key.Location);
        var onHand = stock.OnHandAt(StockSlot.At(address, line.Key.Lot));
        IReadOnlyList<string> added = [.. line.SerialsFound.Where(serial => stock.FindSerial(serial) is not { Place: SerialPlace.AtLocation })];
        IReadOnlyList<string> removed = [.. line.SerialsMissing.Where(serial => stock.FindSerial(serial)?.IsAt(address) == true)];
        var tracked = state.Catalog.Products.GetValueOrDefault(line.Key.Sku)?.Tracking == TrackingMode.Serial;
        var delta = tracked ? added.Count - removed.Count : Math.Clamp(line.Variance, -onHand, StockLimits.MaxQuantity - onHand);
        if (delta == 0 && added.Count == 0 && removed.Count == 0)
        {
            return null;
        }

        return new QuantityAdjusted
        {
            Sku = line.Key.Sku,
            Warehouse = count.Warehouse,
            Location = line.Key.Location,
            Delta = delta,
            Quantity = onHand + delta,
            Reason = count.Reason,
            Lot = LotOrNull(line.Key.Lot),
            SerialsAdded = added,
            SerialsRemoved = removed,
        };
    }

    private static string? LotOrNull(string lot) => lot.Length == 0 ? null : lot;
}
