using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Picking;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain;
using Specs.Inventory.Ports;

namespace Specs.Inventory.Tests.Domain.Picking;

/// <summary>Past events of picking and shipping for the decider tests: a picklist, a sale, picks and checks.</summary>
internal static class PickingWorld
{
    public static readonly Guid List = Guid.Parse("00000000-0000-4000-8000-00000000a001");
    public static readonly Guid Sale = Guid.Parse("00000000-0000-4000-8000-00000000501e");
    public static readonly Guid OtherSale = Guid.Parse("00000000-0000-4000-8000-00000000502e");

    public static PicklistCreated Picklist(params PicklistLine[] lines) => PicklistIn(StockWorld.Main, List, lines);

    public static PicklistCreated PicklistIn(string warehouse, Guid id, params PicklistLine[] lines) =>
        new() { PicklistId = id, Warehouse = warehouse, Lines = lines };

    public static PicklistLine Line(string sku, long quantity, Guid? sale = null) => new() { Sku = sku, Quantity = quantity, SaleId = sale };

    public static ItemPicked Picked(string sku, string location, long quantity, Guid? sale = null, string? lot = null, string[]? serials = null, long pendingReleased = 0, Guid? picklist = null) => new()
    {
        PicklistId = picklist ?? List,
        Sku = sku,
        SaleId = sale,
        Warehouse = StockWorld.Main,
        Location = location,
        Quantity = quantity,
        Lot = lot,
        Serials = serials ?? [],
        PendingReleased = pendingReleased,
    };

    /// <summary>
    /// The state after <paramref name="history"/> with <paramref name="pending"/> units of the SKU pending, as area 6
    /// raises it when a sale is imported (set through the stock model until sales land).
    /// </summary>
    public static InventoryState WithPending(string sku, long pending, params IEventContract[] history)
    {
        var state = StockWorld.State(history);
        return state with { Stock = state.Stock.With(state.Stock.Of(sku).WithCommitted(pendingDelta: pending)) };
    }

    public static Decision Decide(InventoryState state, ICommandContract command) =>
        InventoryDecider.Decide(command, state, new DecisionContext(DeciderSpec.DefaultNowUnixMs, new DeterministicIds(seed: 1)));
}
