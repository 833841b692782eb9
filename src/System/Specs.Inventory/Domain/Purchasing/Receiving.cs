using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Purchasing;
using Specs.Inventory.Contracts.Events.Lots;
using Specs.Inventory.Contracts.Events.Purchasing;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.Lots;
using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Purchasing;

/// <summary>
/// Receiving goods on a purchase order. Rules (docs/domain-rules.md): only on an open order;
/// a line receives at most its ordered units plus the tolerance; the goods go on hand at a
/// location of the order's warehouse and Incoming falls by what was still expected, a new lot being
/// registered first (<see cref="LotRegistered"/> before <see cref="ItemsReceived"/>) because stock only
/// goes into registered lots; a repeated receipt id changes nothing; the average
/// cost follows each line.
/// </summary>
public static class Receiving
{
    /// <summary>R-5.4: over-receipt allowed per line, in percent of the ordered units, rounded down.</summary>
    public const long TolerancePercent = 10;

    /// <summary>R-5.4: the most units a line of <paramref name="ordered"/> units may receive in total.</summary>
    public static long AllowedFor(long ordered) => ordered + (ordered * TolerancePercent / 100);

    public static Decision Decide(ReceiveItems command, InventoryState state, DecisionContext context)
    {
        if (!PurchasingRules.RequireExisting(state, command.PurchaseOrder, out var order, out var unknown))
        {
            return Decision.Refuse(unknown);
        }

        var receiptId = Codes.Normalize(command.ReceiptId);
        if (!Codes.IsWellFormedCode(receiptId))
        {
            return Decision.Refuse(new InvalidReceiptId(order.Number, receiptId, Codes.MaxCodeLength));
        }

        var stream = PurchasingRules.StreamOf(order.Number);
        if (order.Receipts.Contains(receiptId))
        {
            return Decision.Accept(stream);
        }

        if (order.Status != PurchaseOrderStatus.Open)
        {
            return Decision.Refuse(new PurchaseOrderNotOpen(order.Number, order.Status));
        }

        var warehouse = Codes.Normalize(command.Warehouse);
        if (!warehouse.Equals(order.Warehouse, StringComparison.OrdinalIgnoreCase))
        {
            return Decision.Refuse(new ReceiptInOtherWarehouse(order.Number, order.Warehouse, warehouse));
        }

        if (!LocationRules.RequireOpen(state.Locations, order.Warehouse, command.Location, out var location, out var closed))
        {
            return Decision.Refuse(closed);
        }

        if (command.Lines.Count is 0 or > PurchasingRules.MaxLines)
        {
            return Decision.Refuse(new PurchaseOrderLineCountInvalid(order.Number, command.Lines.Count, PurchasingRules.MaxLines));
        }

        // Lots the receipt brings are registered first, so the lines are checked as the ledger checks any
        // stock against the state those registrations leave.
        if (NewLots(state, order, command.Lines, out var registrations) is { } badLot)
        {
            return Decision.Refuse(badLot);
        }

        var checkedAgainst = registrations.Aggregate(state, InventoryDecider.Evolve);
        var received = new List<ReceivedLine>(command.Lines.Count);
        var slots = new HashSet<(string Sku, string Lot)>();
        var unitsThisReceipt = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        var averages = new Dictionary<string, long?>(StringComparer.OrdinalIgnoreCase);
        foreach (var requested in command.Lines)
        {
            if (state.Catalog.Resolve(Codes.Normalize(requested.Sku)) is { } named && !order.Lines.ContainsKey(named.Sku))
            {
                return Decision.Refuse(new NotOnPurchaseOrder(order.Number, named.Sku));
            }

            var request = new StockRequest(requested.Sku, order.Warehouse, location.Address.Location, requested.Quantity, 1, null, requested.Lot, requested.Serials);
            if (!StockChecks.Resolve(checkedAgainst, request, out var line, out var refused))
            {
                return Decision.Refuse(refused);
            }

            var ordered = order.Lines[line.Sku];
            if (!slots.Add((line.Sku, line.Lot)))
            {
                return Decision.Refuse(new DuplicateReceiptLine(order.Number, line.Sku, line.EventLot));
            }

            var stock = checkedAgainst.Stock.Of(line.Sku);
            var earlier = unitsThisReceipt.GetValueOrDefault(line.Sku);
            var allowed = AllowedFor(ordered.Ordered);
            if (ordered.Received + earlier + requested.Quantity > allowed)
            {
                return Decision.Refuse(new OverReceipt(order.Number, line.Sku, ordered.Ordered, ordered.Received + earlier, requested.Quantity, allowed));
            }

            if (StockChecks.CanArrive(stock, line, requested.Quantity) is { } blocked)
            {
                return Decision.Refuse(blocked);
            }

            var average = AverageCost.After(
                averages.TryGetValue(line.Sku, out var running) ? running : state.Purchasing.AverageCostOf(line.Sku),
                stock.UnitsInStock + earlier,
                requested.Quantity,
                ordered.UnitCostMinor);
            averages[line.Sku] = average;
            unitsThisReceipt[line.Sku] = earlier + requested.Quantity;
            received.Add(new ReceivedLine
            {
                Sku = line.Sku,
                Quantity = requested.Quantity,
                Lot = line.EventLot,
                Serials = line.Serials,
                UnitCostMinor = ordered.UnitCostMinor,
                AverageCostMinor = average,
            });
        }

        return Decision.Accept(stream, [.. registrations, new ItemsReceived
        {
            PurchaseOrder = order.Number,
            ReceiptId = receiptId,
            Warehouse = order.Warehouse,
            Location = location.Address.Location,
            Lines = received,
            ReceivedAtUnixMs = context.NowUnixMs,
        }]);
    }

