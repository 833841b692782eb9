using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Picking;
using Specs.Inventory.Contracts.Events.Sales;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Sales;
using Specs.Inventory.Ports;

namespace Specs.Inventory.Tests.Domain.Picking;

/// <summary>Past events of picking and shipping for the decider tests: a picklist, a sale, picks and checks.</summary>
internal static class PickingWorld
{
    public static readonly Guid List = Guid.Parse("00000000-0000-4000-8000-00000000a001");
    public const string Channel = "Web";
    public static readonly Guid Sale = SaleIds.Of(Channel, "S-1");
    public static readonly Guid OtherSale = SaleIds.Of(Channel, "S-2");

    /// <summary>Sale <paramref name="externalId"/> of the web channel, imported with <paramref name="quantity"/> units of the SKU reserved.</summary>
    public static SaleImported Sold(string externalId, string sku, long quantity) => new()
    {
        Channel = Channel,
        ExternalId = externalId,
        Lines = [new SaleLine { Sku = sku, Quantity = quantity }],
        PendingLines = [new SaleLine { Sku = sku, Quantity = quantity }],
        Status = SaleStatus.Open,
        Priority = SalePriority.Normal,
        OrderedAtUnixMs = DeciderSpec.DefaultNowUnixMs,
    };

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

    /// <summary>The state after sale S-1 (<see cref="Sale"/>) reserved <paramref name="pending"/> units of the SKU, then <paramref name="history"/>.</summary>
    public static InventoryState WithPending(string sku, long pending, params IEventContract[] history) =>
        StockWorld.State([Sold("S-1", sku, pending), .. history]);

    public static Decision Decide(InventoryState state, ICommandContract command) =>
        InventoryDecider.Decide(command, state, new DecisionContext(DeciderSpec.DefaultNowUnixMs, new DeterministicIds(seed: 1)));
}
