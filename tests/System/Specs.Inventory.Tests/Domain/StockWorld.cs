using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.Locations;
using Specs.Inventory.Contracts.Events.Lots;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Inventory.Domain;

namespace Specs.Inventory.Tests.Domain;

/// <summary>
/// A small warehouse as past events, for the stock core's decider tests: warehouse MAIN with pick
/// bins, bulk B-01 and receiving dock RCV; warehouse WEST with its own A-01; reasons
/// Received, Damaged and Cycle count; products SKU-100 (untracked), MILK (lot-tracked) and PHONE
/// (serial-tracked). Helpers write the events that put stock in place.
/// </summary>
internal static class StockWorld
{
    public const string Main = "MAIN";
    public const string West = "WEST";

    public static IEventContract[] Basics =>
    [
        new ReasonCreated { Name = "Received" },
        new ReasonCreated { Name = "Damaged" },
        new ReasonCreated { Name = "Cycle count" },
        new WarehouseCreated { Code = Main, Name = "Main warehouse" },
        new WarehouseCreated { Code = West, Name = "West coast" },
        Location(Main, "A-01", LocationType.Pick),
        Location(Main, "A-02", LocationType.Pick),
        Location(Main, "B-01", LocationType.Bulk),
        Location(Main, "RCV", LocationType.Receiving),
        Location(West, "A-01", LocationType.Pick),
        Product("SKU-100"),
        Product("MILK", TrackingMode.Lot),
        Product("PHONE", TrackingMode.Serial),
    ];

    /// <summary>The basics followed by <paramref name="more"/>: what most tests start from.</summary>
    public static IEventContract[] With(params IEventContract[] more) => [.. Basics, .. more];

    public static DeciderSpec Given(params IEventContract[] more) => DeciderSpec.Given(With(more));

    public static InventoryState State(params IEventContract[] more) => InventoryDecider.Replay(With(more));

    public static LocationCreated Location(string warehouse, string code, LocationType type) =>
        new() { Warehouse = warehouse, Location = code, Type = type, Sellable = type is LocationType.Pick or LocationType.Bulk or LocationType.Dropship };

    public static ProductCreated Product(string sku, TrackingMode tracking = TrackingMode.None) =>
        new() { Sku = sku, Name = $"Product {sku}", Tracking = tracking };

    public static QuantityAdded Added(string sku, string location, long quantity, string? lot = null, string[]? serials = null, string warehouse = Main) =>
        new() { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = "Received", Lot = lot, Serials = serials ?? [] };

    public static LotRegistered Lot(string sku, string lot, long? expiresAtUnixMs = null) =>
        new() { Sku = sku, Lot = lot, ExpiresAtUnixMs = expiresAtUnixMs };
}
