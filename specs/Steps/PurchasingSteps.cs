using Reqnroll;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Purchasing;
using Specs.Inventory.Contracts.Events.Lots;
using Specs.Inventory.Contracts.Events.Purchasing;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Lots;
using Specs.Inventory.Domain.Purchasing;
using Specs.Inventory.Domain.ReferenceData;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Views;

namespace Specs.Steps;

/// <summary>
/// Area 5, purchasing and receiving: purchase orders placed with suppliers, changed, received against,
/// closed and cancelled. Every event of an order is on the order's stream (purchase-order/number), the
/// lots a receipt registers too. Order tables have the columns sku, quantity and unit cost (minor units,
/// cents); receipt tables sku and quantity, and lot, expires, serials when tracked.
/// </summary>
[Binding]
public sealed class PurchasingSteps(ScenarioHost host, TradeMemory memory)
{
    [Given("the purchase order {string} from {string} for {string} orders:")]
    public void GivenThePurchaseOrder(string number, string supplier, string warehouse, Table lines)
    {
        var ordered = OrderLines(lines);
        host.Given(PurchasingRules.StreamOf(number), new PurchaseOrderCreated
        {
            PurchaseOrder = number,
            Supplier = supplier,
            Warehouse = warehouse,
            Lines = ordered,
            CreatedAtUnixMs = host.NowUnixMs,
        });
        memory.Ordered(number, warehouse, ordered.Select(line => new GivenOrderLine(line.Sku, line.Quantity, line.UnitCostMinor)));
    }

    [Given("the purchase order {string} from {string} for {string} orders {long} unit(s) of {string} at {long}")]
    public void GivenThePurchaseOrderOfOneLine(string number, string supplier, string warehouse, long quantity, string sku, long unitCost)
    {
        var table = new Table("sku", "quantity", "unit cost");
        table.AddRow(sku, quantity.ToString(System.Globalization.CultureInfo.InvariantCulture), unitCost.ToString(System.Globalization.CultureInfo.InvariantCulture));
        GivenThePurchaseOrder(number, supplier, warehouse, table);
    }

    [Given("receipt {string} of the purchase order {string} brought {long} unit(s) of {string} into {string}")]
    public void GivenAReceipt(string receiptId, string number, long quantity, string sku, string location) =>
        Receive(receiptId, number, quantity, sku, location, []);

    private void Receive(string receiptId, string number, long quantity, string sku, string location, IReadOnlyList<string> serials)
    {
        var order = memory.Order(number);
        var line = order.Line(sku);
        host.Given(PurchasingRules.StreamOf(number), new ItemsReceived
        {
            PurchaseOrder = order.Number,
            ReceiptId = receiptId,
            Warehouse = order.Warehouse,
            Location = location,
            Lines = [new ReceivedLine { Sku = line.Sku, Quantity = quantity, Serials = serials, UnitCostMinor = line.UnitCostMinor, AverageCostMinor = memory.AverageAfterReceipt(line.Sku, quantity, line.UnitCostMinor) }],
            ReceivedAtUnixMs = host.NowUnixMs,
        });
        line.Received += quantity;
    }

    [Given("receipt {string} of the purchase order {string} brought {long} unit(s) of {string} with serial(s) {string} into {string}")]
    public void GivenASerialReceipt(string receiptId, string number, long quantity, string sku, string serials, string location) =>
        Receive(receiptId, number, quantity, sku, location, [.. serials.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]);

    [Given("an earlier delivery registered lot {string} of {string} expiring on {word}")]
    public void GivenARegisteredLot(string lot, string sku, string expires) =>
        host.Given(LedgerRules.StreamOf(sku), new LotRegistered { Sku = sku, Lot = lot, ExpiresAtUnixMs = TradeWords.UnixMs(expires) });

