using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Ledger;

/// <summary>
/// Area 4, the inventory ledger: every change of on-hand stock at a location, with a reason. Rules
/// (docs/domain-rules.md): the reason is an active reason; on hand never goes below zero;
/// quantities are bounded; serials match the quantity; lot-tracked stock names a
/// registered lot; setting the quantity a location already holds records nothing; the sum
/// over locations is the SKU's total; a move stays in one warehouse, between two locations.
/// </summary>
public static class LedgerRules
{
    public const string ReasonRequired = "R-4.1";
    public const string OnHandNeverNegative = "R-4.2";
    public const string QuantitiesBounded = "R-4.3";
    public const string SerialsMatchQuantity = "R-4.4";
    public const string LotRequiredWhenLotTracked = "R-4.5";
    public const string SameQuantityIgnored = "R-4.6";
    public const string TotalIsSumOfLocations = "R-4.7";
    public const string MovesWithinWarehouse = "R-4.8";

    public static Decision Decide(AddItem command, InventoryState state)
    {
        if (!StockChecks.Resolve(state, new StockRequest(command.Sku, command.Warehouse, command.Location, command.Quantity, 1, command.Reason, command.Lot, command.Serials), out var line, out var refused))
        {
            return Decision.Refuse(refused);
        }

        var stock = state.Stock.Of(line.Sku);
        if (StockChecks.CanArrive(stock, line, command.Quantity) is { } full)
        {
            return Decision.Refuse(full);
        }

        var address = line.Location.Address;
        return Decision.Accept(StreamOf(line.Sku), new QuantityAdded
        {
            Sku = line.Sku,
            Warehouse = address.Warehouse,
            Location = address.Location,
            Quantity = command.Quantity,
            Reason = line.Reason,
            Lot = line.EventLot,
            Serials = line.Serials,
        });
    }

    public static Decision Decide(RemoveItem command, InventoryState state)
    {
        if (!StockChecks.Resolve(state, new StockRequest(command.Sku, command.Warehouse, command.Location, command.Quantity, 1, command.Reason, command.Lot, command.Serials), out var line, out var refused))
        {
            return Decision.Refuse(refused);
        }

        var stock = state.Stock.Of(line.Sku);
        var address = line.Location.Address;
        if ((StockChecks.Enough(stock, line.Slot, command.Quantity) ?? StockChecks.SerialsAt(stock, line.Serials, address)) is { } missing)
        {
            return Decision.Refuse(missing);
        }

        return Decision.Accept(StreamOf(line.Sku), new QuantityRemoved
        {
            Sku = line.Sku,
            Warehouse = address.Warehouse,
            Location = address.Location,
            Quantity = command.Quantity,
            Reason = line.Reason,
            Lot = line.EventLot,
            Serials = line.Serials,
        });
    }

    public static Decision Decide(SetItemQuantity command, InventoryState state)
    {
        if (!StockChecks.Resolve(state, new StockRequest(command.Sku, command.Warehouse, command.Location, command.Quantity, 0, command.Reason, command.Lot, command.Serials), out var line, out var refused))
        {
            return Decision.Refuse(refused);
        }

        var stock = state.Stock.Of(line.Sku);
        var address = line.Location.Address;
        var delta = command.Quantity - stock.OnHandAt(line.Slot);
        var wanted = line.Serials.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var present = stock.Serials.Values.Where(position => position.IsAt(address)).Select(position => position.Serial).ToList();
        IReadOnlyList<string> added = [.. line.Serials.Where(serial => stock.FindSerial(serial)?.IsAt(address) != true)];
        IReadOnlyList<string> removed = [.. present.Where(serial => !wanted.Contains(serial))];
        if (delta == 0 && added.Count == 0 && removed.Count == 0)
        {
            return Decision.Accept(StreamOf(line.Sku));
        }

        if ((StockChecks.SerialsOffHand(stock, added, address) ?? (delta > 0 ? StockChecks.Room(stock, line.Slot, delta) : null)) is { } conflict)
        {
            return Decision.Refuse(conflict);
        }

        return Decision.Accept(StreamOf(line.Sku), new QuantityAdjusted
        {
            Sku = line.Sku,
            Warehouse = address.Warehouse,
            Location = address.Location,
            Delta = delta,
            Quantity = command.Quantity,
            Reason = line.Reason,
            Lot = line.EventLot,
            SerialsAdded = added,
            SerialsRemoved = removed,
        });
    }

