using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Holds;
using Specs.Inventory.Contracts.Events.Lots;
using Specs.Inventory.Contracts.Events.Picking;
using Specs.Inventory.Contracts.Events.Purchasing;
using Specs.Inventory.Contracts.Events.Sales;
using Specs.Inventory.Contracts.Events.Shipping;
using Specs.Inventory.Contracts.Events.Counts;
using Specs.Inventory.Contracts.Events.Transfers;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Domain.Stock;
using Specs.Inventory.Views.Lots;
using Specs.Inventory.Views.Stock;

namespace Specs.Runner.Hunting;

/// <summary>
/// What a history knows of the system it drives, so the next command can aim at an interesting state: the ids
/// the server chose (picklists, transfers, counts), what they hold, the expiries coming up, and the stock the
/// views show now. Learned only from recorded events and from the views, never from the domain's code.
/// </summary>
internal sealed class HuntWorld(IScenarioSystem system)
{
    public long NowUnixMs { get; set; } = HuntVocabulary.StartUnixMs;

    public List<PicklistCreated> Picklists { get; } = [];

    public List<TransferCreated> Transfers { get; } = [];

    public Dictionary<Guid, List<TransferItem>> ShippedTransfers { get; } = [];

    /// <summary>The transfers received in full: nothing more may arrive on them.</summary>
    public HashSet<Guid> ClosedTransfers { get; } = [];

    public List<CountStarted> Counts { get; } = [];