    [Given("the purchase order {string} was closed")]
    public void GivenThePurchaseOrderWasClosed(string number)
    {
        var order = memory.Order(number);
        host.Given(PurchasingRules.StreamOf(number), new PurchaseOrderClosed { PurchaseOrder = order.Number, Unreceived = Unreceived(order), ClosedAtUnixMs = host.NowUnixMs });
    }

    [Given("the purchase order {string} was cancelled")]
    public void GivenThePurchaseOrderWasCancelled(string number) =>
        host.Given(PurchasingRules.StreamOf(number), new PurchaseOrderCancelled { PurchaseOrder = memory.Order(number).Number, CancelledAtUnixMs = host.NowUnixMs });

    [When("the merchant places the purchase order {string} with {string} for {string}:")]
    public void WhenTheMerchantPlacesThePurchaseOrder(string number, string supplier, string warehouse, Table lines) =>
        host.When(new CreatePurchaseOrder { PurchaseOrder = number, Supplier = supplier, Warehouse = warehouse, Lines = OrderLines(lines) });

    [When("the merchant places the purchase order {string} with {string} for {string} for {long} unit(s) of {string} at {long}")]
    public void WhenTheMerchantPlacesAnOrderOfOneLine(string number, string supplier, string warehouse, long quantity, string sku, long unitCost) =>
        host.When(new CreatePurchaseOrder { PurchaseOrder = number, Supplier = supplier, Warehouse = warehouse, Lines = [new PurchaseOrderLine { Sku = sku, Quantity = quantity, UnitCostMinor = unitCost }] });

    [When("the merchant places the purchase order {string} with {string} for {string} expected on {word} for {long} unit(s) of {string} at {long}")]
    public void WhenTheMerchantPlacesAnOrderExpectedOn(string number, string supplier, string warehouse, string expected, long quantity, string sku, long unitCost) =>
        host.When(new CreatePurchaseOrder
        {
            PurchaseOrder = number,
            Supplier = supplier,
            Warehouse = warehouse,
            Lines = [new PurchaseOrderLine { Sku = sku, Quantity = quantity, UnitCostMinor = unitCost }],
            ExpectedAtUnixMs = TradeWords.UnixMs(expected),
        });

    [When("the merchant places a purchase order numbered with {int} characters with {string} for {string} for {long} unit(s) of {string} at {long}")]
    public void WhenTheMerchantPlacesAnOrderWithNumberLength(int length, string supplier, string warehouse, long quantity, string sku, long unitCost) =>
        WhenTheMerchantPlacesAnOrderOfOneLine(TradeWords.CodeOfLength("PO-", length), supplier, warehouse, quantity, sku, unitCost);

    [When("the merchant places the purchase order {string} with {string} for {string} with no lines")]
    public void WhenTheMerchantPlacesAnEmptyOrder(string number, string supplier, string warehouse) =>
        host.When(new CreatePurchaseOrder { PurchaseOrder = number, Supplier = supplier, Warehouse = warehouse });

    [When("the merchant places the purchase order {string} with {string} for {string} with {int} lines of one unit of the numbered products")]
    public void WhenTheMerchantPlacesAnOrderOfManyLines(string number, string supplier, string warehouse, int count) =>
        host.When(new CreatePurchaseOrder
        {
            PurchaseOrder = number,
            Supplier = supplier,
            Warehouse = warehouse,
            Lines = [.. Enumerable.Range(1, count).Select(index => new PurchaseOrderLine { Sku = TradeWords.NumberedSku(index), Quantity = 1, UnitCostMinor = 100 })],
        });

    [When("the merchant changes the purchase order {string}:")]
    public void WhenTheMerchantChangesThePurchaseOrder(string number, Table lines) =>
        host.When(new UpdatePurchaseOrder { PurchaseOrder = number, Lines = OrderLines(lines) });

    [When("receipt {string} of the purchase order {string} is received into {string} of {string}:")]
    public void WhenAReceiptIsReceived(string receiptId, string number, string location, string warehouse, Table lines) =>
        host.When(new ReceiveItems { PurchaseOrder = number, ReceiptId = receiptId, Warehouse = warehouse, Location = location, Lines = ReceiptLines(lines) });

