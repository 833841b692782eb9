using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Locations;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Contracts.Tables;

namespace Specs.Bench;

/// <summary>
/// A realistic mix of the domain's commands over <see cref="SkuCount"/> SKUs, valid by construction, so
/// that (nearly) every command is accepted: the set-up a warehouse has before its day (reasons, a channel,
/// a warehouse with receiving, pick, bulk and per-clerk count locations, the catalog and its opening
/// stock), then per caller an endless script of the day's work (<see cref="MixedCaller"/>): receipts put
/// away, sales imported, allocated, picked, checked and shipped, holds made and released, damaged units
/// written off, stock moved to bulk, and cycle counts. Everything is a pure function of the caller number,
/// so every run sends the same commands.
/// </summary>
public static class MixedWorkload
{
    public const int SkuCount = 2_000;
    public const int PickLocationCount = 100;

    /// <summary>Callers one store can serve: each has a count location of its own, created by the set-up.</summary>
    public const int MaxCallers = 2_048;

    public const string Warehouse = "MAIN";
    public const string Receiving = "RCV-01";
    public const string Channel = "Web shop";
    public const string Received = "Received";
    public const string Damaged = "Damaged";
    public const string CountCorrection = "Count correction";

    /// <summary>Units every SKU starts with at its pick face: far more than a run sells, so picks never run short.</summary>
    public const long OpeningStock = 10_000_000;

    /// <summary>Units of one SKU at each caller's count location at the start.</summary>
    public const long CountLocationStock = 100_000;

    private static readonly string[] Skus = Enumerable.Range(0, SkuCount).Select(sku => $"SKU-{sku:D5}").ToArray();

    public static string Sku(int sku) => Skus[sku];

    public static string PickLocation(int sku) => $"A-{sku % PickLocationCount:D3}";

    public static string BulkLocation(int sku) => $"B-{sku % PickLocationCount:D3}";

    public static string CountLocation(int caller) => $"C-{caller:D4}";

    /// <summary>The SKU a caller's count location holds.</summary>
    public static int CountedSku(int caller) => (caller * 7) % SkuCount;

    /// <summary>The set-up, in order: every command must be accepted.</summary>
    public static IReadOnlyList<ICommandContract> SetUp() => SetUpPhases().SelectMany(phase => phase).ToArray();

    /// <summary>
    /// The set-up in phases: each phase needs the ones before it, while the commands of one phase do not
    /// depend on each other and may be sent concurrently (over HTTP, where order is not kept).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ICommandContract>> SetUpPhases()
    {
        var references = new List<ICommandContract>
        {
            new CreateReason { Name = Received, Description = "Goods received from a supplier" },
            new CreateReason { Name = Damaged, Description = "Broken in the warehouse" },
            new CreateReason { Name = CountCorrection },
            new CreateChannel { Name = Channel },
            new CreateWarehouse { Code = Warehouse, Name = "Main warehouse" },
        };
        var locations = new List<ICommandContract> { new CreateLocation { Warehouse = Warehouse, Location = Receiving, Type = LocationType.Receiving } };

        for (var location = 0; location < PickLocationCount; location++)
        {
            locations.Add(new CreateLocation { Warehouse = Warehouse, Location = PickLocation(location), Type = LocationType.Pick });
            locations.Add(new CreateLocation { Warehouse = Warehouse, Location = BulkLocation(location), Type = LocationType.Bulk });
        }

        for (var caller = 0; caller < MaxCallers; caller++)
        {
            locations.Add(new CreateLocation { Warehouse = Warehouse, Location = CountLocation(caller), Type = LocationType.Bulk });
        }

        var products = new List<ICommandContract>();
        for (var sku = 0; sku < SkuCount; sku++)
        {
            products.Add(new CreateProduct { Sku = Sku(sku), Name = $"Product {sku}" });
        }

        var stock = new List<ICommandContract>();
        for (var sku = 0; sku < SkuCount; sku++)
        {
            stock.Add(new AddItem { Sku = Sku(sku), Warehouse = Warehouse, Location = PickLocation(sku), Quantity = OpeningStock, Reason = Received });
        }

        for (var caller = 0; caller < MaxCallers; caller++)
        {
            stock.Add(new AddItem { Sku = Sku(CountedSku(caller)), Warehouse = Warehouse, Location = CountLocation(caller), Quantity = CountLocationStock, Reason = Received });
        }

        return [references, locations, products, stock];
    }

    /// <summary>One line per SKU: a sale names each SKU once.</summary>
    public static SaleLine Line(int sku, long quantity) => new() { Sku = Sku(sku), Quantity = quantity };
}
