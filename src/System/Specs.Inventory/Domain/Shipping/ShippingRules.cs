using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Shipping;
using Specs.Inventory.Contracts.Events.Shipping;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Picking;
using Specs.Inventory.Domain.Sales;
using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Shipping;

/// <summary>
/// Area 9, quality check, pack and ship. Rules (docs/domain-rules.md): checks never cover more than
/// the picked units in hand, so passed never exceeds picked; an unpick returns picked units to a
/// location; a sale ships only when every line is picked and passed; returned units go back on
/// hand with a reason, never more than shipped.
/// </summary>
public static class ShippingRules
{
    public const string ChecksNeverExceedPicked = "R-9.1";
    public const string UnpickReturnsToLocation = "R-9.2";
    public const string ShipOnlyPickedAndPassed = "R-9.3";
    public const string ReturnsBackOnHand = "R-9.4";

    public static Decision Decide(ScanItem command, InventoryState state)
    {
        if (!PickingRules.RequireExisting(state.Picking, command.PicklistId, out var picklist, out var refused)
            || !CatalogRules.RequireExisting(state.Catalog, command.Sku, out var product, out refused)
            || !PickingRules.RequireLine(picklist, product.Sku, command.SaleId, out _, out var line, out refused))
        {
            return Decision.Refuse(refused);
        }

        var note = Codes.Normalize(command.Note);
        if ((StockChecks.Quantity(line.Sku, command.Quantity, 1)
            ?? (command.Quantity > line.Unchecked ? (DomainError)new ScanExceedsPicked(picklist.Id, line.Sku, line.SaleId, command.Quantity, line.Unchecked) : null)
            ?? (note.Length > Codes.MaxNameLength ? (DomainError)new CheckNoteTooLong(picklist.Id, note.Length, Codes.MaxNameLength) : null)) is { } invalid)
        {
            return Decision.Refuse(invalid);
        }

        var stream = PickingRules.StreamOf(picklist.Id);
        return command.Passed
            ? Decision.Accept(stream, new ItemPassedCheck { PicklistId = picklist.Id, Sku = line.Sku, SaleId = line.SaleId, Quantity = command.Quantity })
            : Decision.Accept(stream, new ItemFailedCheck { PicklistId = picklist.Id, Sku = line.Sku, SaleId = line.SaleId, Quantity = command.Quantity, Note = note.Length == 0 ? null : note });
    }

    public static Decision Decide(UnpickItem command, InventoryState state)
    {
        if (!PickingRules.RequireExisting(state.Picking, command.PicklistId, out var picklist, out var refused)
            || !StockChecks.Resolve(state, new StockRequest(command.Sku, picklist.Warehouse, command.Location, command.Quantity, 1, null, command.Lot, command.Serials), out var stockLine, out refused)
            || !PickingRules.RequireLine(picklist, stockLine.Sku, command.SaleId, out _, out var line, out refused))
        {
            return Decision.Refuse(refused);
        }

        var inHand = line.InHandOf(stockLine.Lot);
        if (command.Quantity > inHand)
        {
            return Decision.Refuse(new UnpickExceedsPicked(picklist.Id, line.Sku, line.SaleId, stockLine.EventLot, command.Quantity, inHand));
        }

        if (stockLine.Serials.FirstOrDefault(serial => !line.InHandSerials.Contains(serial)) is { } stray)
        {
            return Decision.Refuse(new SerialNotPicked(picklist.Id, line.Sku, stray));
        }

        if (StockChecks.Room(state.Stock.Of(line.Sku), stockLine.Slot, command.Quantity) is { } full)
        {
            return Decision.Refuse(full);
        }

        var address = stockLine.Location.Address;
        return Decision.Accept(PickingRules.StreamOf(picklist.Id), new ItemUnpicked
        {
            PicklistId = picklist.Id,
            Sku = line.Sku,
            SaleId = line.SaleId,
            Warehouse = address.Warehouse,
            Location = address.Location,
            Quantity = command.Quantity,
            Lot = stockLine.EventLot,
            Serials = stockLine.Serials,
            PendingRestored = line.SaleId is { } saleId && state.Sales.FindById(saleId) is { IsCancelled: false } ? SaleShare(line, command.Quantity) : 0,
        });
    }