    [When("receipt {string} of the purchase order {string} brings {long} unit(s) of {string} into {string} of {string}")]
    public void WhenAReceiptOfOneLineIsReceived(string receiptId, string number, long quantity, string sku, string location, string warehouse) =>
        host.When(new ReceiveItems { PurchaseOrder = number, ReceiptId = receiptId, Warehouse = warehouse, Location = location, Lines = [new ReceiptLine { Sku = sku, Quantity = quantity }] });

    [When("a receipt with an id of {int} characters brings {long} unit(s) of {string} on the purchase order {string} into {string} of {string}")]
    public void WhenAReceiptWithIdLengthIsReceived(int length, long quantity, string sku, string number, string location, string warehouse) =>
        WhenAReceiptOfOneLineIsReceived(TradeWords.CodeOfLength("DN-", length), number, quantity, sku, location, warehouse);

    [When("the merchant closes the purchase order {string}")]
    public void WhenTheMerchantCloses(string number) => host.When(new ClosePurchaseOrder { PurchaseOrder = number });

    [When("the merchant cancels the purchase order {string}")]
    public void WhenTheMerchantCancels(string number) => host.When(new CancelPurchaseOrder { PurchaseOrder = number });

    [Then("the purchase order {string} from {string} for {string} is recorded with:")]
    public void ThenThePurchaseOrderIsRecorded(string number, string supplier, string warehouse, Table lines) =>
        ThenRecorded(TradeWords.RecordedNow(
            new PurchaseOrderCreated { PurchaseOrder = number, Supplier = supplier, Warehouse = warehouse, Lines = OrderLines(lines) },
            PurchasingRules.StreamOf(number),
            "createdAtUnixMs"));

    [Then("the purchase order {string} from {string} for {string} expected on {word} is recorded for {long} unit(s) of {string} at {long}")]
    public void ThenTheExpectedPurchaseOrderIsRecorded(string number, string supplier, string warehouse, string expected, long quantity, string sku, long unitCost) =>
        ThenRecorded(TradeWords.RecordedNow(
            new PurchaseOrderCreated
            {
                PurchaseOrder = number,
                Supplier = supplier,
                Warehouse = warehouse,
                Lines = [new PurchaseOrderLine { Sku = sku, Quantity = quantity, UnitCostMinor = unitCost }],
                ExpectedAtUnixMs = TradeWords.UnixMs(expected),
            },
            PurchasingRules.StreamOf(number),
            "createdAtUnixMs"));

    [Then("a purchase order numbered with {int} characters from {string} for {string} is recorded for {long} unit(s) of {string} at {long}")]
    public void ThenAnOrderWithNumberLengthIsRecorded(int length, string supplier, string warehouse, long quantity, string sku, long unitCost)
    {
        var number = TradeWords.CodeOfLength("PO-", length);
        ThenRecorded(TradeWords.RecordedNow(
            new PurchaseOrderCreated { PurchaseOrder = number, Supplier = supplier, Warehouse = warehouse, Lines = [new PurchaseOrderLine { Sku = sku, Quantity = quantity, UnitCostMinor = unitCost }] },
            PurchasingRules.StreamOf(number),
            "createdAtUnixMs"));
    }

    /// <summary>Columns sku, quantity (now ordered), previous (ordered before) and unit cost; one row per changed line, in the command's order.</summary>
    [Then("these line changes of the purchase order {string} are recorded:")]
    public void ThenTheLineChangesAreRecorded(string number, Table changes) =>
        ThenRecorded([.. changes.Rows.Select(row => ExpectedEvent.Of(
            new PurchaseOrderLineChanged
            {
                PurchaseOrder = number,
                Sku = row["sku"],
                Quantity = TradeWords.Number(row, "quantity"),
                PreviousQuantity = TradeWords.Number(row, "previous"),
                UnitCostMinor = TradeWords.Number(row, "unit cost"),
            },
            PurchasingRules.StreamOf(number)))]);

