using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Specs.Inventory.Contracts.Commands.Picking;
using Specs.Inventory.Contracts.Events.Picking;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.Sales;
using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Picking;

/// <summary>
/// Area 8, picking and waves. Rules (docs/domain-rules.md): picklists carry their own lines in one
/// warehouse; assignment; never pick more than a line needs; never more than the location
/// holds, and a pick moves OnHand to Picked; express picks only from a SKU's single location
/// first-expiry-first-out; shorts; completion; a sale line's pick releases Pending; a
/// line for a sale cites an imported, open sale and never plans more than it still needs picked.
/// </summary>
public static class PickingRules
{
    public const string PicklistsDefined = "R-8.1";
    public const string PicklistsAssigned = "R-8.2";
    public const string NeverPickBeyondLine = "R-8.3";
    public const string PickMovesOnHandToPicked = "R-8.4";
    public const string ExpressPickFromOneLocation = "R-8.5";
    public const string FirstExpiryFirstOut = "R-8.6";
    public const string ShortsReduceTheLine = "R-8.7";
    public const string CompletedWhenResolved = "R-8.8";
    public const string PicksReleasePending = "R-8.9";
    public const string LinesServeSales = "R-8.10";

    public const int MaxLines = 500;

    public static Decision Decide(CreatePicklist command, InventoryState state, DecisionContext context)
    {
        var typed = Codes.Normalize(command.Warehouse);
        if (state.Locations.FindWarehouse(typed) is not { } warehouse)
        {
            return Decision.Refuse(new UnknownWarehouse(typed));
        }

        if (command.Lines.Count is 0 or > MaxLines)
        {
            return Decision.Refuse(new PicklistLineCountInvalid(command.Lines.Count, MaxLines));
        }

        var lines = new List<PicklistLine>(command.Lines.Count);
        foreach (var line in command.Lines)
        {
            if (!CatalogRules.RequireActive(state.Catalog, line.Sku, out var product, out var refused))
            {
                return Decision.Refuse(refused);
            }

            if (StockChecks.Quantity(product.Sku, line.Quantity, 1) is { } invalid)
            {
                return Decision.Refuse(invalid);
            }

            if (lines.Exists(known => known.Sku == product.Sku && known.SaleId == line.SaleId))
            {
                return Decision.Refuse(new DuplicatePicklistLine(product.Sku, line.SaleId));
            }

            if (line.SaleId is { } saleId && SaleLineRefusal(state, saleId, product.Sku, line.Quantity) is { } notForSale)
            {
                return Decision.Refuse(notForSale);
            }

            lines.Add(new PicklistLine { Sku = product.Sku, Quantity = line.Quantity, SaleId = line.SaleId });
        }

        var id = context.Ids.NextId();
        return Decision.Accept(StreamOf(id), new PicklistCreated { PicklistId = id, Warehouse = warehouse.Code, Lines = lines });
    }

    /// <summary>
    /// a line for a sale names an imported sale that is not cancelled and still needs that many units of
    /// the SKU picked beyond what its lines on open picklists already plan.
    /// </summary>
    private static DomainError? SaleLineRefusal(InventoryState state, Guid saleId, string sku, long quantity)
    {
        if (state.Sales.FindById(saleId) is not { } sale)
        {
            return new PicklistSaleUnknown(saleId);
        }

        if (sale.IsCancelled)
        {
            return new PicklistSaleCancelled(saleId, sale.Channel, sale.ExternalId);
        }

        var planned = state.Picking.OfSale(saleId)
            .Where(picklist => !picklist.Completed)
            .SelectMany(picklist => picklist.Lines)
            .Where(line => line.SaleId == saleId && string.Equals(line.Sku, sku, StringComparison.OrdinalIgnoreCase))
            .Sum(line => line.Remaining);
        var unplanned = Math.Max(0, sale.PendingOf(sku) - planned);
        return quantity > unplanned ? new PicklistLineExceedsSale(saleId, sale.Channel, sale.ExternalId, sku, quantity, unplanned) : null;
    }

    public static Decision Decide(AssignPicklist command, InventoryState state)
    {
        if (!RequireOpen(state.Picking, command.PicklistId, out var picklist, out var refused))
        {
            return Decision.Refuse(refused);
        }

        var picker = Codes.Normalize(command.Picker);
        if (!Codes.IsWellFormedName(picker))
        {
            return Decision.Refuse(new InvalidPickerName(picklist.Id, picker, Codes.MaxNameLength));
        }

        return string.Equals(picker, picklist.Picker, StringComparison.OrdinalIgnoreCase)
            ? Decision.Accept(StreamOf(picklist.Id))
            : Decision.Accept(StreamOf(picklist.Id), new PicklistAssigned { PicklistId = picklist.Id, Picker = picker, PreviousPicker = picklist.Picker });
    }

