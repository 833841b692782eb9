using System.Globalization;
using Reqnroll;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Transfers;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Transfers;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Transfers;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Views;

namespace Specs.Steps;

/// <summary>
/// Area 10, transfers between warehouses: the merchant plans a transfer, ships it once (the units are in transit,
/// on hand nowhere) and receives it in as many parts as needed; the last unit received closes it. Every event of a
/// transfer is on its stream. Transfers are named by the scenario ("transfer T-1"), as picklists are.
/// </summary>
[Binding]
public sealed class TransferSteps(ScenarioHost host, FulfilmentContext context)
{
    [Given("the products {string} to {string} exist")]
    public void GivenNumberedProductsExist(string first, string last)
    {
        foreach (var sku in NumberedSkus(first, last))
        {
            host.Given(CatalogRules.StreamOf(sku), new ProductCreated { ProductId = host.Identity.DeriveId($"product {sku.ToLowerInvariant()}", 0), Sku = sku, Name = $"Product {sku}", Tracking = TrackingMode.None });
        }
    }

    [Given("a transfer {string} from {string} to {string} plans {long} unit(s) of {string}")]
    public void GivenATransferPlans(string transfer, string from, string to, long units, string sku) =>
        GivenATransfer(transfer, from, to, [new TransferLine { Sku = sku, Quantity = units }]);

    /// <summary>Columns sku and quantity.</summary>
    [Given("a transfer {string} from {string} to {string} plans:")]
    public void GivenATransferPlansLines(string transfer, string from, string to, Table lines) => GivenATransfer(transfer, from, to, LinesOf(lines));

    [Given("the transfer {string} shipped {long} unit(s) of {string} from {string}")]
    public void GivenTheTransferShipped(string transfer, long units, string sku, string location) =>
        GivenShipped(transfer, new TransferItem { Sku = sku, Location = location, Quantity = units });

    /// <summary>Columns sku, location, quantity, and lot and serials (comma-separated) when the product is tracked: the one shipment.</summary>
    [Given("the transfer {string} shipped:")]
    public void GivenTheTransferShippedItems(string transfer, Table items)
    {
        var (from, to) = context.WarehousesOfTransfer(transfer);
        host.Given(TransferRules.StreamOf(context.TransferId(transfer)), new TransferShipped { TransferId = context.TransferId(transfer), FromWarehouse = from, ToWarehouse = to, Items = ItemsOf(items) });
    }

    [Given("the transfer {string} received {long} unit(s) of {string} into {string}")]
    public void GivenTheTransferReceived(string transfer, long units, string sku, string location) =>
        host.Given(TransferRules.StreamOf(context.TransferId(transfer)), new TransferReceived
        {
            TransferId = context.TransferId(transfer),
            ToWarehouse = context.WarehousesOfTransfer(transfer).To,
            Items = [new TransferItem { Sku = sku, Location = location, Quantity = units }],
        });

    [Given("the transfer {string} received the serial(s) {string} of {string} into {string}")]
    public void GivenTheTransferReceivedSerials(string transfer, string serials, string sku, string location)
    {
        var list = FulfilmentContext.Serials(serials);
        host.Given(TransferRules.StreamOf(context.TransferId(transfer)), new TransferReceived
        {
            TransferId = context.TransferId(transfer),
            ToWarehouse = context.WarehousesOfTransfer(transfer).To,
            Items = [new TransferItem { Sku = sku, Location = location, Quantity = list.Count, Serials = list }],
        });
    }

    [Given("the transfer {string} was closed")]
    public void GivenTheTransferWasClosed(string transfer) =>
        host.Given(TransferRules.StreamOf(context.TransferId(transfer)), new TransferClosed { TransferId = context.TransferId(transfer) });

    // The system names a new transfer itself (the id port); the page calls it what the scenario does.
    private void Plan(CreateTransfer command)
    {
        host.When(command);
        host.NameNew<TransferCreated>(created => created.TransferId, "the new transfer");
    }

    /// <summary>Columns sku and quantity.</summary>
    [When("the merchant plans a transfer from {string} to {string}:")]
    public void WhenTheMerchantPlansATransfer(string from, string to, Table lines) => Plan(new CreateTransfer { FromWarehouse = from, ToWarehouse = to, Lines = LinesOf(lines) });