    /// <summary>
    /// The receipt's events: a LotRegistered for each row whose "new lot" cell says yes (with its expires cell),
    /// then ItemsReceived with the rows as lines: sku, quantity, unit cost, average cost, and lot and serials when given.
    /// </summary>
    [Then("receipt {string} of the purchase order {string} is recorded into {string} of {string}:")]
    public void ThenTheReceiptIsRecorded(string receiptId, string number, string location, string warehouse, Table lines)
    {
        var stream = PurchasingRules.StreamOf(number);
        var events = new List<ExpectedEvent>();
        foreach (var row in lines.Rows.Where(row => TradeWords.Cell(row, "new lot") is "yes"))
        {
            events.Add(ExpectedEvent.Of(new LotRegistered { Sku = row["sku"], Lot = row["lot"], ExpiresAtUnixMs = ExpiresAt(row) }, stream));
        }

        events.Add(TradeWords.RecordedNow(
            new ItemsReceived
            {
                PurchaseOrder = number,
                ReceiptId = receiptId,
                Warehouse = warehouse,
                Location = location,
                Lines = [.. lines.Rows.Select(row => new ReceivedLine
                {
                    Sku = row["sku"],
                    Quantity = TradeWords.Number(row, "quantity"),
                    Lot = TradeWords.Cell(row, "lot"),
                    Serials = TradeWords.List(row, "serials"),
                    UnitCostMinor = TradeWords.Number(row, "unit cost"),
                    AverageCostMinor = TradeWords.Number(row, "average cost"),
                })],
            },
            stream,
            "receivedAtUnixMs"));
        ThenRecorded(events);
    }

    [Then("the purchase order {string} is recorded as closed with nothing left to receive")]
    public void ThenClosedWithNothingLeft(string number) =>
        ThenRecorded(TradeWords.RecordedNow(new PurchaseOrderClosed { PurchaseOrder = number }, PurchasingRules.StreamOf(number), "closedAtUnixMs"));

    /// <summary>Columns sku, quantity (units no longer expected) and unit cost.</summary>
    [Then("the purchase order {string} is recorded as closed, no longer expecting:")]
    public void ThenClosedNoLongerExpecting(string number, Table unreceived) =>
        ThenRecorded(TradeWords.RecordedNow(new PurchaseOrderClosed { PurchaseOrder = number, Unreceived = OrderLines(unreceived) }, PurchasingRules.StreamOf(number), "closedAtUnixMs"));

    [Then("the purchase order {string} is recorded as cancelled")]
    public void ThenCancelled(string number) =>
        ThenRecorded(TradeWords.RecordedNow(new PurchaseOrderCancelled { PurchaseOrder = number }, PurchasingRules.StreamOf(number), "cancelledAtUnixMs"));

    [Then("{string} has {long} unit(s) incoming to {string}")]
    public void ThenIncoming(string sku, long units, string warehouse) =>
        host.ThenView($"'{sku}' to have {units} units incoming to '{warehouse}'", transaction =>
            PurchaseOrdersView.IncomingOf(transaction, sku, warehouse) is var incoming && incoming == units ? null : $"it has {incoming}");

    [Then("the average cost of {string} is {long}")]
    public void ThenTheAverageCost(string sku, long averageMinor) =>
        host.ThenView($"the average cost of '{sku}' to be {averageMinor}", transaction =>
            PurchaseOrdersView.AverageCostOf(transaction, sku) switch
            {
                { } cost when cost == averageMinor => null,
                { } cost => $"it is {cost}",
                null => "it has no average cost yet",
            });

