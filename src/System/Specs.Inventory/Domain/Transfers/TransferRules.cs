using System.Collections.Immutable;
using Specs.Inventory.Contracts.Commands.Transfers;
using Specs.Inventory.Contracts.Events.Transfers;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Transfers;

/// <summary>
/// Area 10, transfers between warehouses. Rules (docs/domain-rules.md): a transfer goes between two
/// warehouses; it ships once, within its plan, moving OnHand to InTransit; in-transit stock is
/// available at neither end; receipts (partial or whole) never exceed what was shipped; lots
/// and serials arrive as they left; the transfer closes when every shipped unit is received.
/// </summary>
public static class TransferRules
{
    public const string TransfersBetweenWarehouses = "R-10.1";
    public const string ShippedUnitsInTransit = "R-10.2";
    public const string InTransitAvailableNowhere = "R-10.3";
    public const string ReceiveNoMoreThanShipped = "R-10.4";
    public const string IdentityPreserved = "R-10.5";
    public const string ClosedWhenFullyReceived = "R-10.6";

    public const int MaxLines = 500;

    public static Decision Decide(CreateTransfer command, InventoryState state, DecisionContext context)
    {
        var fromTyped = Codes.Normalize(command.FromWarehouse);
        var toTyped = Codes.Normalize(command.ToWarehouse);
        if (state.Locations.FindWarehouse(fromTyped) is not { } from)
        {
            return Decision.Refuse(new UnknownWarehouse(fromTyped));
        }

        if (state.Locations.FindWarehouse(toTyped) is not { } to)
        {
            return Decision.Refuse(new UnknownWarehouse(toTyped));
        }

        if (from.Code == to.Code)
        {
            return Decision.Refuse(new SameWarehouseTransfer(from.Code));
        }

        if (command.Lines.Count is 0 or > MaxLines)
        {
            return Decision.Refuse(new TransferLineCountInvalid(command.Lines.Count, MaxLines));
        }

        var lines = new List<TransferLine>(command.Lines.Count);
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

            if (lines.Exists(known => known.Sku == product.Sku))
            {
                return Decision.Refuse(new DuplicateTransferLine(product.Sku));
            }

            lines.Add(new TransferLine { Sku = product.Sku, Quantity = line.Quantity });
        }