    [When("the merchant plans a transfer from {string} to {string} with no lines")]
    public void WhenTheMerchantPlansAnEmptyTransfer(string from, string to) => Plan(new CreateTransfer { FromWarehouse = from, ToWarehouse = to, Lines = [] });

    [When("the merchant plans a transfer from {string} to {string} of {long} unit(s) of each of {string} to {string}")]
    public void WhenTheMerchantPlansATransferOfNumberedProducts(string from, string to, long units, string first, string last) =>
        Plan(new CreateTransfer { FromWarehouse = from, ToWarehouse = to, Lines = NumberedLines(units, first, last) });

    [When("the transfer {string} ships {long} unit(s) of {string} from {string}")]
    public void WhenTheTransferShips(string transfer, long units, string sku, string location) =>
        host.When(new ShipTransfer { TransferId = context.TransferId(transfer), Items = [new TransferItem { Sku = sku, Location = location, Quantity = units }] });

    /// <summary>Columns sku, location, quantity, and lot and serials (comma-separated) when the product is tracked.</summary>
    [When("the transfer {string} ships:")]
    public void WhenTheTransferShipsItems(string transfer, Table items) => host.When(new ShipTransfer { TransferId = context.TransferId(transfer), Items = ItemsOf(items) });

    [When("the transfer {string} receives {long} unit(s) of {string} into {string}")]
    public void WhenTheTransferReceives(string transfer, long units, string sku, string location) =>
        host.When(new ReceiveTransfer { TransferId = context.TransferId(transfer), Items = [new TransferItem { Sku = sku, Location = location, Quantity = units }] });

    /// <summary>Columns sku, location, quantity, and lot and serials (comma-separated) when the product is tracked.</summary>
    [When("the transfer {string} receives:")]
    public void WhenTheTransferReceivesItems(string transfer, Table items) => host.When(new ReceiveTransfer { TransferId = context.TransferId(transfer), Items = ItemsOf(items) });

    /// <summary>Columns sku and quantity: the plan of the one new transfer, whose id the server chose.</summary>
    [Then("a transfer from {string} to {string} is recorded planning:")]
    public void ThenATransferIsRecorded(string from, string to, Table lines) => ThenTransferCreated(from, to, LinesOf(lines));

    [Then("a transfer from {string} to {string} of {long} unit(s) of each of {string} to {string} is recorded")]
    public void ThenATransferOfNumberedProductsIsRecorded(string from, string to, long units, string first, string last) =>
        ThenTransferCreated(from, to, NumberedLines(units, first, last));

    /// <summary>Columns sku, location, quantity, lot and serials.</summary>
    [Then("the transfer {string} is recorded as shipped:")]
    public void ThenTheShipmentIsRecorded(string transfer, Table items)
    {
        var (from, to) = context.WarehousesOfTransfer(transfer);
        var id = context.TransferId(transfer);
        ThenTransferEvents(transfer, new TransferShipped { TransferId = id, FromWarehouse = from, ToWarehouse = to, Items = ItemsOf(items) });
    }

    /// <summary>Columns sku, location, quantity, lot and serials: a receipt that leaves units in transit.</summary>
    [Then("the transfer {string} is recorded as received:")]
    public void ThenTheReceiptIsRecorded(string transfer, Table items) => ThenTransferEvents(transfer, Received(transfer, items));

    /// <summary>Columns sku, location, quantity, lot and serials: the receipt of the last units, which closes the transfer.</summary>
    [Then("the transfer {string} is recorded as received and closed:")]
    public void ThenTheReceiptAndCloseAreRecorded(string transfer, Table items) =>
        ThenTransferEvents(transfer, Received(transfer, items), new TransferClosed { TransferId = context.TransferId(transfer) });

    [Then("^the transfer \"([^\"]*)\" is listed as (planned|shipped|closed)$")]
    public void ThenTheTransferIsListedAs(string transfer, string status) =>
        host.ThenView($"transfer '{transfer}' to be listed as {status}", transaction =>
            TransfersView.Find(transaction, context.TransferId(transfer)) is not { } row ? "it is not listed"
            : string.Equals(row.Status.ToString(), status, StringComparison.OrdinalIgnoreCase) ? null
            : $"it is listed as {row.Status.ToString().ToLowerInvariant()}");

