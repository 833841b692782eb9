using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Kits;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Events.Counts;
using Specs.Inventory.Contracts.Events.Picking;
using Specs.Inventory.Contracts.Events.Transfers;
using Specs.Inventory.Contracts.Tables;

namespace Specs.Runner.Hunting;

/// <summary>
/// The choices made so far for one command (or one line of it), so later fields agree with earlier ones: which SKU,
/// warehouse, location, lot, serials and quantity <see cref="CommandMaker"/> draws, steered by what the history has
/// made (<see cref="HuntWorld"/>) towards states the rules care about.
/// </summary>
internal sealed class CommandChoice(string command, HuntWorld world, Draw draw)
{
    public string Command { get; } = command;

    public HuntWorld World { get; } = world;

    public Draw Draw { get; } = draw;

    public CommandChoice? Parent { get; init; }

    public Type? InTable { get; init; }

    public string? Sku { get; set; }

    public string? Warehouse { get; set; }

    public string? Location { get; set; }

    public long? Quantity { get; set; }

    public string? PurchaseOrder { get; set; }

    public ReferenceKind Kind { get; set; }

    public PicklistCreated? Picklist { get; set; }

    public PicklistLine? PicklistLine { get; set; }

    public TransferCreated? Transfer { get; set; }

    public CountStarted? Count { get; set; }

    /// <summary>The serial a MoveSerial moves, where the view has it.</summary>
    public Inventory.Views.Lots.SerialRow? Serial { get; set; }

    public string ChooseSku()
    {
        if (Picklist is { Lines.Count: > 0 } picklist && Draw.Chance(0.9))
        {
            PicklistLine = Draw.Pick(picklist.Lines);
            return PicklistLine.Sku;
        }

        if (Count is { Lines.Count: > 0 } count && Draw.Chance(0.8))
        {
            var line = Draw.Pick(count.Lines);
            Location = line.Location;
            return line.Sku;
        }

        if ((InTable == typeof(ReceiptLine) || InTable == typeof(PurchaseOrderLine) && Command == "UpdatePurchaseOrder")
            && PurchaseOrder is { } order && World.PurchaseOrderSkus.TryGetValue(order, out var skus) && skus.Count > 0 && Draw.Chance(0.85))
        {
            return Draw.Pick(skus);
        }

        if (InTable == typeof(KitLine))
        {
            return Draw.Pick(["SKU-1", "SKU-2", "SKU-3", "KIT-1"]);
        }

        if (Command == "MoveSerial" && Draw.Chance(0.8))
        {
            return Draw.Pick(HuntVocabulary.Products.Where(product => product.Tracking == TrackingMode.Serial).ToList()).Sku;
        }

        if (Command is nameof(AssembleKit) or nameof(DisassembleKit) or nameof(CreateKit) or nameof(UpdateKitLines) && InTable is null)
        {
            return Draw.Pick(HuntVocabulary.Kits).Sku;
        }

        // Plain SKUs most of the time; tracked ones and kits often enough to reach their rules.
        return Draw.Chance(0.6) ? Draw.Pick(["SKU-1", "SKU-2", "SKU-3"]) : Draw.Pick(HuntVocabulary.Products).Sku;
    }

    public string ChooseWarehouse()
    {
        if (Picklist is not null && Draw.Chance(0.9))
        {
            return Picklist.Warehouse;
        }

        if (Count is not null && Draw.Chance(0.9))
        {
            return Count.Warehouse;
        }

        return Draw.Chance(0.8) ? HuntVocabulary.Warehouses[0] : Draw.Pick(HuntVocabulary.Warehouses);
    }

    /// <summary>A location of the chosen warehouse; for a command that takes units, mostly one that holds the SKU.</summary>
    public string ChooseLocation(bool source)
    {
        var warehouse = Warehouse ?? Picklist?.Warehouse ?? Count?.Warehouse ?? HuntVocabulary.Warehouses[0];
        if (Count is not null && Location is not null && Draw.Chance(0.8))
        {
            return Location;
        }

        if (source && Sku is not null && Draw.Chance(0.8))
        {
            var holding = World.Holding(Sku, warehouse);
            if (holding.Count > 0)
            {
                return Draw.Pick(holding).Location;
            }
        }

        var places = HuntVocabulary.Locations.Where(place => place.Warehouse == warehouse).Select(place => place.Location).ToList();
        return places.Count > 0 ? Draw.Pick(places) : Draw.Pick(HuntVocabulary.Locations).Location;
    }

    public string ChooseOtherLocation()
    {
        var warehouse = Warehouse ?? HuntVocabulary.Warehouses[0];
        var others = HuntVocabulary.Locations.Where(place => place.Warehouse == warehouse && place.Location != Location).Select(place => place.Location).ToList();
        return others.Count > 0 && Draw.Chance(0.95) ? Draw.Pick(others) : Location ?? "A-01";
    }

    public IReadOnlyList<string> ChooseCountLocations()
    {
        var warehouse = Warehouse ?? HuntVocabulary.Warehouses[0];
        var places = HuntVocabulary.Locations.Where(place => place.Warehouse == warehouse).Select(place => place.Location).ToList();
        return Draw.Chance(0.7) ? [Draw.Pick(places)] : [.. places.Take(2)];
    }

    public string? ChooseLot()
    {
        var sku = Sku ?? Parent?.Sku;
        if (sku is null || HuntVocabulary.TrackingOf(sku) != TrackingMode.Lot)
        {
            return null;
        }

        return Draw.Pick(HuntVocabulary.Lots);
    }