    [Then("^the purchase order \"([^\"]*)\" is listed as (open|closed|cancelled)$")]
    public void ThenThePurchaseOrderIsListedAs(string number, string status) =>
        host.ThenView($"the purchase order '{number}' to be listed as {status}", transaction =>
            PurchaseOrdersView.Find(transaction, number) switch
            {
                null => "it is not listed",
                { Status: var listed } when listed.ToString().Equals(status, StringComparison.OrdinalIgnoreCase) => null,
                { Status: var listed } => $"it is listed as {listed.ToString().ToLowerInvariant()}",
            });

    [Then("the purchase order {string} lists {long} unit(s) of {string} ordered and {long} received")]
    public void ThenThePurchaseOrderListsTheLine(string number, long ordered, string sku, long received) =>
        host.ThenView($"the purchase order '{number}' to list {ordered} units of '{sku}' ordered and {received} received", transaction =>
        {
            var line = PurchaseOrdersView.Find(transaction, number)?.Lines.FirstOrDefault(row => row.Sku.Equals(sku, StringComparison.OrdinalIgnoreCase));
            return line is null ? $"it has no line for '{sku}'"
                : line.Ordered == ordered && line.Received == received ? null
                : $"it lists {line.Ordered} ordered and {line.Received} received";
        });

    [Then("the order is refused because the purchase order {string} already exists")]
    public void ThenRefusedAsExisting(string existing)
    {
        var error = host.ThenRefused<PurchaseOrderAlreadyExists>();
        host.Expect($"the existing purchase order to be '{existing}'", error.ExistingPurchaseOrder == existing ? null : $"the refusal named '{error.ExistingPurchaseOrder}'");
    }

    [Then("the order is refused because a purchase order number is 1 to {int} characters, not {int}")]
    public void ThenRefusedAsBadNumber(int maxLength, int length)
    {
        var error = host.ThenRefused<InvalidPurchaseOrderNumber>();
        host.Expect($"a number of {length} characters to be refused (at most {maxLength})",
            error.MaxLength == maxLength && error.PurchaseOrder.Length == length ? null : $"the refusal was about '{error.PurchaseOrder}', at most {error.MaxLength}");
    }

    [Then("the command is refused because there is no purchase order {string}")]
    public void ThenRefusedAsUnknownOrder(string number)
    {
        var error = host.ThenRefused<UnknownPurchaseOrder>();
        host.Expect($"the unknown purchase order to be '{number}'", error.PurchaseOrder == number ? null : $"the refusal named '{error.PurchaseOrder}'");
    }

    [Then("the command is refused because the supplier {string} is no longer active")]
    public void ThenRefusedAsInactiveSupplier(string supplier)
    {
        var error = host.ThenRefused<InactiveReference>();
        host.Expect($"the inactive supplier to be '{supplier}'",
            error.Kind == ReferenceKind.Supplier && error.Name == supplier ? null : $"the refusal named the {ReferenceKinds.Word(error.Kind)} '{error.Name}'");
    }

    [Then("the command is refused because the purchase order {string} would have {int} lines, not 1 to {int}")]
    public void ThenRefusedAsLineCount(string number, int count, int maxLines)
    {
        var error = host.ThenRefused<PurchaseOrderLineCountInvalid>();
        host.Expect($"'{number}' to be refused with {count} lines (1 to {maxLines})",
            error.PurchaseOrder == number && error.Count == count && error.MaxLines == maxLines ? null : $"the refusal was about '{error.PurchaseOrder}' with {error.Count} lines, 1 to {error.MaxLines}");
    }

    [Then("the command is refused because {string} is on more than one line of the purchase order {string}")]
    public void ThenRefusedAsDuplicateLine(string sku, string number)
    {
        var error = host.ThenRefused<DuplicatePurchaseOrderLine>();
        host.Expect($"'{sku}' to be named twice on '{number}'", error.Sku == sku && error.PurchaseOrder == number ? null : $"the refusal named '{error.Sku}' on '{error.PurchaseOrder}'");
    }

