using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Picking;
using Specs.Inventory.Contracts.Commands.Shipping;
using Specs.Inventory.Contracts.Tables;

namespace Specs.Runner.Hunting;

/// <summary>
/// A step that takes a sale one stage further through fulfilment: a picklist for an imported sale, a pick of what a
/// line still lacks (naming a lot that is on hand, or the serials at the bin), a check of what was picked, the shipment, then now and then a return of what was shipped. Drawn field by field, each of these needs the
/// stage before it to have happened for the same sale and line, so in thousands of random histories no sale was ever
/// shipped (nor anything shipped returned); the driver reads where each sale stands (<see cref="HuntWorld"/>) and asks
/// for the next stage, so shipping's rules meet the same random histories as the rest.
/// </summary>
internal static class FulfilmentDriver
{
    /// <summary>The name a history step takes for "the next stage of some sale".</summary>
    public const string StepName = "FulfilSale";

    /// <summary>
    /// The command of the furthest stage some sale can take next (return, ship, check, pick, a picklist), each among
    /// its candidates by the step's draw; null when no imported sale is left to take further.
    /// </summary>
    public static ICommandContract? Next(HuntWorld world, Draw draw)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(draw);
        if (world.Shipped.Count > 0 && draw.Chance(0.3))
        {
            // Part or all of a shipped line, back into a location of the warehouse it left (the return's own rules decide).
            var (saleId, shipped) = draw.Pick(world.Shipped);
            var places = HuntVocabulary.Locations.Where(place => place.Warehouse == shipped.Warehouse).Select(place => place.Location).ToList();
            return new ReturnToStock
            {
                SaleId = saleId,
                Sku = shipped.Sku,
                Warehouse = shipped.Warehouse,
                Location = places.Count > 0 ? draw.Pick(places) : HuntVocabulary.Locations[0].Location,
                Quantity = draw.Chance(0.5) ? shipped.Quantity : draw.Between(1, (int)Math.Max(1, shipped.Quantity)),
                Reason = draw.Pick(HuntVocabulary.Reasons),
                Lot = shipped.Lot,
                Serials = shipped.Serials.Count == 0 ? [] : [shipped.Serials[0]],
            };
        }

        var forSales = world.Lines.Where(line => line.SaleId is { } sale && !world.ShippedSales.Contains(sale)).ToList();

        var ready = forSales.GroupBy(line => line.SaleId!.Value)
            .Where(sale => sale.All(line => line.Picked >= line.Quantity && line.Checked >= line.Picked && line.Failed == 0))
            .Select(sale => sale.Key)
            .ToList();
        if (ready.Count > 0)
        {
            return new ShipSale { SaleId = draw.Pick(ready), TrackingNumber = "TRK-" + draw.Between(1, 2) };
        }

        var toCheck = forSales.Where(line => line.Checked + line.Failed < line.Picked).ToList();
        if (toCheck.Count > 0)
        {
            var line = draw.Pick(toCheck);
            // Now and then the checker's note runs past its limit: the only check certain to reach the note's rule is one
            // of units that were picked, and random scans rarely are.
            return new ScanItem
            {
                PicklistId = line.PicklistId,
                Sku = line.Sku,
                SaleId = line.SaleId,
                Quantity = line.Picked - line.Checked - line.Failed,
                Passed = draw.Chance(0.9),
                Note = draw.Chance(PastTheLimit.Chance) ? PastTheLimit.Note : null,
            };
        }

        var toPick = forSales.Where(line => line.Picked < line.Quantity).ToList();
        if (toPick.Count > 0)
        {
            var line = draw.Pick(toPick);
            var holding = world.Holding(line.Sku, line.Warehouse);
            if (holding.Count > 0)
            {
                var (location, onHand) = draw.Pick(holding);
                var units = Math.Min(line.Quantity - line.Picked, onHand);
                return new PickItem
                {
                    PicklistId = line.PicklistId,
                    Sku = line.Sku,
                    SaleId = line.SaleId,
                    Location = location,
                    Quantity = units,
                    Lot = TrackedUnits.Lot(world, line.Sku, draw),
                    Serials = TrackedUnits.Serials(world, line.Sku, line.Warehouse, location, units),
                };
            }
        }

        var onPicklists = forSales.Select(line => line.SaleId!.Value).ToHashSet();
        var unlisted = world.Sales.Where(sale => !onPicklists.Contains(sale.SaleId) && !world.ShippedSales.Contains(sale.SaleId) && sale.Reserved.Count > 0).ToList();
        if (unlisted.Count > 0)
        {
            var sale = draw.Pick(unlisted);
            return new CreatePicklist
            {
                Warehouse = HuntVocabulary.Warehouses[0],
                Lines = [.. sale.Reserved.Select(line => new PicklistLine { Sku = line.Sku, Quantity = line.Quantity, SaleId = sale.SaleId })],
            };
        }

        return null;
    }
}
