using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Purchasing;
using Specs.Inventory.Contracts.Events.Purchasing;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.ReferenceData;

namespace Specs.Inventory.Domain.Purchasing;

/// <summary>
/// Area 5, purchasing: purchase orders and what they still bring (Incoming). Rules
/// (docs/domain-rules.md): an order has a unique number, an active supplier, a warehouse and
/// well-formed lines; lines of an open order change, never below what was received; only
/// open orders are changed or received against; closing ends what is expected, cancelling is
/// for orders with nothing received. Receiving is in <see cref="Receiving"/>.
/// </summary>
public static class PurchasingRules
{
    public const string OrdersWellFormed = "R-5.1";
    public const string LinesChangeWhileOpen = "R-5.2";
    public const string OnlyOpenOrders = "R-5.3";
    public const string OverReceiptWithinTolerance = "R-5.4";
    public const string ReceiptMovesIncomingToOnHand = "R-5.5";
    public const string RepeatedReceiptIgnored = "R-5.6";
    public const string AverageCostUpdates = "R-5.7";
    public const string CloseAndCancel = "R-5.8";

    public const int MaxLines = 100;

    /// <summary>Ten million in a currency with cents: no real unit costs more, and cost × units stays exact in 128 bits.</summary>
    public const long MaxUnitCostMinor = 1_000_000_000;

    public static Decision Decide(CreatePurchaseOrder command, InventoryState state, DecisionContext context)
    {
        var number = Codes.Normalize(command.PurchaseOrder);
        if (!Codes.IsWellFormedCode(number))
        {
            return Decision.Refuse(new InvalidPurchaseOrderNumber(number, Codes.MaxCodeLength));
        }

        if (state.Purchasing.Find(number) is { } existing)
        {
            return Decision.Refuse(new PurchaseOrderAlreadyExists(number, existing.Number));
        }

        var supplier = Codes.Normalize(command.Supplier);
        if (ReferenceDataRules.RequireActive(state.ReferenceData, ReferenceKind.Supplier, supplier) is { } inactive)
        {
            return Decision.Refuse(inactive);
        }

        if (state.Locations.FindWarehouse(Codes.Normalize(command.Warehouse)) is not { } warehouse)
        {
            return Decision.Refuse(new UnknownWarehouse(Codes.Normalize(command.Warehouse)));
        }

        if (command.Lines.Count is 0 or > MaxLines)
        {
            return Decision.Refuse(new PurchaseOrderLineCountInvalid(number, command.Lines.Count, MaxLines));
        }

        var lines = new List<PurchaseOrderLine>(command.Lines.Count);
        foreach (var requested in command.Lines)
        {
            if (ResolveLine(state, number, requested, minimum: 1, out var sku) is { } invalid)
            {
                return Decision.Refuse(invalid);
            }

            if (lines.Any(line => line.Sku == sku))
            {
                return Decision.Refuse(new DuplicatePurchaseOrderLine(number, sku));
            }

            lines.Add(new PurchaseOrderLine { Sku = sku, Quantity = requested.Quantity, UnitCostMinor = requested.UnitCostMinor });
        }

        return Decision.Accept(StreamOf(number), new PurchaseOrderCreated
        {
            PurchaseOrder = number,
            Supplier = state.ReferenceData.Find(ReferenceKind.Supplier, supplier)!.Name,
            Warehouse = warehouse.Code,
            Lines = lines,
            ExpectedAtUnixMs = command.ExpectedAtUnixMs,
            CreatedAtUnixMs = context.NowUnixMs,
        });
    }