    [Then("the transfer {string} lists {long} unit(s) of {string} planned, {long} shipped and {long} received")]
    public void ThenTheTransferLists(string transfer, long planned, string sku, long shipped, long received) =>
        host.ThenView($"transfer '{transfer}' to list {planned} planned, {shipped} shipped and {received} received of '{sku}'", transaction =>
        {
            var line = TransfersView.Find(transaction, context.TransferId(transfer))?.Lines.FirstOrDefault(row => string.Equals(row.Sku, sku, StringComparison.OrdinalIgnoreCase));
            return line is null ? "the transfers view has no such line"
                : line.Planned == planned && line.Shipped == shipped && line.Received == received ? null
                : $"it lists {line.Planned} planned, {line.Shipped} shipped and {line.Received} received";
        });

    [Then("the command is refused because there is no transfer {string}")]
    public void ThenRefusedAsUnknownTransfer(string transfer)
    {
        var error = host.ThenRefused<UnknownTransfer>();
        host.Expect($"the unknown transfer to be '{transfer}'", error.TransferId == context.TransferId(transfer) ? null : $"the refusal named transfer {error.TransferId}");
    }

    [Then("the command is refused because a transfer can't stay within {string}")]
    public void ThenRefusedAsSameWarehouse(string warehouse)
    {
        var error = host.ThenRefused<SameWarehouseTransfer>();
        host.Expect($"a transfer within '{warehouse}' to be refused", error.Warehouse == warehouse ? null : $"the refusal named '{error.Warehouse}'");
    }

    [Then("the command is refused because {string} is planned twice")]
    public void ThenRefusedAsDuplicateLine(string sku)
    {
        var error = host.ThenRefused<DuplicateTransferLine>();
        host.Expect($"'{sku}' to be refused as planned twice", error.Sku == sku ? null : $"the refusal named '{error.Sku}'");
    }

    [Then("the command is refused because a transfer's plan, shipment or receipt needs 1 to {int} lines, not {int}")]
    public void ThenRefusedAsLineCount(int maximum, int count)
    {
        var error = host.ThenRefused<TransferLineCountInvalid>();
        host.Expect($"{count} lines to be refused outside 1 to {maximum}", error.Count == count && error.Maximum == maximum ? null : $"the refusal was about {error.Count} lines, at most {error.Maximum}");
    }

    [Then("the shipment is refused because transfer {string} plans {long} unit(s) of {string}, not {long}")]
    public void ThenRefusedAsBeyondPlan(string transfer, long planned, string sku, long shipping)
    {
        var error = host.ThenRefused<TransferExceedsPlan>();
        host.Expect($"transfer '{transfer}' to plan {planned} units of '{sku}', not {shipping}",
            error.TransferId == context.TransferId(transfer) && error.Sku == sku && error.Planned == planned && error.Shipping == shipping
                ? null : $"the refusal said {error.Planned} planned of '{error.Sku}', {error.Shipping} shipping");
    }

    [Then("the command is refused because the transfer {string} has already shipped")]
    public void ThenRefusedAsAlreadyShipped(string transfer)
    {
        var error = host.ThenRefused<TransferAlreadyShipped>();
        host.Expect($"transfer '{transfer}' to have shipped already", error.TransferId == context.TransferId(transfer) ? null : $"the refusal named transfer {error.TransferId}");
    }

    [Then("the receipt is refused because the transfer {string} has not shipped yet")]
    public void ThenRefusedAsNotShipped(string transfer)
    {
        var error = host.ThenRefused<TransferNotShipped>();
        host.Expect($"transfer '{transfer}' not to have shipped", error.TransferId == context.TransferId(transfer) ? null : $"the refusal named transfer {error.TransferId}");
    }

    [Then("the receipt is refused because the transfer {string} is closed")]
    public void ThenRefusedAsClosed(string transfer)
    {
        var error = host.ThenRefused<TransferAlreadyClosed>();
        host.Expect($"transfer '{transfer}' to be closed", error.TransferId == context.TransferId(transfer) ? null : $"the refusal named transfer {error.TransferId}");
    }

    [Then("the receipt is refused because only {long} unit(s) of {string} is/are in transit on transfer {string}")]
    public void ThenRefusedAsBeyondShipped(long outstanding, string sku, string transfer) => ThenBeyondShipped(outstanding, sku, null, transfer);

    [Then("the receipt is refused because only {long} unit(s) of {string} in lot {string} is/are in transit on transfer {string}")]
    public void ThenRefusedAsBeyondShippedOfLot(long outstanding, string sku, string lot, string transfer) => ThenBeyondShipped(outstanding, sku, lot, transfer);