        var id = context.Ids.NextId();
        return Decision.Accept(StreamOf(id), new TransferCreated { TransferId = id, FromWarehouse = from.Code, ToWarehouse = to.Code, Lines = lines });
    }

    /// <summary>
    /// Checks the items one after another against the stock the earlier items leave, so two items taking
    /// from one slot, or naming one serial, are checked together.
    /// </summary>
    public static Decision Decide(ShipTransfer command, InventoryState state)
    {
        if (state.Transfers.Find(command.TransferId) is not { } transfer)
        {
            return Decision.Refuse(new UnknownTransfer(command.TransferId));
        }

        if (transfer.Status != TransferStatus.Planned)
        {
            return Decision.Refuse(new TransferAlreadyShipped(transfer.Id));
        }

        if (command.Items.Count is 0 or > MaxLines)
        {
            return Decision.Refuse(new TransferLineCountInvalid(command.Items.Count, MaxLines));
        }

        var stock = state.Stock;
        var shipping = ImmutableSortedDictionary.Create<string, long>(StringComparer.OrdinalIgnoreCase);
        var items = new List<TransferItem>(command.Items.Count);
        foreach (var item in command.Items)
        {
            if (!StockChecks.Resolve(state with { Stock = stock }, new StockRequest(item.Sku, transfer.FromWarehouse, item.Location, item.Quantity, 1, null, item.Lot, item.Serials), out var line, out var refused))
            {
                return Decision.Refuse(refused);
            }

            var planned = transfer.Planned.GetValueOrDefault(line.Sku);
            var total = shipping.GetValueOrDefault(line.Sku) + item.Quantity;
            if (total > planned)
            {
                return Decision.Refuse(new TransferExceedsPlan(transfer.Id, line.Sku, planned, total));
            }

            var skuStock = stock.Of(line.Sku);
            if ((StockChecks.Enough(skuStock, line.Slot, item.Quantity) ?? StockChecks.SerialsAt(skuStock, line.Serials, line.Location.Address)) is { } missing)
            {
                return Decision.Refuse(missing);
            }

            shipping = shipping.SetItem(line.Sku, total);
            stock = stock.Change(line.Sku, line.Slot, -item.Quantity);
            stock = stock.With(stock.Of(line.Sku).PlaceSerials(line.Serials, SerialPlace.InTransit));
            items.Add(ItemOf(line, item.Quantity));
        }

        return Decision.Accept(StreamOf(transfer.Id), new TransferShipped { TransferId = transfer.Id, FromWarehouse = transfer.FromWarehouse, ToWarehouse = transfer.ToWarehouse, Items = items });
    }

    public static Decision Decide(ReceiveTransfer command, InventoryState state)
    {
        if (state.Transfers.Find(command.TransferId) is not { } transfer)
        {
            return Decision.Refuse(new UnknownTransfer(command.TransferId));
        }

        DomainError? notReceivable = transfer.Status switch
        {
            TransferStatus.Planned => new TransferNotShipped(transfer.Id),
            TransferStatus.Closed => new TransferAlreadyClosed(transfer.Id),
            _ => command.Items.Count is 0 or > MaxLines ? new TransferLineCountInvalid(command.Items.Count, MaxLines) : null,
        };
        if (notReceivable is not null)
        {
            return Decision.Refuse(notReceivable);
        }

        var arriving = transfer;
        var stock = state.Stock;
        var items = new List<TransferItem>(command.Items.Count);
        foreach (var item in command.Items)
        {
            if (!StockChecks.Resolve(state, new StockRequest(item.Sku, transfer.ToWarehouse, item.Location, item.Quantity, 1, null, item.Lot, item.Serials), out var line, out var refused))
            {
                return Decision.Refuse(refused);
            }

            var units = new SkuLot(line.Sku, line.Lot);
            if (item.Quantity > arriving.Outstanding(units))
            {
                return Decision.Refuse(new ReceiptExceedsShipped(transfer.Id, line.Sku, line.EventLot, item.Quantity, arriving.Outstanding(units)));
            }

            if (line.Serials.FirstOrDefault(serial => !arriving.IsInTransit(line.Sku, serial)) is { } stray)
            {
                return Decision.Refuse(new SerialNotInTransit(transfer.Id, line.Sku, stray));
            }

            if (StockChecks.Room(stock.Of(line.Sku), line.Slot, item.Quantity) is { } full)
            {
                return Decision.Refuse(full);
            }

            var received = ItemOf(line, item.Quantity);
            arriving = Received(arriving, received);
            stock = stock.Change(line.Sku, line.Slot, item.Quantity);
            items.Add(received);
        }

        var arrived = new TransferReceived { TransferId = transfer.Id, ToWarehouse = transfer.ToWarehouse, Items = items };
        return arriving.OutstandingTotal == 0
            ? Decision.Accept(StreamOf(transfer.Id), arrived, new TransferClosed { TransferId = transfer.Id })
            : Decision.Accept(StreamOf(transfer.Id), arrived);
    }

    public static InventoryState Evolve(InventoryState state, TransferCreated created)
    {
        var planned = created.Lines.ToImmutableSortedDictionary(line => line.Sku, line => line.Quantity, StringComparer.OrdinalIgnoreCase);
        return state with { Transfers = state.Transfers.With(new Transfer(created.TransferId, created.FromWarehouse, created.ToWarehouse, planned, TransferStatus.Planned)) };
    }

    /// <summary>R-10.2: OnHand at each item's slot falls, InTransit rises, serials are in transit.</summary>
    public static InventoryState Evolve(InventoryState state, TransferShipped shipped)
    {
        var stock = state.Stock;
        var transfer = state.Transfers.Find(shipped.TransferId);
        foreach (var item in shipped.Items)
        {
            var slot = StockSlot.At(new LocationAddress(shipped.FromWarehouse, item.Location), item.Lot);
            stock = stock.Change(item.Sku, slot, -item.Quantity);
            stock = stock.With(stock.Of(item.Sku).WithCommitted(inTransitDelta: item.Quantity).PlaceSerials(item.Serials, SerialPlace.InTransit));
            if (transfer is not null)
            {
                var units = new SkuLot(item.Sku, slot.Lot);
                var serials = transfer.InTransitSerials.GetValueOrDefault(item.Sku) ?? ImmutableSortedSet.Create<string>(StringComparer.OrdinalIgnoreCase);
                transfer = transfer with
                {
                    Shipped = transfer.Shipped.SetItem(units, transfer.Shipped.GetValueOrDefault(units) + item.Quantity),
                    InTransitSerials = transfer.InTransitSerials.SetItem(item.Sku, serials.Union(item.Serials)),
                };
            }
        }

        return state with
        {
            Stock = stock,
            Transfers = transfer is null ? state.Transfers : state.Transfers.With(transfer with { Status = TransferStatus.Shipped }),
        };
    }

    /// <summary>R-10.4 and: InTransit falls, OnHand at each receiving slot rises in the same lot, serials are at the location.</summary>
    public static InventoryState Evolve(InventoryState state, TransferReceived received)
    {
        var stock = state.Stock;
        var transfer = state.Transfers.Find(received.TransferId);
        foreach (var item in received.Items)
        {
            var slot = StockSlot.At(new LocationAddress(received.ToWarehouse, item.Location), item.Lot);
            stock = stock.Change(item.Sku, slot, item.Quantity);
            stock = stock.With(stock.Of(item.Sku).WithCommitted(inTransitDelta: -item.Quantity).PlaceSerials(item.Serials, slot.Address));
            transfer = transfer is null ? null : Received(transfer, item);
        }

        return state with { Stock = stock, Transfers = transfer is null ? state.Transfers : state.Transfers.With(transfer) };
    }

    public static InventoryState Evolve(InventoryState state, TransferClosed closed) =>
        state.Transfers.Find(closed.TransferId) is { } transfer
            ? state with { Transfers = state.Transfers.With(transfer with { Status = TransferStatus.Closed }) }
            : state;

    /// <summary>Every event of a transfer is on one stream.</summary>
    public static string StreamOf(Guid transferId) => $"transfer/{transferId}";

    private static Transfer Received(Transfer transfer, TransferItem item)
    {
        var units = new SkuLot(item.Sku, item.Lot ?? string.Empty);
        var serials = transfer.InTransitSerials.GetValueOrDefault(item.Sku);
        return transfer with
        {
            Received = transfer.Received.SetItem(units, transfer.Received.GetValueOrDefault(units) + item.Quantity),
            InTransitSerials = serials is null ? transfer.InTransitSerials : transfer.InTransitSerials.SetItem(item.Sku, serials.Except(item.Serials)),
        };
    }

    private static TransferItem ItemOf(StockLine line, long quantity) => new()
    {
        Sku = line.Sku,
        Location = line.Location.Address.Location,
        Quantity = quantity,
        Lot = line.EventLot,
        Serials = line.Serials,
    };
}