    public static InventoryState Evolve(InventoryState state, ItemsReceived received)
    {
        if (state.Purchasing.Find(received.PurchaseOrder) is not { } before)
        {
            return state;
        }

        var after = before with { Receipts = before.Receipts.Add(received.ReceiptId) };
        var stock = state.Stock;
        var purchasing = state.Purchasing;
        var address = new LocationAddress(received.Warehouse, received.Location);
        foreach (var line in received.Lines)
        {
            var slot = StockSlot.At(address, line.Lot);
            stock = stock.Change(line.Sku, slot, line.Quantity);
            stock = stock.With(stock.Of(line.Sku).PlaceSerials(line.Serials, address));
            purchasing = purchasing.WithAverageCost(line.Sku, line.AverageCostMinor);
            if (after.Lines.GetValueOrDefault(line.Sku) is { } ordered)
            {
                after = after with { Lines = after.Lines.SetItem(ordered.Sku, ordered with { Received = ordered.Received + line.Quantity }) };
            }
        }

        return PurchasingRules.Replace(state with { Stock = stock, Purchasing = purchasing }, before, after);
    }

    /// <summary>
    /// The lots the receipt names that its SKUs have not registered, as <see cref="LotRegistered"/> events
    /// with the line's expiry; a line naming a registered lot with another expiry is refused.
    /// Lines that are not lot-tracked are left to the ledger's checks.
    /// </summary>
    private static DomainError? NewLots(InventoryState state, PurchaseOrder order, IReadOnlyList<ReceiptLine> lines, out List<IEventContract> registrations)
    {
        registrations = [];
        var registered = new HashSet<(string Sku, string Lot)>();
        foreach (var line in lines)
        {
            var code = Codes.Normalize(line.Lot);
            if (state.Catalog.Resolve(Codes.Normalize(line.Sku)) is not { Tracking: TrackingMode.Lot, IsActive: true } product || code.Length == 0)
            {
                continue;
            }

            if (state.Lots.Find(product.Sku, code) is { } lot)
            {
                if (line.ExpiresAtUnixMs is { } expiry && expiry != lot.ExpiresAtUnixMs)
                {
                    return new LotAlreadyRegistered(product.Sku, lot.Code, lot.ExpiresAtUnixMs, expiry);
                }

                continue;
            }

            if (Codes.Check(CodeKind.Lot, code) is { } invalid)
            {
                return invalid;
            }

            if (order.Lines.ContainsKey(product.Sku) && registered.Add((product.Sku.ToUpperInvariant(), code.ToUpperInvariant())))
            {
                registrations.Add(new LotRegistered { Sku = product.Sku, Lot = code, ExpiresAtUnixMs = line.ExpiresAtUnixMs });
            }
        }

        return null;
    }
}
