namespace Specs.Inventory.Views;

/// <summary>
/// Every view the node maintains, in the order they are applied and checked. An area adds its view
/// here (and its subspace byte in <see cref="ViewSubspaces"/>); the pipeline, the start-up rebuild and
/// the replay check pick it up from this list.
/// </summary>
public static class InventoryViews
{
    public static IReadOnlyList<IView> All { get; } =
    [
        ReferenceDataView.Instance,
        Stock.StockView.Instance,
        Catalog.ProductsView.Instance,
        Locations.PlacesView.Instance,
        Lots.LotsAndSerialsView.Instance,
        Kits.KitAvailabilityView.Instance,
        PurchaseOrdersView.Instance,
        SalesView.Instance,
        HoldsView.Instance,
        PicklistsView.Instance,
        SaleShipmentsView.Instance,
        TransfersView.Instance,
        Counts.CountsView.Instance,
        Channels.ChannelQuantitiesView.Instance,
    ];
}