    [Then("the receipt is refused because the serial {string} of {string} is not in transit on transfer {string}")]
    public void ThenRefusedAsSerialNotInTransit(string serial, string sku, string transfer)
    {
        var error = host.ThenRefused<SerialNotInTransit>();
        host.Expect($"serial '{serial}' of '{sku}' not to be in transit on transfer '{transfer}'",
            error.Serial == serial && error.Sku == sku && error.TransferId == context.TransferId(transfer) ? null : $"the refusal named serial '{error.Serial}' of '{error.Sku}'");
    }

    private void ThenBeyondShipped(long outstanding, string sku, string? lot, string transfer)
    {
        var error = host.ThenRefused<ReceiptExceedsShipped>();
        host.Expect($"{outstanding} units of '{sku}'{(lot is null ? "" : $" in lot '{lot}'")} to be in transit on transfer '{transfer}'",
            error.TransferId == context.TransferId(transfer) && error.Sku == sku && error.Lot == lot && error.Outstanding == outstanding
                ? null : $"the refusal said {error.Outstanding} of '{error.Sku}' lot '{error.Lot}'");
    }

    private void GivenATransfer(string transfer, string from, string to, IReadOnlyList<TransferLine> lines)
    {
        context.TransferCreated(transfer, from, to);
        host.Given(TransferRules.StreamOf(context.TransferId(transfer)), new TransferCreated { TransferId = context.TransferId(transfer), FromWarehouse = from, ToWarehouse = to, Lines = lines });
    }

    private void GivenShipped(string transfer, TransferItem item)
    {
        var (from, to) = context.WarehousesOfTransfer(transfer);
        host.Given(TransferRules.StreamOf(context.TransferId(transfer)), new TransferShipped { TransferId = context.TransferId(transfer), FromWarehouse = from, ToWarehouse = to, Items = [item] });
    }

    private TransferReceived Received(string transfer, Table items) =>
        new() { TransferId = context.TransferId(transfer), ToWarehouse = context.WarehousesOfTransfer(transfer).To, Items = ItemsOf(items) };

    private void ThenTransferEvents(string transfer, params IEventContract[] expected)
    {
        host.ThenAccepted();
        var stream = TransferRules.StreamOf(context.TransferId(transfer));
        host.ThenNewEvents(expected.Select(payload => ExpectedEvent.Of(payload, stream)).ToList());
    }

    private void ThenTransferCreated(string from, string to, IReadOnlyList<TransferLine> lines)
    {
        host.ThenAccepted();
        var expected = ExpectedEvent.Of(new TransferCreated { TransferId = Guid.Empty, FromWarehouse = from, ToWarehouse = to, Lines = lines });
        host.ThenNewEvents([expected with { Fields = new Dictionary<string, string?>(expected.Fields) { ["transferId"] = Placeholders.Id } }]);
    }

    private static List<TransferLine> LinesOf(Table lines) =>
        lines.Rows.Select(row => new TransferLine { Sku = row["sku"], Quantity = TradeWords.Whole(row["quantity"], "quantity") }).ToList();

    private static List<TransferItem> ItemsOf(Table items) =>
        items.Rows.Select(row => new TransferItem
        {
            Sku = row["sku"],
            Location = row["location"],
            Quantity = TradeWords.Whole(row["quantity"], "quantity"),
            Lot = row.TryGetValue("lot", out var lot) && lot.Length > 0 ? lot : null,
            Serials = FulfilmentContext.Serials(row.TryGetValue("serials", out var serials) ? serials : null),
        }).ToList();

    private static List<TransferLine> NumberedLines(long units, string first, string last) =>
        NumberedSkus(first, last).Select(sku => new TransferLine { Sku = sku, Quantity = units }).ToList();

    /// <summary>"P-001" to "P-500": the same prefix, numbers padded to the first one's width.</summary>
    private static IEnumerable<string> NumberedSkus(string first, string last)
    {
        var digits = first.Length - first.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').Length;
        var prefix = first[..^digits];
        var from = int.Parse(first[^digits..], CultureInfo.InvariantCulture);
        var to = int.Parse(last[prefix.Length..], CultureInfo.InvariantCulture);
        return Enumerable.Range(from, to - from + 1).Select(number => prefix + number.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0'));
    }
}