    public static Decision Decide(PickItem command, InventoryState state)
    {
        if (!RequireOpen(state.Picking, command.PicklistId, out var picklist, out var refused))
        {
            return Decision.Refuse(refused);
        }

        var location = Codes.Normalize(command.Location);
        if (location.Length == 0 && !ExpressLocation(state, picklist, command.Sku, out location, out refused))
        {
            return Decision.Refuse(refused);
        }

        if (!StockChecks.Resolve(state, new StockRequest(command.Sku, picklist.Warehouse, location, command.Quantity, 1, null, command.Lot, command.Serials), out var stockLine, out refused)
            || !RequireLine(picklist, stockLine.Sku, command.SaleId, out _, out var line, out refused))
        {
            return Decision.Refuse(refused);
        }

        if (command.Quantity > line.Remaining)
        {
            return Decision.Refuse(new PickExceedsLine(picklist.Id, line.Sku, line.SaleId, command.Quantity, line.Remaining));
        }

        var sale = line.SaleId is { } saleId ? state.Sales.FindById(saleId) : null;
        if (sale is { IsCancelled: true })
        {
            return Decision.Refuse(new PicklistSaleCancelled(sale.Id, sale.Channel, sale.ExternalId));
        }

        var stock = state.Stock.Of(stockLine.Sku);
        var address = stockLine.Location.Address;
        if ((StockChecks.Enough(stock, stockLine.Slot, command.Quantity) ?? StockChecks.SerialsAt(stock, stockLine.Serials, address) ?? LotPickOrder.Check(state, stockLine)) is { } blocked)
        {
            return Decision.Refuse(blocked);
        }

        return Decision.Accept(StreamOf(picklist.Id), new ItemPicked
        {
            PicklistId = picklist.Id,
            Sku = line.Sku,
            SaleId = line.SaleId,
            Warehouse = address.Warehouse,
            Location = address.Location,
            Quantity = command.Quantity,
            Lot = stockLine.EventLot,
            Serials = stockLine.Serials,
            PendingReleased = sale is null ? 0 : Math.Min(command.Quantity, sale.PendingOf(line.Sku)),
        });
    }

    public static Decision Decide(ShortPick command, InventoryState state)
    {
        if (!RequireOpen(state.Picking, command.PicklistId, out var picklist, out var refused)
            || !CatalogRules.RequireExisting(state.Catalog, command.Sku, out var product, out refused)
            || !RequireLine(picklist, product.Sku, command.SaleId, out _, out var line, out refused))
        {
            return Decision.Refuse(refused);
        }

        if (StockChecks.Quantity(line.Sku, command.Quantity, 1) is { } invalid)
        {
            return Decision.Refuse(invalid);
        }

        return command.Quantity > line.Remaining
            ? Decision.Refuse(new ShortExceedsLine(picklist.Id, line.Sku, line.SaleId, command.Quantity, line.Remaining))
            : Decision.Accept(StreamOf(picklist.Id), new PickShorted { PicklistId = picklist.Id, Sku = line.Sku, SaleId = line.SaleId, Quantity = command.Quantity });
    }

    public static Decision Decide(CompletePicklist command, InventoryState state)
    {
        if (!RequireExisting(state.Picking, command.PicklistId, out var picklist, out var refused))
        {
            return Decision.Refuse(refused);
        }

        if (picklist.Completed)
        {
            return Decision.Accept(StreamOf(picklist.Id));
        }

        return picklist.Lines.FirstOrDefault(line => line.Remaining > 0) is { } open
            ? Decision.Refuse(new PicklistNotFinished(picklist.Id, open.Sku, open.SaleId, open.Remaining))
            : Decision.Accept(StreamOf(picklist.Id), new PicklistCompleted { PicklistId = picklist.Id });
    }

    public static InventoryState Evolve(InventoryState state, PicklistCreated created)
    {
        var lines = created.Lines.Select(line => new PickLine(line.Sku, line.SaleId, line.Quantity)).ToImmutableList();
        return state with { Picking = state.Picking.With(new Picklist(created.PicklistId, created.Warehouse, lines, Picker: null, Completed: false)) };
    }

    public static InventoryState Evolve(InventoryState state, PicklistAssigned assigned) =>
        state.Picking.Find(assigned.PicklistId) is { } picklist
            ? state with { Picking = state.Picking.With(picklist with { Picker = assigned.Picker }) }
            : state;