    public static Decision Decide(MoveItem command, InventoryState state)
    {
        if (!StockChecks.Resolve(state, new StockRequest(command.Sku, command.Warehouse, command.FromLocation, command.Quantity, 1, null, command.Lot, command.Serials), out var line, out var refused))
        {
            return Decision.Refuse(refused);
        }

        if (!LocationRules.RequireOpen(state.Locations, line.Location.Address.Warehouse, command.ToLocation, out var to, out var closed))
        {
            return Decision.Refuse(closed);
        }

        var from = line.Location.Address;
        if (to.Address == from)
        {
            return Decision.Refuse(new SameLocation(line.Sku, from.Warehouse, from.Location));
        }

        var stock = state.Stock.Of(line.Sku);
        var toSlot = StockSlot.At(to.Address, line.Lot);
        if ((StockChecks.Enough(stock, line.Slot, command.Quantity) ?? StockChecks.SerialsAt(stock, line.Serials, from) ?? StockChecks.Room(stock, toSlot, command.Quantity)) is { } blocked)
        {
            return Decision.Refuse(blocked);
        }

        return Decision.Accept(StreamOf(line.Sku), new ItemMoved
        {
            Sku = line.Sku,
            Warehouse = from.Warehouse,
            FromLocation = from.Location,
            ToLocation = to.Address.Location,
            Quantity = command.Quantity,
            Lot = line.EventLot,
            Serials = line.Serials,
        });
    }

    public static StockState Evolve(StockState state, QuantityAdded added)
    {
        var slot = SlotOf(added.Warehouse, added.Location, added.Lot);
        var changed = state.Change(added.Sku, slot, added.Quantity);
        return changed.With(changed.Of(added.Sku).PlaceSerials(added.Serials, slot.Address));
    }

    public static StockState Evolve(StockState state, QuantityRemoved removed)
    {
        var changed = state.Change(removed.Sku, SlotOf(removed.Warehouse, removed.Location, removed.Lot), -removed.Quantity);
        return changed.With(changed.Of(removed.Sku).PlaceSerials(removed.Serials, location: null));
    }

    public static StockState Evolve(StockState state, QuantityAdjusted adjusted)
    {
        var slot = SlotOf(adjusted.Warehouse, adjusted.Location, adjusted.Lot);
        var changed = state.Change(adjusted.Sku, slot, adjusted.Delta);
        return changed.With(changed.Of(adjusted.Sku).PlaceSerials(adjusted.SerialsRemoved, location: null).PlaceSerials(adjusted.SerialsAdded, slot.Address));
    }

    public static StockState Evolve(StockState state, ItemMoved moved)
    {
        var from = SlotOf(moved.Warehouse, moved.FromLocation, moved.Lot);
        var to = SlotOf(moved.Warehouse, moved.ToLocation, moved.Lot);
        var changed = state.Change(moved.Sku, from, -moved.Quantity).Change(moved.Sku, to, moved.Quantity);
        return changed.With(changed.Of(moved.Sku).PlaceSerials(moved.Serials, to.Address));
    }

    /// <summary>
    /// The stream of a SKU's stock: every ledger, lot, serial and assembly event of the SKU, lower-cased
    /// because codes ignore case. One stream per SKU lets a caller check the SKU's version before a change.
    /// </summary>
    public static string StreamOf(string sku) => $"sku/{sku.ToLowerInvariant()}";

    private static StockSlot SlotOf(string warehouse, string location, string? lot) =>
        StockSlot.At(new LocationAddress(warehouse, location), lot);
}
