using Specs.Inventory.Contracts;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Picking;

/// <summary>
/// lots leave first-expiry-first-out. A pick names its lot and is refused when another
/// unexpired lot of the SKU that expires strictly earlier is on hand in a pickable location of the same
/// warehouse (sellable and unlocked: where a picker may take it for a sale); the refusal names that lot and
/// location, so the picker knows where to go. A lot with no expiry counts as expiring last; expired lots
/// are never picked. Checking, rather than choosing the lot for the picker, keeps the event equal to what
/// the picker physically took.
/// </summary>
public static class LotPickOrder
{
    public static DomainError? Check(InventoryState state, StockLine line)
    {
        if (line.Product.Tracking != TrackingMode.Lot || state.Lots.Find(line.Sku, line.Lot) is not { } lot)
        {
            return null;
        }

        if (lot.Expired)
        {
            return new ExpiredLotNotPickable(line.Sku, lot.Code);
        }

        var expires = lot.ExpiresAtUnixMs ?? long.MaxValue;
        var warehouse = line.Location.Address.Warehouse;
        (long Expires, StockSlot Slot)? earliest = null;
        foreach (var slot in state.Stock.Of(line.Sku).Slots.Keys)
        {
            if (slot.Address.Warehouse != warehouse || slot.Lot == lot.Code
                || state.Lots.Find(line.Sku, slot.Lot) is not { Expired: false, ExpiresAtUnixMs: { } other }
                || other >= expires
                || state.Locations.Find(slot.Address) is not { Sellable: true, Locked: false })
            {
                continue;
            }

            if (earliest is not { } best || other < best.Expires)
            {
                earliest = (other, slot);
            }
        }

        return earliest is { } first
            ? new PickNotFirstExpiry(line.Sku, lot.Code, lot.ExpiresAtUnixMs, first.Slot.Lot, first.Expires, first.Slot.Address.Warehouse, first.Slot.Address.Location)
            : null;
    }
}