    /// <summary>
    /// As many serials as units: for a command that takes units, mostly those the view has at its location (drawn
    /// from the pool, they were seldom there and serial picks and shipments were rarely accepted); for an unpick,
    /// mostly those picked; for one that brings units in, now and then serials that are picked or in transit; now
    /// and then one serial twice.
    /// </summary>
    public IReadOnlyList<string> ChooseSerials()
    {
        var sku = Sku ?? Parent?.Sku;
        if (sku is null || HuntVocabulary.TrackingOf(sku) != TrackingMode.Serial)
        {
            return [];
        }

        var wanted = (int)Math.Clamp(Quantity ?? 1, 0, HuntVocabulary.Serials.Count);
        var pool = HuntVocabulary.Serials;
        var warehouse = Warehouse ?? Parent?.Warehouse ?? Picklist?.Warehouse;
        var location = Location ?? Parent?.Location;
        if (IsArrival || Command == "UnpickItem")
        {
            // An unpick mostly names units in hand; the rest, and an arrival's serials now and then, are strays.
            var away = World.SerialsAway(sku);
            if (away.Count > 0 && Draw.Chance(Command == "UnpickItem" ? 0.85 : 0.3))
            {
                pool = [.. away.Select(row => row.Serial), .. HuntVocabulary.Serials.Where(serial => !away.Any(row => string.Equals(row.Serial, serial, StringComparison.OrdinalIgnoreCase)))];
                return Serials(pool, 0, wanted);
            }
        }
        else if (warehouse is not null && location is not null && Draw.Chance(0.85))
        {
            var here = World.SerialsAt(sku, warehouse, location);
            if (here.Count > 0)
            {
                pool = [.. here, .. HuntVocabulary.Serials.Where(serial => !here.Contains(serial, StringComparer.OrdinalIgnoreCase))];
                return Serials(pool, 0, wanted);
            }
        }

        return Serials(pool, Draw.Between(0, pool.Count - 1), wanted);
    }

    /// <summary>Whether the command brings units into a location, where a serial must not be anywhere else .</summary>
    private bool IsArrival => Command is nameof(AddItem) or "ReturnToStock" or "ReceiveItems";

    /// <summary><paramref name="wanted"/> serials of <paramref name="pool"/> from <paramref name="start"/> on; with two or more, now and then the first twice.</summary>
    private IReadOnlyList<string> Serials(IReadOnlyList<string> pool, int start, int wanted)
    {
        var serials = Enumerable.Range(0, wanted).Select(i => pool[(start + i) % pool.Count]).ToList();
        if (wanted >= 2 && Draw.Chance(PastTheLimit.Chance * 2))
        {
            serials[1] = serials[0];
        }

        return serials;
    }

    /// <summary>
    /// The transfers a command most likely moves on: a shipment the ones not yet shipped, a receipt the shipped ones
    /// (closed ones included, which it must refuse). Drawn from all of them, few transfers were shipped and fewer received,
    /// and a closed transfer was never received again.
    /// </summary>
    public IReadOnlyList<TransferCreated> ChooseTransfers()
    {
        if (Command is not ("ShipTransfer" or "ReceiveTransfer") || !Draw.Chance(0.7))
        {
            return World.Transfers;
        }

        var shipped = Command == "ReceiveTransfer";
        var fitting = World.Transfers.Where(transfer => World.ShippedTransfers.ContainsKey(transfer.TransferId) == shipped).ToList();
        return fitting.Count > 0 ? fitting : World.Transfers;
    }

    /// <summary>
    /// Units of a table line: small, and now and then one past the line's own limit (a kit's component, a sale's line),
    /// or, changing an order, one less than a line received.
    /// </summary>
    private long LineQuantity()
    {
        if (InTable == typeof(PurchaseOrderLine) && Command == "UpdatePurchaseOrder" && PurchaseOrder is { } order && Sku is { } sku
            && World.Received(order, sku) is > 0 and var received && Draw.Chance(0.5))
        {
            return received - 1;
        }

        if (InTable == typeof(KitLine))
        {
            return Draw.Chance(PastTheLimit.Chance) ? PastTheLimit.ComponentUnits : Draw.Between(1, 3);
        }

        if (InTable == typeof(SaleLine))
        {
            return Draw.Chance(PastTheLimit.Chance) ? PastTheLimit.SaleLineUnits : Draw.Between(1, 5);
        }

        return Draw.Between(1, 5);
    }

    /// <summary>
    /// Quantities live at the edges: what the location holds (the last unit), one less, one more, one unit,
    /// or for a hold what is available; table lines stay small.
    /// </summary>
    public long ChooseQuantity()
    {
        if (InTable is not null)
        {
            return LineQuantity();
        }

        // A line picked or checked whole is what lets its sale ship; the location's edges below rarely match it.
        if (Command is "PickItem" or "ScanItem" && PicklistLine is { } whole && Draw.Chance(0.5))
        {
            return whole.Quantity;
        }

        long edge;
        if (Command == "CreateHold" && Sku is not null)
        {
            edge = World.Figures(Sku)?.Available ?? 0;
        }
        else if (Sku is not null && Warehouse is not null && Location is not null)
        {
            edge = World.OnHandAt(Sku, Warehouse, Location);
        }
        else if (PicklistLine is { } line)
        {
            edge = line.Quantity;
        }
        else
        {
            edge = Draw.Between(1, 5);
        }

        if (Command == "AddItem" && edge > 0 && Draw.Chance(PastTheLimit.Chance))
        {
            return PastTheLimit.UnitsToOverfill(edge);
        }

        if (Command == "SetItemQuantity" || Command == "RecordCount")
        {
            return Math.Max(0, Draw.Pick([edge, edge + 1, edge - 1, 0L, edge + 5]));
        }

        var candidates = new[] { edge, edge - 1, edge + 1, 1L, 2L, Draw.Between(1, 10) }.Where(quantity => quantity > 0).ToList();
        return Draw.Pick(candidates);
    }
}
