using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Kits;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.Lots;
using Specs.Inventory.Contracts.Events.Picking;
using Specs.Inventory.Contracts.Events.Purchasing;
using Specs.Inventory.Contracts.Events.Shipping;
using Specs.Inventory.Contracts.Events.Transfers;

namespace Specs.Inventory.Scenarios.Invariants;

/// <summary>
/// "Every quantity change is explained by exactly one event", as bookkeeping: each event that moves units says
/// by its own fields how many units it moves from where to where (the table "which counter moves on each event"
/// of docs/domain-rules.md), and the ledger adds those up per (SKU, warehouse, location) and for the SKU-wide
/// Picked and InTransit. This is not a second implementation of the rules: it decides nothing and reads only
/// what the events state; the views must then show exactly these sums.
/// </summary>
/// <remarks>Codes compare without regard to case (events carry the first spelling).</remarks>
public sealed class StockLedger
{
    private readonly Dictionary<(string Sku, string Warehouse, string Location), long> _onHand = new(PlaceComparer.Instance);
    private readonly Dictionary<string, long> _picked = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, long> _inTransit = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>On hand per place as the events explain it (places whose events net to zero included).</summary>
    public IReadOnlyDictionary<(string Sku, string Warehouse, string Location), long> OnHand => _onHand;

    /// <summary>Units picked and not yet shipped or unpicked, per SKU.</summary>
    public IReadOnlyDictionary<string, long> Picked => _picked;

    /// <summary>Units shipped on transfers and not yet received, per SKU.</summary>
    public IReadOnlyDictionary<string, long> InTransit => _inTransit;

    /// <summary>Books one event's stated movement of units; events that move none are ignored.</summary>
    public void Apply(IEventContract payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        switch (payload)
        {
            case QuantityAdded added:
                Add(added.Sku, added.Warehouse, added.Location, added.Quantity);
                break;
            case QuantityRemoved removed:
                Add(removed.Sku, removed.Warehouse, removed.Location, -removed.Quantity);
                break;
            case QuantityAdjusted adjusted:
                Add(adjusted.Sku, adjusted.Warehouse, adjusted.Location, adjusted.Delta);
                break;
            case ItemMoved moved:
                Add(moved.Sku, moved.Warehouse, moved.FromLocation, -moved.Quantity);
                Add(moved.Sku, moved.Warehouse, moved.ToLocation, moved.Quantity);
                break;
            case SerialMoved moved:
                Add(moved.Sku, moved.Warehouse, moved.FromLocation, -1);
                Add(moved.Sku, moved.Warehouse, moved.ToLocation, 1);
                break;
            case KitAssembled assembled:
                Add(assembled.Sku, assembled.Warehouse, assembled.Location, assembled.Quantity);
                foreach (var component in assembled.Components)
                {
                    Add(component.Sku, assembled.Warehouse, assembled.Location, -component.Quantity);
                }

                break;
            case KitDisassembled disassembled:
                Add(disassembled.Sku, disassembled.Warehouse, disassembled.Location, -disassembled.Quantity);
                foreach (var component in disassembled.Components)
                {
                    Add(component.Sku, disassembled.Warehouse, disassembled.Location, component.Quantity);
                }

                break;
            case ItemPicked picked:
                Add(picked.Sku, picked.Warehouse, picked.Location, -picked.Quantity);
                Count(_picked, picked.Sku, picked.Quantity);
                break;
            case ItemUnpicked unpicked:
                Add(unpicked.Sku, unpicked.Warehouse, unpicked.Location, unpicked.Quantity);
                Count(_picked, unpicked.Sku, -unpicked.Quantity);
                break;
            case SaleShipped shipped:
                foreach (var line in shipped.Lines)
                {
                    Count(_picked, line.Sku, -line.Quantity);
                }

                break;
            case ItemReturned returned:
                Add(returned.Sku, returned.Warehouse, returned.Location, returned.Quantity);
                break;
            case TransferShipped shipped:
                foreach (var item in shipped.Items)
                {
                    Add(item.Sku, shipped.FromWarehouse, item.Location, -item.Quantity);
                    Count(_inTransit, item.Sku, item.Quantity);
                }

                break;
            case TransferReceived received:
                foreach (var item in received.Items)
                {
                    Add(item.Sku, received.ToWarehouse, item.Location, item.Quantity);
                    Count(_inTransit, item.Sku, -item.Quantity);
                }

                break;
            case ItemsReceived received:
                foreach (var line in received.Lines)
                {
                    Add(line.Sku, received.Warehouse, received.Location, line.Quantity);
                }

                break;
        }
    }

    private void Add(string sku, string warehouse, string location, long units) =>
        _onHand[(sku, warehouse, location)] = _onHand.GetValueOrDefault((sku, warehouse, location)) + units;

    private static void Count(Dictionary<string, long> counter, string sku, long units) =>
        counter[sku] = counter.GetValueOrDefault(sku) + units;

    private sealed class PlaceComparer : IEqualityComparer<(string Sku, string Warehouse, string Location)>
    {
        public static PlaceComparer Instance { get; } = new();

        public bool Equals((string Sku, string Warehouse, string Location) x, (string Sku, string Warehouse, string Location) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Sku, y.Sku)
            && StringComparer.OrdinalIgnoreCase.Equals(x.Warehouse, y.Warehouse)
            && StringComparer.OrdinalIgnoreCase.Equals(x.Location, y.Location);

        public int GetHashCode((string Sku, string Warehouse, string Location) obj) => HashCode.Combine(
            StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Sku),
            StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Warehouse),
            StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Location));
    }
}