    public static Decision Decide(ShipSale command, InventoryState state)
    {
        var tracking = Codes.Normalize(command.TrackingNumber);
        var carrier = Codes.Normalize(command.Carrier);
        if (!Codes.IsWellFormedCode(tracking) || (carrier.Length > 0 && !Codes.IsWellFormedName(carrier)))
        {
            return Decision.Refuse(new InvalidShipmentLabel(command.SaleId, tracking, carrier));
        }

        var lines = new List<ShippedLine>();
        foreach (var picklist in state.Picking.OfSale(command.SaleId))
        {
            foreach (var line in picklist.Lines.Where(line => line.SaleId == command.SaleId))
            {
                if (!picklist.Completed && line.Remaining > 0)
                {
                    return Decision.Refuse(new SaleNotFullyPicked(command.SaleId, picklist.Id, line.Sku, line.Remaining));
                }

                if (line.Unchecked > 0 || line.Failed > 0)
                {
                    return Decision.Refuse(new SaleNotFullyChecked(command.SaleId, picklist.Id, line.Sku, line.Unchecked, line.Failed));
                }

                var lotTracked = state.Catalog.Resolve(line.Sku)?.Tracking == TrackingMode.Lot;
                lines.AddRange(line.InHandByLot.Select(lot => new ShippedLine
                {
                    PicklistId = picklist.Id,
                    Sku = line.Sku,
                    Warehouse = picklist.Warehouse,
                    Quantity = lot.Value,
                    Lot = lotTracked ? lot.Key : null,
                    Serials = [.. line.InHandSerials],
                }));
            }
        }

        return lines.Count == 0
            ? Decision.Refuse(new NothingToShip(command.SaleId))
            : Decision.Accept(StreamOf(command.SaleId), new SaleShipped { SaleId = command.SaleId, TrackingNumber = tracking, Carrier = carrier.Length == 0 ? null : carrier, Lines = lines });
    }

    public static Decision Decide(ReturnToStock command, InventoryState state)
    {
        if (!StockChecks.Resolve(state, new StockRequest(command.Sku, command.Warehouse, command.Location, command.Quantity, 1, command.Reason, command.Lot, command.Serials), out var line, out var refused))
        {
            return Decision.Refuse(refused);
        }

        var returnable = state.Shipping.Find(command.SaleId)?.Returnable(line.Sku) ?? 0;
        if (command.Quantity > returnable)
        {
            return Decision.Refuse(new ReturnExceedsShipped(command.SaleId, line.Sku, command.Quantity, returnable));
        }

        var stock = state.Stock.Of(line.Sku);
        if (StockChecks.CanArrive(stock, line, command.Quantity) is { } blocked)
        {
            return Decision.Refuse(blocked);
        }

        var address = line.Location.Address;
        return Decision.Accept(StreamOf(command.SaleId), new ItemReturned
        {
            SaleId = command.SaleId,
            Sku = line.Sku,
            Warehouse = address.Warehouse,
            Location = address.Location,
            Quantity = command.Quantity,
            Reason = line.Reason,
            Lot = line.EventLot,
            Serials = line.Serials,
        });
    }

    public static InventoryState Evolve(InventoryState state, ItemPassedCheck passed) =>
        state with { Picking = PickingRules.WithLine(state.Picking, passed.PicklistId, passed.Sku, passed.SaleId, line => line with { Passed = line.Passed + passed.Quantity }) };

    public static InventoryState Evolve(InventoryState state, ItemFailedCheck failed) =>
        state with { Picking = PickingRules.WithLine(state.Picking, failed.PicklistId, failed.Sku, failed.SaleId, line => line with { Failed = line.Failed + failed.Quantity }) };