    public Dictionary<string, List<string>> PurchaseOrderSkus { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Units received so far per order and SKU: what a change to the order may not go below.</summary>
    private Dictionary<string, Dictionary<string, long>> ReceivedUnits { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Expiries of holds and lots recorded so far: where a clock step may land exactly.</summary>
    public SortedSet<long> Expiries { get; } = [];

    /// <summary>Open sales imported so far, in import order, with the units each reserves: what a picklist for it lists.</summary>
    public List<ImportedSale> Sales { get; } = [];

    /// <summary>Every picklist line recorded, with what was picked and checked of it: where a sale's fulfilment stands.</summary>
    public List<PicklistLineProgress> Lines { get; } = [];

    /// <summary>The sales shipped so far.</summary>
    public HashSet<Guid> ShippedSales { get; } = [];

    /// <summary>What each shipment sent, in shipping order: what a return may bring back.</summary>
    public List<(Guid SaleId, ShippedLine Line)> Shipped { get; } = [];

    /// <summary>Learns from one recorded event.</summary>
    public void Learn(IEventContract payload)
    {
        switch (payload)
        {
            case PicklistCreated created:
                Picklists.Add(created);
                Lines.AddRange(created.Lines.Select(line => new PicklistLineProgress(created.PicklistId, created.Warehouse, line.Sku, line.SaleId, line.Quantity)));
                break;
            case ItemPicked picked when LineOf(picked.PicklistId, picked.Sku, picked.SaleId) is { } line:
                line.Picked += picked.Quantity;
                break;
            case ItemPassedCheck passed when LineOf(passed.PicklistId, passed.Sku, passed.SaleId) is { } line:
                line.Checked += passed.Quantity;
                break;
            case ItemFailedCheck failed when LineOf(failed.PicklistId, failed.Sku, failed.SaleId) is { } line:
                line.Failed += failed.Quantity;
                break;
            case SaleImported imported:
                Sales.RemoveAll(sale => sale.SaleId == Inventory.Domain.Sales.SaleIds.Of(imported.Channel, imported.ExternalId));
                Sales.Add(new ImportedSale(Inventory.Domain.Sales.SaleIds.Of(imported.Channel, imported.ExternalId), [.. imported.PendingLines]));
                break;
            case SaleCancelled cancelled:
                Sales.RemoveAll(sale => sale.SaleId == Inventory.Domain.Sales.SaleIds.Of(cancelled.Channel, cancelled.ExternalId));
                break;
            case SaleShipped shipped:
                ShippedSales.Add(shipped.SaleId);
                Shipped.AddRange(shipped.Lines.Select(line => (shipped.SaleId, line)));
                break;
            case TransferCreated created:
                Transfers.Add(created);
                break;
            case TransferShipped shipped:
                ShippedTransfers[shipped.TransferId] = [.. shipped.Items];
                break;
            case TransferClosed closed:
                ClosedTransfers.Add(closed.TransferId);
                break;
            case CountStarted started:
                Counts.Add(started);
                break;
            case PurchaseOrderCreated created:
                PurchaseOrderSkus[created.PurchaseOrder] = [.. created.Lines.Select(line => line.Sku)];
                break;
            case ItemsReceived received:
                if (!ReceivedUnits.TryGetValue(received.PurchaseOrder, out var units))
                {
                    ReceivedUnits[received.PurchaseOrder] = units = new(StringComparer.OrdinalIgnoreCase);
                }

                foreach (var line in received.Lines)
                {
                    units[line.Sku] = units.GetValueOrDefault(line.Sku) + line.Quantity;
                }

                break;
            case HoldCreated { ExpiresAtUnixMs: { } expiry }:
                Expiries.Add(expiry);
                break;
            case LotRegistered { ExpiresAtUnixMs: { } expiry }:
                Expiries.Add(expiry);
                break;
        }
    }

    /// <summary>On hand of <paramref name="sku"/> in one location, as the stock view shows it.</summary>
    public long OnHandAt(string sku, string warehouse, string location) => system.Read(transaction =>
        StockView.Locations(transaction, sku, 1_000)
            .Where(place => Same(place.Warehouse, warehouse) && Same(place.Location, location))
            .Sum(place => place.OnHand));

    /// <summary>The locations of <paramref name="warehouse"/> holding <paramref name="sku"/>, with their on hand.</summary>
    public IReadOnlyList<(string Location, long OnHand)> Holding(string sku, string warehouse) => system.Read(transaction =>
        (IReadOnlyList<(string, long)>)[.. StockView.Locations(transaction, sku, 1_000)
            .Where(place => Same(place.Warehouse, warehouse) && place.OnHand > 0)
            .Select(place => (place.Location, place.OnHand))]);

    /// <summary>The serials of <paramref name="sku"/> on hand at a location, as the lots-and-serials view shows them.</summary>
    public IReadOnlyList<SerialRow> SerialsOnHand(string sku) => system.Read(transaction =>
        (IReadOnlyList<SerialRow>)[.. LotsAndSerialsView.Serials(transaction, sku).Where(row => row.Place == SerialPlace.AtLocation && row.Warehouse is not null && row.Location is not null)]);

    /// <summary>The serials of <paramref name="sku"/> on hand at one bin.</summary>
    public IReadOnlyList<string> SerialsAt(string sku, string warehouse, string location) =>
        [.. SerialsOnHand(sku).Where(row => Same(row.Warehouse!, warehouse) && Same(row.Location!, location)).Select(row => row.Serial)];

    /// <summary>The lots of <paramref name="sku"/> with units on hand, expired or not, as the lots-and-serials view shows them.</summary>
    public IReadOnlyList<LotRow> LotsOnHand(string sku) => system.Read(transaction =>
        (IReadOnlyList<LotRow>)[.. LotsAndSerialsView.Lots(transaction, sku).Where(row => row.OnHand > 0)]);

    /// <summary>The serials of <paramref name="sku"/> out of every location, picked or in transit, as the lots-and-serials view shows them.</summary>
    public IReadOnlyList<SerialRow> SerialsAway(string sku) => system.Read(transaction =>
        (IReadOnlyList<SerialRow>)[.. LotsAndSerialsView.Serials(transaction, sku).Where(row => row.Place is SerialPlace.Picked or SerialPlace.InTransit)]);

    /// <summary>The units of <paramref name="sku"/> received on order <paramref name="order"/> so far.</summary>
    public long Received(string order, string sku) => ReceivedUnits.TryGetValue(order, out var units) ? units.GetValueOrDefault(sku) : 0;

    /// <summary>The SKU's figures as the stock view shows them (null: nothing recorded).</summary>
    public SkuQuantities? Figures(string sku) => system.Read(transaction => StockView.Find(transaction, sku));

    private PicklistLineProgress? LineOf(Guid picklistId, string sku, Guid? saleId) =>
        Lines.FirstOrDefault(line => line.PicklistId == picklistId && line.SaleId == saleId && Same(line.Sku, sku));

    private static bool Same(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A sale as the hunt imported it: its id and the units it reserves per SKU (kits expanded).</summary>
internal sealed record ImportedSale(Guid SaleId, IReadOnlyList<SaleLine> Reserved);

/// <summary>One picklist line and what the history has picked, passed and failed of it so far.</summary>
internal sealed class PicklistLineProgress(Guid picklistId, string warehouse, string sku, Guid? saleId, long quantity)
{
    public Guid PicklistId { get; } = picklistId;

    public string Warehouse { get; } = warehouse;

    public string Sku { get; } = sku;

    public Guid? SaleId { get; } = saleId;

    public long Quantity { get; } = quantity;

    public long Picked { get; set; }

    public long Checked { get; set; }

    public long Failed { get; set; }
}