    [Then("the command is refused because a unit cost of {long} for {string} is not between 0 and {long}")]
    public void ThenRefusedAsBadCost(long cost, string sku, long maximum)
    {
        var error = host.ThenRefused<InvalidUnitCost>();
        host.Expect($"a unit cost of {cost} for '{sku}' to be refused (0 to {maximum})",
            error.UnitCostMinor == cost && error.Sku == sku && error.MaxUnitCostMinor == maximum ? null : $"the refusal was about {error.UnitCostMinor} for '{error.Sku}', at most {error.MaxUnitCostMinor}");
    }

    [Then("the command is refused because {long} unit(s) of {string} was/were already received on the purchase order {string}, more than {long}")]
    public void ThenRefusedAsBelowReceived(long received, string sku, string number, long requested)
    {
        var error = host.ThenRefused<QuantityBelowReceived>();
        host.Expect($"'{sku}' on '{number}' not to be ordered at {requested} below the {received} received",
            error.Received == received && error.Sku == sku && error.PurchaseOrder == number && error.Requested == requested ? null : $"the refusal said {error.Received} of '{error.Sku}' were received on '{error.PurchaseOrder}', requested {error.Requested}");
    }

    [Then("^the command is refused because the purchase order \"([^\"]*)\" is (closed|cancelled)$")]
    public void ThenRefusedAsNotOpen(string number, string status)
    {
        var error = host.ThenRefused<PurchaseOrderNotOpen>();
        host.Expect($"'{number}' to be refused as {status}",
            error.PurchaseOrder == number && error.Status.ToString().Equals(status, StringComparison.OrdinalIgnoreCase) ? null : $"the refusal said '{error.PurchaseOrder}' is {error.Status.ToString().ToLowerInvariant()}");
    }

    [Then("the receipt is refused because only {long} more unit(s) of {string} may be received on the purchase order {string}")]
    public void ThenRefusedAsOverReceipt(long room, string sku, string number)
    {
        var error = host.ThenRefused<OverReceipt>();
        var left = error.Allowed - error.AlreadyReceived;
        host.Expect($"only {room} more units of '{sku}' to be receivable on '{number}'",
            left == room && error.Sku == sku && error.PurchaseOrder == number ? null : $"the refusal allowed {left} more units of '{error.Sku}' on '{error.PurchaseOrder}' ({error.Ordered} ordered, {error.AlreadyReceived} received, {error.Allowed} allowed)");
    }

    [Then("the receipt is refused because {string} is not on the purchase order {string}")]
    public void ThenRefusedAsNotOnOrder(string sku, string number)
    {
        var error = host.ThenRefused<NotOnPurchaseOrder>();
        host.Expect($"'{sku}' not to be on '{number}'", error.Sku == sku && error.PurchaseOrder == number ? null : $"the refusal named '{error.Sku}' on '{error.PurchaseOrder}'");
    }

    [Then("the receipt is refused because the purchase order {string} is delivered to {string}, not {string}")]
    public void ThenRefusedAsOtherWarehouse(string number, string warehouse, string requested)
    {
        var error = host.ThenRefused<ReceiptInOtherWarehouse>();
        host.Expect($"'{number}' to be delivered to '{warehouse}', not '{requested}'",
            error.PurchaseOrder == number && error.Warehouse == warehouse && error.RequestedWarehouse == requested ? null : $"the refusal said '{error.PurchaseOrder}' goes to '{error.Warehouse}', not '{error.RequestedWarehouse}'");
    }

    [Then("the receipt is refused because {string} is on more than one line of it")]
    public void ThenRefusedAsDuplicateReceiptLine(string sku)
    {
        var error = host.ThenRefused<DuplicateReceiptLine>();
        host.Expect($"'{sku}' to be named twice on the receipt", error.Sku == sku ? null : $"the refusal named '{error.Sku}'");
    }

