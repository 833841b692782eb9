using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Transfers;
using Specs.Inventory.Contracts.Tables;

namespace Specs.Runner.Hunting;

/// <summary>
/// A step that takes a transfer one stage further: a transfer from MAIN to WEST of a SKU MAIN holds, its shipment from
/// the bins that hold it (naming a lot on hand, or the serials at the bin), then its receipt of what was shipped. Drawn
/// field by field, a shipment seldom named a transfer that was planned and stock that was there, so in a minute of
/// hunting a handful of transfers were received, one or two closed, none received again once closed, and no serial
/// travelled; the driver reads where each transfer stands (<see cref="HuntWorld"/>) and asks for the next stage, so the
/// random commands around it meet transfers in every stage (a closed one received again, a serial in transit).
/// </summary>
internal static class TransferDriver
{
    /// <summary>The name a history step takes for "the next stage of some transfer".</summary>
    public const string StepName = "MoveTransfer";

    /// <summary>
    /// The command of the furthest stage some transfer can take next (receive, ship), else a new transfer; null when MAIN
    /// holds nothing of the SKU drawn to move.
    /// </summary>
    public static ICommandContract? Next(HuntWorld world, Draw draw)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(draw);
        var inTransit = world.Transfers.Where(transfer => world.ShippedTransfers.ContainsKey(transfer.TransferId) && !world.ClosedTransfers.Contains(transfer.TransferId)).ToList();
        if (inTransit.Count > 0)
        {
            var transfer = draw.Pick(inTransit);
            var places = HuntVocabulary.Locations.Where(place => place.Warehouse == transfer.ToWarehouse).Select(place => place.Location).ToList();
            var location = places.Count > 0 ? draw.Pick(places) : HuntVocabulary.Locations[0].Location;
            return new ReceiveTransfer
            {
                TransferId = transfer.TransferId,
                Items = [.. world.ShippedTransfers[transfer.TransferId].Select(item => new TransferItem { Sku = item.Sku, Location = location, Quantity = item.Quantity, Lot = item.Lot, Serials = item.Serials })],
            };
        }

        var planned = world.Transfers.Where(transfer => !world.ShippedTransfers.ContainsKey(transfer.TransferId)).ToList();
        if (planned.Count > 0)
        {
            var transfer = draw.Pick(planned);
            var items = new List<TransferItem>();
            foreach (var line in transfer.Lines)
            {
                var holding = world.Holding(line.Sku, transfer.FromWarehouse);
                if (holding.Count == 0)
                {
                    continue;
                }

                var (location, onHand) = draw.Pick(holding);
                var units = Math.Min(line.Quantity, onHand);
                items.Add(new TransferItem { Sku = line.Sku, Location = location, Quantity = units, Lot = TrackedUnits.Lot(world, line.Sku, draw), Serials = TrackedUnits.Serials(world, line.Sku, transfer.FromWarehouse, location, units) });
            }

            if (items.Count > 0)
            {
                return new ShipTransfer { TransferId = transfer.TransferId, Items = items };
            }
        }

        var from = HuntVocabulary.Warehouses[0];
        var sku = draw.Pick(HuntVocabulary.Products.Where(product => !HuntVocabulary.Kits.Any(kit => kit.Sku == product.Sku)).ToList()).Sku;
        var held = world.Holding(sku, from).Sum(place => place.OnHand);
        return held == 0 ? null : new CreateTransfer
        {
            FromWarehouse = from,
            ToWarehouse = HuntVocabulary.Warehouses.First(code => code != from),
            Lines = [new TransferLine { Sku = sku, Quantity = draw.Between(1, (int)Math.Min(held, 3)) }],
        };
    }
}
