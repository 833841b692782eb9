using Specs.Inventory.Contracts;

namespace Specs.Runner.Hunting;

/// <summary>
/// The small pools of names every history draws from, so histories collide: the same SKUs, bins, holds and
/// orders come back again and again, which is what drives stock to zero, lots to expiry and holds to their
/// end. Names read like the corpus's (SKU-1, bin A-01 of MAIN, the reason Received).
/// </summary>
internal static class HuntVocabulary
{
    /// <summary>The reason stock given as already on hand cites, as the corpus's steps do.</summary>
    public const string Received = "Received";

    public static IReadOnlyList<string> Reasons { get; } = [Received, "Damaged"];

    public static IReadOnlyList<string> Suppliers { get; } = ["Acme"];

    public static IReadOnlyList<string> Channels { get; } = ["Web", "Shop"];

    public static IReadOnlyList<string> Warehouses { get; } = ["MAIN", "WEST"];

    public static IReadOnlyList<(string Warehouse, string Location, LocationType Type)> Locations { get; } =
    [
        ("MAIN", "A-01", LocationType.Pick), ("MAIN", "A-02", LocationType.Pick), ("MAIN", "B-01", LocationType.Bulk),
        ("MAIN", "R-01", LocationType.Receiving), ("WEST", "A-01", LocationType.Pick),
    ];

    /// <summary>Products: three plain ones, one by lot, one by serial, and two that become kits.</summary>
    public static IReadOnlyList<(string Sku, TrackingMode Tracking)> Products { get; } =
    [
        ("SKU-1", TrackingMode.None), ("SKU-2", TrackingMode.None), ("SKU-3", TrackingMode.None),
        ("LOT-1", TrackingMode.Lot), ("SER-1", TrackingMode.Serial), ("KIT-1", TrackingMode.None), ("KIT-2", TrackingMode.None),
    ];

    /// <summary>The kits the setup defines: KIT-1 from SKU-1 and two SKU-2; KIT-2 from SKU-2 and SKU-3.</summary>
    public static IReadOnlyList<(string Sku, IReadOnlyList<(string Component, long Units)> Lines)> Kits { get; } =
    [
        ("KIT-1", [("SKU-1", 1), ("SKU-2", 2)]),
        ("KIT-2", [("SKU-2", 1), ("SKU-3", 1)]),
    ];

    public static IReadOnlyList<string> Lots { get; } = ["L1", "L2"];

    public static IReadOnlyList<string> Serials { get; } = ["S1", "S2", "S3", "S4"];

    public static IReadOnlyList<string> AlternateSkus { get; } = ["ALT-1", "ALT-2"];

    public static IReadOnlyList<string> Holds { get; } = ["H1", "H2", "H3"];

    public static IReadOnlyList<string> PurchaseOrders { get; } = ["PO-1", "PO-2"];

    public static IReadOnlyList<string> Receipts { get; } = ["RC-1", "RC-2", "RC-3"];

    public static IReadOnlyList<string> ExternalIds { get; } = ["E1", "E2"];

    /// <summary>
    /// Sale ids as picking and shipping cite them: the ids of the sales the hunt imports (each channel's external ids,
    /// <see cref="Inventory.Domain.Sales.SaleIds"/>). Fixed ids of no sale made every picklist line that cited a sale a
    /// refusal, so no sale was ever picked, checked, shipped or returned.
    /// </summary>
    public static IReadOnlyList<Guid> SaleIds { get; } = [.. Channels.SelectMany(channel => ExternalIds.Select(externalId => Inventory.Domain.Sales.SaleIds.Of(channel, externalId)))];

    public static IReadOnlyList<string> Pickers { get; } = ["Ann", "Bo"];

    /// <summary>When every history starts: 2026-03-01 09:00 UTC.</summary>
    public static long StartUnixMs { get; } = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    /// <summary>Steps of time a history takes: a millisecond (exactly at an expiry), a second, a minute, an hour, a day.</summary>
    public static IReadOnlyList<long> TimeSteps { get; } = [1, 1_000, 60_000, 3_600_000, 86_400_000];

    public static TrackingMode TrackingOf(string sku) =>
        Products.FirstOrDefault(product => string.Equals(product.Sku, sku, StringComparison.OrdinalIgnoreCase)).Tracking;
}