    public static Decision Decide(UpdatePurchaseOrder command, InventoryState state)
    {
        if (!RequireOpen(state, command.PurchaseOrder, out var order, out var refused))
        {
            return Decision.Refuse(refused);
        }

        if (command.Lines.Count is 0 or > MaxLines)
        {
            return Decision.Refuse(new PurchaseOrderLineCountInvalid(order.Number, command.Lines.Count, MaxLines));
        }

        var changes = new List<IEventContract>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var lineCount = order.Lines.Count;
        foreach (var requested in command.Lines)
        {
            if (ResolveLine(state, order.Number, requested, minimum: 0, out var sku) is { } invalid)
            {
                return Decision.Refuse(invalid);
            }

            if (!seen.Add(sku))
            {
                return Decision.Refuse(new DuplicatePurchaseOrderLine(order.Number, sku));
            }

            var current = order.Lines.GetValueOrDefault(sku);
            if (current is not null && requested.Quantity < current.Received)
            {
                return Decision.Refuse(new QuantityBelowReceived(order.Number, current.Sku, requested.Quantity, current.Received));
            }

            var unchanged = current is null
                ? requested.Quantity == 0
                : current.Ordered == requested.Quantity && current.UnitCostMinor == requested.UnitCostMinor;
            if (unchanged)
            {
                continue;
            }

            lineCount += current is null ? 1 : requested.Quantity == 0 ? -1 : 0;
            changes.Add(new PurchaseOrderLineChanged
            {
                PurchaseOrder = order.Number,
                Sku = current?.Sku ?? sku,
                Quantity = requested.Quantity,
                PreviousQuantity = current?.Ordered ?? 0,
                UnitCostMinor = requested.UnitCostMinor,
            });
        }

        return lineCount is 0 or > MaxLines
            ? Decision.Refuse(new PurchaseOrderLineCountInvalid(order.Number, lineCount, MaxLines))
            : Decision.Accept(StreamOf(order.Number), changes);
    }

    public static Decision Decide(ClosePurchaseOrder command, InventoryState state, DecisionContext context)
    {
        if (!RequireExisting(state, command.PurchaseOrder, out var order, out var unknown))
        {
            return Decision.Refuse(unknown);
        }

        return order.Status switch
        {
            PurchaseOrderStatus.Closed => Decision.Accept(StreamOf(order.Number)),
            PurchaseOrderStatus.Cancelled => Decision.Refuse(new PurchaseOrderNotOpen(order.Number, order.Status)),
            _ => Decision.Accept(StreamOf(order.Number), new PurchaseOrderClosed
            {
                PurchaseOrder = order.Number,
                Unreceived = [.. order.Lines.Values.Where(line => line.Outstanding > 0).Select(line => new PurchaseOrderLine { Sku = line.Sku, Quantity = line.Outstanding, UnitCostMinor = line.UnitCostMinor })],
                ClosedAtUnixMs = context.NowUnixMs,
            }),
        };
    }

    public static Decision Decide(CancelPurchaseOrder command, InventoryState state, DecisionContext context)
    {
        if (!RequireExisting(state, command.PurchaseOrder, out var order, out var unknown))
        {
            return Decision.Refuse(unknown);
        }

        return order.Status switch
        {
            PurchaseOrderStatus.Cancelled => Decision.Accept(StreamOf(order.Number)),
            PurchaseOrderStatus.Closed => Decision.Refuse(new PurchaseOrderNotOpen(order.Number, order.Status)),
            _ when order.HasReceipts => Decision.Refuse(new PurchaseOrderHasReceipts(order.Number, order.Lines.Values.Sum(line => line.Received))),
            _ => Decision.Accept(StreamOf(order.Number), new PurchaseOrderCancelled { PurchaseOrder = order.Number, CancelledAtUnixMs = context.NowUnixMs }),
        };
    }

    public static InventoryState Evolve(InventoryState state, PurchaseOrderCreated created)
    {
        var empty = new PurchaseOrder(created.PurchaseOrder, created.Supplier, created.Warehouse, PurchaseOrderStatus.Open)
        {
            CreatedAtUnixMs = created.CreatedAtUnixMs,
            ExpectedAtUnixMs = created.ExpectedAtUnixMs,
        };
        var order = empty with
        {
            Lines = empty.Lines.SetItems(created.Lines.Select(line => KeyValuePair.Create(line.Sku, new OrderLine(line.Sku, line.Quantity, 0, line.UnitCostMinor)))),
        };
        return Replace(state, empty, order);
    }