    /// <summary>R-9.2: Picked falls, OnHand at the slot rises, Pending rises by what the event says; the serials are back at the location.</summary>
    public static InventoryState Evolve(InventoryState state, ItemUnpicked unpicked)
    {
        // The sale takes back the units its picks released (SaleFulfilment makes them Pending again only while the
        // sale is open, which is what the event's PendingRestored says); units picked beyond its need were never its.
        var share = 0L;
        if (unpicked.SaleId is { } saleId && state.Sales.FindById(saleId) is { } sale
            && state.Picking.Find(unpicked.PicklistId) is { } picklist && picklist.IndexOf(unpicked.Sku, saleId) is var index and >= 0)
        {
            share = SaleShare(picklist.Lines[index], unpicked.Quantity);
            state = share > 0 ? SaleFulfilment.Unpicked(state, sale.Channel, sale.ExternalId, unpicked.Sku, share) : state;
        }

        var slot = StockSlot.At(new LocationAddress(unpicked.Warehouse, unpicked.Location), unpicked.Lot);
        var stock = state.Stock.Change(unpicked.Sku, slot, unpicked.Quantity);
        stock = stock.With(stock.Of(unpicked.Sku)
            .WithCommitted(pickedDelta: -unpicked.Quantity)
            .PlaceSerials(unpicked.Serials, slot.Address));
        return state with
        {
            Stock = stock,
            Picking = PickingRules.WithLine(state.Picking, unpicked.PicklistId, unpicked.Sku, unpicked.SaleId, line => line.WithUnpicked(slot.Lot, unpicked.Quantity, unpicked.Serials, share)),
        };
    }

    /// <summary>Of <paramref name="quantity"/> units unpicked from a line, those its picks had released from the sale's Pending.</summary>
    private static long SaleShare(PickLine line, long quantity) => Math.Min(quantity, line.PendingReleased);

    /// <summary>R-9.3: Picked falls by every line's quantity, the serials are no longer in stock, the lines' units in hand are shipped.</summary>
    public static InventoryState Evolve(InventoryState state, SaleShipped shipped)
    {
        var stock = state.Stock;
        var picking = state.Picking;
        var shipment = state.Shipping.Find(shipped.SaleId) ?? new SaleShipment(shipped.SaleId, shipped.TrackingNumber, shipped.Carrier);
        shipment = shipment with { TrackingNumber = shipped.TrackingNumber, Carrier = shipped.Carrier };
        foreach (var line in shipped.Lines)
        {
            stock = stock.With(stock.Of(line.Sku).WithCommitted(pickedDelta: -line.Quantity).PlaceSerials(line.Serials, location: null));
            shipment = shipment with { Shipped = shipment.Shipped.SetItem(line.Sku, shipment.Shipped.GetValueOrDefault(line.Sku) + line.Quantity) };
        }

        foreach (var (picklistId, sku) in shipped.Lines.Select(line => (line.PicklistId, line.Sku)).Distinct())
        {
            picking = PickingRules.WithLine(picking, picklistId, sku, shipped.SaleId, line => line.WithShipped());
        }

        return state with { Stock = stock, Picking = picking, Shipping = state.Shipping.With(shipment) };
    }

    /// <summary>R-9.4: the units are on hand at the slot again and count against what the sale may still return.</summary>
    public static InventoryState Evolve(InventoryState state, ItemReturned returned)
    {
        var slot = StockSlot.At(new LocationAddress(returned.Warehouse, returned.Location), returned.Lot);
        var stock = state.Stock.Change(returned.Sku, slot, returned.Quantity);
        stock = stock.With(stock.Of(returned.Sku).PlaceSerials(returned.Serials, slot.Address));
        var shipping = state.Shipping.Find(returned.SaleId) is { } shipment
            ? state.Shipping.With(shipment with { Returned = shipment.Returned.SetItem(returned.Sku, shipment.Returned.GetValueOrDefault(returned.Sku) + returned.Quantity) })
            : state.Shipping;
        return state with { Stock = stock, Shipping = shipping };
    }

    /// <summary>
    /// The stream of a sale's fulfilment (shipments and returns): <c>sale/&lt;id&gt;</c>, keyed by the sale's
    /// id (<see cref="SaleIds"/>). Area 6 records the sale itself on <c>sale/&lt;channel&gt;/&lt;external
    /// id&gt;</c>; the two are separate streams, so a shipment never conflicts on version with a channel's
    /// concurrent update of the order, and a caller checking the order's version sees channel edits only.
    /// </summary>
    public static string StreamOf(Guid saleId) => $"sale/{saleId}";
}
