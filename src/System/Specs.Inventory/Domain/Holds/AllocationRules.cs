using Specs.Inventory.Contracts.Commands.Holds;
using Specs.Inventory.Contracts.Events.Holds;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Sales;
using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Holds;

/// <summary>
/// Allocation: promising sellable stock to a sale's units still to pick.: a sale is allocated in
/// full or not at all, and only from what is left after holds, the other allocated sales and every
/// unallocated sale ahead of it (higher priority, then older): no sale jumps the queue. Allocated units
/// are part of Pending, so Available does not move; allocation decides who gets short stock.
/// deallocating gives the promise back and keeps the units Pending; cancelling a sale or
/// changing its lines drops its allocation too.
/// </summary>
public static class AllocationRules
{
    public static Decision Decide(AllocateSale command, InventoryState state, DecisionContext context)
    {
        if (!SalesRules.RequireExisting(state, command.Channel, command.ExternalId, out var sale, out var unknown))
        {
            return Decision.Refuse(unknown);
        }

        var stream = SalesRules.StreamOf(sale.Channel, sale.ExternalId);
        if (sale.IsCancelled)
        {
            return Decision.Refuse(new SaleIsCancelled(sale.Channel, sale.ExternalId));
        }

        var toPick = sale.Reserved.Values.Where(line => line.Remaining > 0).ToList();
        if (sale.Allocated || toPick.Count == 0)
        {
            return Decision.Accept(stream);
        }

        foreach (var line in toPick)
        {
            var free = Free(state, line.Sku, sale.QueueEntry, out var ahead);
            if (free < line.Remaining)
            {
                return Decision.Refuse(new AllocationShort(sale.Channel, sale.ExternalId, line.Sku, line.Remaining, free, ahead));
            }
        }

        return Decision.Accept(stream, new SaleAllocated
        {
            Channel = sale.Channel,
            ExternalId = sale.ExternalId,
            Lines = [.. toPick.Select(line => new SaleLine { Sku = line.Sku, Quantity = line.Remaining })],
            AllocatedAtUnixMs = context.NowUnixMs,
        });
    }

    public static Decision Decide(DeallocateSale command, InventoryState state, DecisionContext context)
    {
        if (!SalesRules.RequireExisting(state, command.Channel, command.ExternalId, out var sale, out var unknown))
        {
            return Decision.Refuse(unknown);
        }

        var stream = SalesRules.StreamOf(sale.Channel, sale.ExternalId);
        return sale.Allocated
            ? Decision.Accept(stream, new SaleDeallocated { Channel = sale.Channel, ExternalId = sale.ExternalId, DeallocatedAtUnixMs = context.NowUnixMs })
            : Decision.Accept(stream);
    }

    public static InventoryState Evolve(InventoryState state, SaleAllocated allocated) => Mark(state, allocated.Channel, allocated.ExternalId, allocated: true);

    public static InventoryState Evolve(InventoryState state, SaleDeallocated deallocated) => Mark(state, deallocated.Channel, deallocated.ExternalId, allocated: false);

    /// <summary>
    /// Units of <paramref name="sku"/> free for the sale at <paramref name="place"/>: sellable, less held,
    /// less what allocated sales still need, less what unallocated sales ahead of it still need
    /// (<paramref name="ahead"/>). Negative when even those ahead are short.
    /// </summary>
    public static long Free(InventoryState state, string sku, SaleQueueEntry place, out long ahead)
    {
        var figures = StockFigures.Of(state, sku);
        long allocated = 0;
        ahead = 0;
        foreach (var entry in state.Sales.QueueOf(sku))
        {
            if (entry.Key == place.Key || state.Sales.FindByKey(entry.Key) is not { } other)
            {
                continue;
            }

            if (other.Allocated)
            {
                allocated += other.PendingOf(sku);
            }
            else if (entry < place)
            {
                ahead += other.PendingOf(sku);
            }
        }

        return figures.Sellable - figures.Held - allocated - ahead;
    }

    private static InventoryState Mark(InventoryState state, string channel, string externalId, bool allocated) =>
        state.Sales.Find(channel, externalId) is { } sale
            ? state with { Sales = state.Sales.Replace(sale, sale with { Allocated = allocated }) }
            : state;
}