    [Then("the receipt is refused because a receipt id is 1 to {int} characters, not {int}")]
    public void ThenRefusedAsBadReceiptId(int maxLength, int length)
    {
        var error = host.ThenRefused<InvalidReceiptId>();
        host.Expect($"a receipt id of {length} characters to be refused (at most {maxLength})",
            error.MaxLength == maxLength && error.ReceiptId.Length == length ? null : $"the refusal was about '{error.ReceiptId}', at most {error.MaxLength}");
    }

    [Then("the receipt is refused because {string} is tracked by lot and a line names none")]
    public void ThenRefusedAsLotRequired(string sku)
    {
        var error = host.ThenRefused<LotRequired>();
        host.Expect($"'{sku}' to need a lot", error.Sku == sku ? null : $"the refusal named '{error.Sku}'");
    }

    [Then("the receipt is refused because lot {string} of {string} is registered to expire on {word}, not {word}")]
    public void ThenRefusedAsLotExpiryDiffers(string lot, string sku, string registered, string requested)
    {
        var error = host.ThenRefused<LotAlreadyRegistered>();
        host.Expect($"lot '{lot}' of '{sku}' to expire on {registered}, not {requested}",
            error.Lot == lot && error.Sku == sku && error.ExpiresAtUnixMs == TradeWords.UnixMs(registered) && error.RequestedExpiresAtUnixMs == TradeWords.UnixMs(requested)
                ? null : $"the refusal named lot '{error.Lot}' of '{error.Sku}' expiring at {error.ExpiresAtUnixMs}, requested {error.RequestedExpiresAtUnixMs}");
    }

    [Then("the receipt is refused because the serial {string} of {string} is already in stock")]
    public void ThenRefusedAsSerialInStock(string serial, string sku)
    {
        var error = host.ThenRefused<SerialAlreadyInStock>();
        host.Expect($"the serial '{serial}' of '{sku}' to be in stock already", error.Serial == serial && error.Sku == sku ? null : $"the refusal named the serial '{error.Serial}' of '{error.Sku}'");
    }

    [Then("the cancellation is refused because {long} unit(s) was/were already received on the purchase order {string}")]
    public void ThenRefusedAsHasReceipts(long units, string number)
    {
        var error = host.ThenRefused<PurchaseOrderHasReceipts>();
        host.Expect($"'{number}' to be refused with {units} units received",
            error.UnitsReceived == units && error.PurchaseOrder == number ? null : $"the refusal said {error.UnitsReceived} units were received on '{error.PurchaseOrder}'");
    }

    private void ThenRecorded(ExpectedEvent expected) => ThenRecorded([expected]);

    private void ThenRecorded(IReadOnlyList<ExpectedEvent> expected)
    {
        host.ThenAccepted();
        host.ThenNewEvents(expected);
    }

    private static List<PurchaseOrderLine> OrderLines(Table lines) =>
        [.. lines.Rows.Select(row => new PurchaseOrderLine { Sku = row["sku"], Quantity = TradeWords.Number(row, "quantity"), UnitCostMinor = TradeWords.Number(row, "unit cost") })];

    private static List<ReceiptLine> ReceiptLines(Table lines) =>
        [.. lines.Rows.Select(row => new ReceiptLine
        {
            Sku = row["sku"],
            Quantity = TradeWords.Number(row, "quantity"),
            Lot = TradeWords.Cell(row, "lot"),
            ExpiresAtUnixMs = ExpiresAt(row),
            Serials = TradeWords.List(row, "serials"),
        })];

    private static long? ExpiresAt(DataTableRow row) => TradeWords.Cell(row, "expires") is { } instant ? TradeWords.UnixMs(instant) : null;

    private static List<PurchaseOrderLine> Unreceived(GivenOrder order) =>
        [.. order.Lines.Values.Where(line => line.Outstanding > 0).Select(line => new PurchaseOrderLine { Sku = line.Sku, Quantity = line.Outstanding, UnitCostMinor = line.UnitCostMinor })];
}