    /// <summary>R-8.4 and: OnHand at the slot falls, Picked rises, Pending falls by what the event says; the serials are picked.</summary>
    public static InventoryState Evolve(InventoryState state, ItemPicked picked)
    {
        // The sale's share first: its picked units rise and Pending falls by what the event released.
        state = picked.PendingReleased > 0 && picked.SaleId is { } saleId && state.Sales.FindById(saleId) is { } sale
            ? SaleFulfilment.Picked(state, sale.Channel, sale.ExternalId, picked.Sku, picked.PendingReleased)
            : state;
        var slot = StockSlot.At(new LocationAddress(picked.Warehouse, picked.Location), picked.Lot);
        // PlantedBugs: with PickKeepsLocation on, the units stay on hand at the location (a seeded bug for the hunter).
        var stock = PlantedBugs.IsOn(PlantedBug.PickKeepsLocation) ? state.Stock : state.Stock.Change(picked.Sku, slot, -picked.Quantity);
        stock = stock.With(stock.Of(picked.Sku)
            .WithCommitted(pickedDelta: picked.Quantity)
            .PlaceSerials(picked.Serials, SerialPlace.Picked));
        return state with
        {
            Stock = stock,
            Picking = WithLine(state.Picking, picked.PicklistId, picked.Sku, picked.SaleId, line => line.WithPicked(slot.Lot, picked.Quantity, picked.Serials, picked.PendingReleased)),
        };
    }

    public static InventoryState Evolve(InventoryState state, PickShorted shorted) =>
        state with { Picking = WithLine(state.Picking, shorted.PicklistId, shorted.Sku, shorted.SaleId, line => line with { Shorted = line.Shorted + shorted.Quantity }) };

    public static InventoryState Evolve(InventoryState state, PicklistCompleted completed) =>
        state.Picking.Find(completed.PicklistId) is { } picklist
            ? state with { Picking = state.Picking.With(picklist with { Completed = true }) }
            : state;

    /// <summary>R-8.1: the picklist exists.</summary>
    public static bool RequireExisting(PickingState state, Guid picklistId, [NotNullWhen(true)] out Picklist? picklist, [NotNullWhen(false)] out DomainError? refusal)
    {
        picklist = state.Find(picklistId);
        refusal = picklist is null ? new UnknownPicklist(picklistId) : null;
        return picklist is not null;
    }

    /// <summary>R-8.1: the picklist has a line for the SKU (as recorded) and sale.</summary>
    public static bool RequireLine(Picklist picklist, string sku, Guid? saleId, out int index, [NotNullWhen(true)] out PickLine? line, [NotNullWhen(false)] out DomainError? refusal)
    {
        index = picklist.IndexOf(sku, saleId);
        line = index < 0 ? null : picklist.Lines[index];
        refusal = line is null ? new NotOnPicklist(picklist.Id, sku, saleId) : null;
        return line is not null;
    }

    /// <summary>Applies <paramref name="change"/> to one line; events only name lines that exist.</summary>
    public static PickingState WithLine(PickingState state, Guid picklistId, string sku, Guid? saleId, Func<PickLine, PickLine> change)
    {
        if (state.Find(picklistId) is not { } picklist || picklist.IndexOf(sku, saleId) is var index && index < 0)
        {
            return state;
        }

        return state.With(picklist.WithLine(index, change(picklist.Lines[index])));
    }

    /// <summary>Every event of a picklist, from creation to its last check, is on one stream.</summary>
    public static string StreamOf(Guid picklistId) => $"picklist/{picklistId}";

    /// <summary>R-8.8: picks, shorts and assignments need an open picklist.</summary>
    private static bool RequireOpen(PickingState state, Guid picklistId, [NotNullWhen(true)] out Picklist? picklist, [NotNullWhen(false)] out DomainError? refusal)
    {
        if (RequireExisting(state, picklistId, out picklist, out refusal) && picklist.Completed)
        {
            refusal = new PicklistClosed(picklist.Id);
            picklist = null;
        }

        return picklist is not null;
    }

    /// <summary>R-8.5: the one location of the picklist's warehouse where the SKU is on hand.</summary>
    private static bool ExpressLocation(InventoryState state, Picklist picklist, string sku, out string location, [NotNullWhen(false)] out DomainError? refusal)
    {
        location = string.Empty;
        if (!CatalogRules.RequireActive(state.Catalog, sku, out var product, out refusal))
        {
            return false;
        }

        var holding = state.Stock.Of(product.Sku).Locations.Keys.Where(address => address.Warehouse == picklist.Warehouse).Take(2).ToList();
        if (holding.Count != 1)
        {
            var count = holding.Count == 0 ? 0 : state.Stock.Of(product.Sku).Locations.Keys.Count(address => address.Warehouse == picklist.Warehouse);
            refusal = new ExpressPickNeedsLocation(product.Sku, picklist.Warehouse, count);
            return false;
        }

        location = holding[0].Location;
        return true;
    }
}
