using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Locations;
using Specs.Inventory.Domain;
using Specs.Inventory.Storage;
using static Specs.Inventory.Views.ViewRows;

namespace Specs.Inventory.Views.Locations;

/// <summary>One warehouse as the places view holds it.</summary>
public sealed record WarehouseRow(string Code, string Name);

/// <summary>One location as the places view holds it.</summary>
public sealed record LocationRow(string Warehouse, string Location, LocationType Type, bool Sellable, bool Locked);

/// <summary>
/// Area 3 as a query model, in subspace <c>09</c>: <c>(0, warehouse)</c> → <c>(code, name)</c> and
/// <c>(1, warehouse, location)</c> → <c>(warehouse, location, type, sellable, locked)</c>; a deleted
/// location's row is removed. Codes are folded to lower case.
/// </summary>
public sealed class PlacesView : IView, IViewColumns
{
    private const long WarehouseTag = 0;
    private const long LocationTag = 1;

    public static PlacesView Instance { get; } = new();

    public string Name => "places";

    public int Version => 2;

    public Storage.Tuples.Subspace Subspace => ViewSubspaces.Places;

    public IReadOnlyList<ViewRowKind> RowKinds { get; } =
    [
        new("warehouse", [ViewColumn.Tag("warehouse", WarehouseTag), ViewColumn.Text("warehouse")], [ViewColumn.Text("warehouse"), ViewColumn.Text("name")]),
        new("location", [ViewColumn.Tag("location", LocationTag), ViewColumn.Text("warehouse"), ViewColumn.Text("location")],
            [ViewColumn.Text("warehouse"), ViewColumn.Text("location"), ViewColumn.Enum<LocationType>("type"), ViewColumn.Flag("sellable"), ViewColumn.Flag("locked")]),
    ];

    public void Apply(IViewWriter view, in EventEnvelope envelope, IEventContract payload, InventoryState after)
    {
        switch (payload)
        {
            case WarehouseCreated created:
                Set(view, ViewSubspaces.Places.Pack(WarehouseTag, Fold(created.Code)), [created.Code, created.Name]);
                break;
            case LocationCreated created:
                Write(view, after, created.Warehouse, created.Location);
                break;
            case LocationSellabilityChanged changed:
                Write(view, after, changed.Warehouse, changed.Location);
                break;
            case LocationLocked locked:
                Write(view, after, locked.Warehouse, locked.Location);
                break;
            case LocationUnlocked unlocked:
                Write(view, after, unlocked.Warehouse, unlocked.Location);
                break;
            case LocationDeleted deleted:
                Write(view, after, deleted.Warehouse, deleted.Location);
                break;
        }
    }

    public static WarehouseRow? FindWarehouse(IReadTransaction transaction, string code) =>
        ViewRows.Find(transaction, ViewSubspaces.Places.Pack(WarehouseTag, Fold(code))) is { } row ? new WarehouseRow(Text(row, 0), Text(row, 1)) : null;

    public static LocationRow? FindLocation(IReadTransaction transaction, string warehouse, string location) =>
        ViewRows.Find(transaction, ViewSubspaces.Places.Pack(LocationTag, Fold(warehouse), Fold(location))) is { } row ? Decode(row) : null;

    /// <summary>A warehouse's locations in code order (lower-cased), at most <paramref name="limit"/>, after the code <paramref name="afterLocation"/> if given.</summary>
    public static IReadOnlyList<LocationRow> Locations(IReadTransaction transaction, string warehouse, string? afterLocation = null, int limit = 100) =>
        [.. List(transaction, ViewSubspaces.Places, [LocationTag, Fold(warehouse)], limit,
            afterLocation is null ? null : ViewSubspaces.Places.Pack(LocationTag, Fold(warehouse), Fold(afterLocation))).Select(Decode)];

    public static IReadOnlyList<WarehouseRow> Warehouses(IReadTransaction transaction, int limit = 100) =>
        [.. List(transaction, ViewSubspaces.Places, [WarehouseTag], limit).Select(row => new WarehouseRow(Text(row, 0), Text(row, 1)))];

    private static void Write(IViewWriter view, InventoryState after, string warehouse, string location)
    {
        var found = after.Locations.Find(warehouse, location);
        Set(view, ViewSubspaces.Places.Pack(LocationTag, Fold(warehouse), Fold(location)),
            found is null ? null : [found.Address.Warehouse, found.Address.Location, (long)found.Type, found.Sellable, found.Locked]);
    }

    private static LocationRow Decode(IReadOnlyList<object?> row) =>
        new(Text(row, 0), Text(row, 1), (LocationType)Number(row, 2), Flag(row, 3), Flag(row, 4));
}