    public static InventoryState Evolve(InventoryState state, PurchaseOrderLineChanged changed)
    {
        if (state.Purchasing.Find(changed.PurchaseOrder) is not { } before)
        {
            return state;
        }

        var line = before.Lines.GetValueOrDefault(changed.Sku) ?? new OrderLine(changed.Sku, 0, 0, 0);
        var after = before with
        {
            Lines = changed.Quantity == 0
                ? before.Lines.Remove(changed.Sku)
                : before.Lines.SetItem(line.Sku, line with { Ordered = changed.Quantity, UnitCostMinor = changed.UnitCostMinor }),
        };
        return Replace(state, before, after);
    }

    public static InventoryState Evolve(InventoryState state, PurchaseOrderClosed closed) =>
        state.Purchasing.Find(closed.PurchaseOrder) is { } before ? Replace(state, before, before with { Status = PurchaseOrderStatus.Closed }) : state;

    public static InventoryState Evolve(InventoryState state, PurchaseOrderCancelled cancelled) =>
        state.Purchasing.Find(cancelled.PurchaseOrder) is { } before ? Replace(state, before, before with { Status = PurchaseOrderStatus.Cancelled }) : state;

    /// <summary>
    /// Records <paramref name="after"/> in place of <paramref name="before"/> and moves Incoming by what
    /// the order now brings less what it brought, per SKU: one place keeps order and Incoming in step.
    /// </summary>
    public static InventoryState Replace(InventoryState state, PurchaseOrder before, PurchaseOrder after)
    {
        var stock = state.Stock;
        var purchasing = state.Purchasing.With(after);
        foreach (var sku in before.Lines.Keys.Union(after.Lines.Keys, StringComparer.OrdinalIgnoreCase))
        {
            var delta = after.IncomingOf(sku) - before.IncomingOf(sku);
            if (delta != 0)
            {
                var spelled = (after.Lines.GetValueOrDefault(sku) ?? before.Lines[sku]).Sku;
                stock = stock.With(stock.Of(spelled).WithCommitted(incomingDelta: delta));
                purchasing = purchasing.WithIncoming(spelled, after.Warehouse, delta);
            }
        }

        return state with { Stock = stock, Purchasing = purchasing };
    }

    /// <summary>What other areas call to find an order: true when it exists, else false with the refusal .</summary>
    public static bool RequireExisting(InventoryState state, string number, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PurchaseOrder? order, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out DomainError? refusal)
    {
        var code = Codes.Normalize(number);
        order = state.Purchasing.Find(code);
        refusal = order is null ? new UnknownPurchaseOrder(code) : null;
        return order is not null;
    }

    /// <summary>R-5.3: the order exists and is open.</summary>
    public static bool RequireOpen(InventoryState state, string number, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PurchaseOrder? order, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out DomainError? refusal)
    {
        if (RequireExisting(state, number, out order, out refusal) && order.Status != PurchaseOrderStatus.Open)
        {
            refusal = new PurchaseOrderNotOpen(order.Number, order.Status);
            order = null;
        }

        return order is not null;
    }

    /// <summary>The stream of one purchase order: its number lower-cased, because numbers ignore case.</summary>
    public static string StreamOf(string number) => $"purchase-order/{number.ToLowerInvariant()}";

    /// <summary>R-5.1: an active product, a bounded quantity (from <paramref name="minimum"/>) and a bounded unit cost.</summary>
    private static DomainError? ResolveLine(InventoryState state, string number, PurchaseOrderLine line, long minimum, out string sku)
    {
        sku = string.Empty;
        if (!CatalogRules.RequireActive(state.Catalog, Codes.Normalize(line.Sku), out var product, out var refused))
        {
            return refused;
        }

        sku = product.Sku;
        return StockChecks.Quantity(product.Sku, line.Quantity, minimum)
            ?? (line.UnitCostMinor is < 0 or > MaxUnitCostMinor ? new InvalidUnitCost(number, product.Sku, line.UnitCostMinor, MaxUnitCostMinor) : null);
    }
}
