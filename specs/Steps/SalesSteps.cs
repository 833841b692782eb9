using Reqnroll;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Sales;
using Specs.Inventory.Contracts.Events.Sales;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.ReferenceData;
using Specs.Inventory.Domain.Sales;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Views;
using Specs.Inventory.Views.Stock;

namespace Specs.Steps;

/// <summary>
/// Area 6, sales from every channel: a channel's sale synced, its status changed, cancelled. A sale is named
/// by its channel and the channel's own id; its events (and its allocation's) are on sale/channel/id. Sale
/// tables have the columns sku and quantity (sold); the tables of recorded sales add "reserved" (units
/// reserved in stock per SKU, kits expanded), a row with an empty quantity being a component only reserved.
/// A kit the channels sell is given with the kit vocabulary, "the kit ... is made of:". These Givens are the one
/// way every area gives a sale: picking, shipping and transfers cite it by <see cref="SaleIds.Of"/> of its channel
/// and id, so each import is also told to the <see cref="FulfilmentContext"/> that follows its picks.
/// </summary>
[Binding]
public sealed class SalesSteps(ScenarioHost host, TradeMemory memory, FulfilmentContext fulfilment)
{
    [Given("the sale {string} from {string} was imported with {long} unit(s) of {string}")]
    public void GivenASale(string externalId, string channel, long quantity, string sku) =>
        Import(channel, externalId, [(sku, quantity)], SaleStatus.Open, SalePriority.Normal, host.NowUnixMs);

    /// <summary>
    /// Columns sku and quantity: a sale of several lines, open, of normal priority, ordered now. A "reserved" column
    /// states what the import reserved per SKU, as the Then of an import reads it (a kit's assembled units and its
    /// components, R-6.3); without it every line reserves itself.
    /// </summary>
    [Given("the sale {string} from {string} was imported with:")]
    public void GivenASaleOfLines(string externalId, string channel, Table lines) =>
        Import(channel, externalId, [.. SoldLines(lines).Select(line => (line.Sku, line.Quantity))], [.. ReservedLines(lines).Select(line => (line.Sku, line.Quantity))], SaleStatus.Open, SalePriority.Normal, host.NowUnixMs);

    /// <summary>One row per sale of one line: channel, sale, sku, quantity, and priority and "ordered at" when they matter.</summary>
    [Given("these sales were imported:")]
    public void GivenTheseSales(Table sales)
    {
        foreach (var row in sales.Rows)
        {
            Import(
                row["channel"],
                row["sale"],
                [(row["sku"], TradeWords.Number(row, "quantity"))],
                SaleStatus.Open,
                TradeWords.Cell(row, "priority") is { } priority ? TradeWords.ParsePriority(priority) : SalePriority.Normal,
                TradeWords.Cell(row, "ordered at") is { } orderedAt ? TradeWords.UnixMs(orderedAt) : host.NowUnixMs);
        }
    }

    /// <summary>Sales W-1 to W-n (the names a wave picklist cites), each of one line: the SKU's units, open.</summary>
    [Given("{int} sales from {string} were each imported with {long} unit(s) of {string}")]
    public void GivenManySales(int sales, string channel, long quantity, string sku)
    {
        for (var index = 1; index <= sales; index++)
        {
            Import(channel, $"W-{index}", [(sku, quantity)], SaleStatus.Open, SalePriority.Normal, host.NowUnixMs);
        }
    }

    [Given("^the sale \"([^\"]*)\" from \"([^\"]*)\" was set to " + TradeWords.Status + "$")]
    public void GivenTheSaleStatus(string externalId, string channel, string status)
    {
        var sale = memory.Sale(channel, externalId);
        host.Given(SalesRules.StreamOf(channel, externalId), new SaleStatusChanged { Channel = sale.Channel, ExternalId = sale.ExternalId, Status = TradeWords.ParseStatus(status), PreviousStatus = SaleStatus.Open });
    }

    [Given("the sale {string} from {string} was cancelled")]
    public void GivenTheSaleWasCancelled(string externalId, string channel)
    {
        var sale = memory.Sale(channel, externalId);
        host.Given(SalesRules.StreamOf(channel, externalId), new SaleCancelled
        {
            Channel = sale.Channel,
            ExternalId = sale.ExternalId,
            // what earlier Givens picked for the sale stays Picked, to unpick; the rest leaves Pending.
            Released = [.. sale.Reserved.Select(line => new SaleLine { Sku = line.Sku, Quantity = fulfilment.StillToPick(channel, externalId, line.Sku) }).Where(line => line.Quantity > 0)],
            ToUnpick = [.. sale.Reserved.Select(line => new SaleLine { Sku = line.Sku, Quantity = line.Quantity - fulfilment.StillToPick(channel, externalId, line.Sku) }).Where(line => line.Quantity > 0)],
            CancelledAtUnixMs = host.NowUnixMs,
        });
    }

    [When("{string} syncs the sale {string} with {long} unit(s) of {string}")]
    public void WhenTheChannelSyncs(string channel, string externalId, long quantity, string sku) =>
        Sync(channel, externalId, [new SaleLine { Sku = sku, Quantity = quantity }], SaleStatus.Open);

    [When("^\"([^\"]*)\" syncs the sale \"([^\"]*)\" as " + TradeWords.Status + " with (-?\\d+) units? of \"([^\"]*)\"$")]
    public void WhenTheChannelSyncsWithStatus(string channel, string externalId, string status, long quantity, string sku) =>
        Sync(channel, externalId, [new SaleLine { Sku = sku, Quantity = quantity }], TradeWords.ParseStatus(status));

    [When("{string} syncs the sale {string}:")]
    public void WhenTheChannelSyncsLines(string channel, string externalId, Table lines) =>
        Sync(channel, externalId, SoldLines(lines), SaleStatus.Open);

    [When("^\"([^\"]*)\" syncs the " + TradeWords.Priority + " priority sale \"([^\"]*)\" ordered at " + TradeWords.Instant + " with (\\d+) units? of \"([^\"]*)\"$")]
    public void WhenTheChannelSyncsWithPriority(string channel, string priority, string externalId, string orderedAt, long quantity, string sku) =>
        host.When(new SyncSale
        {
            Channel = channel,
            ExternalId = externalId,
            Lines = [new SaleLine { Sku = sku, Quantity = quantity }],
            Priority = TradeWords.ParsePriority(priority),
            OrderedAtUnixMs = TradeWords.UnixMs(orderedAt),
        });

    [When("{string} syncs a sale with an id of {int} characters with {long} unit(s) of {string}")]
    public void WhenTheChannelSyncsWithIdLength(string channel, int length, long quantity, string sku) =>
        Sync(channel, TradeWords.CodeOfLength("S-", length), [new SaleLine { Sku = sku, Quantity = quantity }], SaleStatus.Open);

    [When("{string} syncs the sale {string} with {int} lines of one unit of the numbered products")]
    public void WhenTheChannelSyncsManyLines(string channel, string externalId, int count) =>
        Sync(channel, externalId, [.. Enumerable.Range(1, count).Select(index => new SaleLine { Sku = TradeWords.NumberedSku(index), Quantity = 1 })], SaleStatus.Open);

    [When("^the merchant sets the status of the sale \"([^\"]*)\" from \"([^\"]*)\" to " + TradeWords.Status + "$")]
    public void WhenTheMerchantSetsTheStatus(string externalId, string channel, string status) =>
        host.When(new UpdateSaleStatus { Channel = channel, ExternalId = externalId, Status = TradeWords.ParseStatus(status) });

    [When("the merchant cancels the sale {string} from {string}")]
    public void WhenTheMerchantCancelsTheSale(string externalId, string channel) =>
        host.When(new CancelSale { Channel = channel, ExternalId = externalId });

    /// <summary>
    /// The sale's import, open: sold lines are the rows with a quantity (in row order), reserved lines the rows with a
    /// "reserved" cell (in SKU order, as the event lists them); without a "reserved" column every line reserves itself.
    /// </summary>
    [Then("the sale {string} from {string} is recorded as imported:")]
    public void ThenTheSaleIsRecorded(string externalId, string channel, Table lines) => ThenImported(externalId, channel, SaleStatus.Open, lines);

    [Then("^the sale \"([^\"]*)\" from \"([^\"]*)\" is recorded as imported as " + TradeWords.Status + ":$")]
    public void ThenTheSaleIsRecordedWithStatus(string externalId, string channel, string status, Table lines) =>
        ThenImported(externalId, channel, TradeWords.ParseStatus(status), lines);

    [Then("^the " + TradeWords.Priority + " priority sale \"([^\"]*)\" from \"([^\"]*)\" ordered at " + TradeWords.Instant + " is recorded with (\\d+) units? of \"([^\"]*)\"$")]
    public void ThenTheSaleWithPriorityIsRecorded(string priority, string externalId, string channel, string orderedAt, long quantity, string sku) =>
        ThenRecorded(ExpectedEvent.Of(
            new SaleImported
            {
                Channel = channel,
                ExternalId = externalId,
                Lines = [new SaleLine { Sku = sku, Quantity = quantity }],
                PendingLines = [new SaleLine { Sku = sku, Quantity = quantity }],
                Priority = TradeWords.ParsePriority(priority),
                OrderedAtUnixMs = TradeWords.UnixMs(orderedAt),
            },
            SalesRules.StreamOf(channel, externalId)));

    [Then("a sale with an id of {int} characters from {string} is recorded with {long} unit(s) of {string}")]
    public void ThenASaleWithIdLengthIsRecorded(int length, string channel, long quantity, string sku)
    {
        var table = new Table("sku", "quantity");
        table.AddRow(sku, quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        ThenImported(TradeWords.CodeOfLength("S-", length), channel, SaleStatus.Open, table);
    }

    /// <summary>The sale's new lines, same table as an import.</summary>
    [Then("the lines of the sale {string} from {string} are recorded as changed:")]
    public void ThenTheLinesAreRecordedAsChanged(string externalId, string channel, Table lines) => ThenLinesChanged(externalId, channel, lines, []);

    /// <summary>The sale's new lines, same table as an import, then its status change.</summary>
    [Then("^the lines of the sale \"([^\"]*)\" from \"([^\"]*)\" are recorded as changed, then its status from " + TradeWords.Status + " to " + TradeWords.Status + ":$")]
    public void ThenTheLinesAndStatusAreRecordedAsChanged(string externalId, string channel, string from, string to, Table lines) =>
        ThenLinesChanged(externalId, channel, lines, [ExpectedEvent.Of(
            new SaleStatusChanged { Channel = channel, ExternalId = externalId, Status = TradeWords.ParseStatus(to), PreviousStatus = TradeWords.ParseStatus(from) },
            SalesRules.StreamOf(channel, externalId))]);

    [Then("^the sale \"([^\"]*)\" from \"([^\"]*)\" is recorded as " + TradeWords.Status + " instead of " + TradeWords.Status + "$")]
    public void ThenTheStatusChangeIsRecorded(string externalId, string channel, string status, string previous) =>
        ThenRecorded(ExpectedEvent.Of(
            new SaleStatusChanged { Channel = channel, ExternalId = externalId, Status = TradeWords.ParseStatus(status), PreviousStatus = TradeWords.ParseStatus(previous) },
            SalesRules.StreamOf(channel, externalId)));

    /// <summary>Columns sku and quantity: the units released from Pending.</summary>
    [Then("the sale {string} from {string} is recorded as cancelled, releasing:")]
    public void ThenTheCancellationIsRecorded(string externalId, string channel, Table released) =>
        ThenRecorded(TradeWords.RecordedNow(
            new SaleCancelled { Channel = channel, ExternalId = externalId, Released = SoldLines(released) },
            SalesRules.StreamOf(channel, externalId),
            "cancelledAtUnixMs"));

    /// <summary>R-6.6, columns sku, released (left Pending) and "to unpick" (picked, to go back into a location); an empty cell is none.</summary>
    [Then("the sale {string} from {string} is recorded as cancelled, leaving picked units to unpick:")]
    public void ThenTheCancellationWithUnpicksIsRecorded(string externalId, string channel, Table lines) =>
        ThenRecorded(TradeWords.RecordedNow(
            new SaleCancelled
            {
                Channel = channel,
                ExternalId = externalId,
                Released = LinesOf(lines, "released"),
                ToUnpick = LinesOf(lines, "to unpick"),
            },
            SalesRules.StreamOf(channel, externalId),
            "cancelledAtUnixMs"));

    [Then("the change is refused because {long} unit(s) of {string} was/were already picked for the sale {string} from {string}")]
    public void ThenRefusedAsPickingStarted(long picked, string sku, string externalId, string channel)
    {
        var error = host.ThenRefused<SalePickingStarted>();
        host.Expect($"the change of '{externalId}' from '{channel}' to be refused with {picked} units of '{sku}' picked",
            error.ExternalId == externalId && error.Channel == channel && error.Sku == sku && error.Picked == picked
                ? null
                : $"the refusal named {error.Picked} units of '{error.Sku}' picked for '{error.ExternalId}' from '{error.Channel}'");
    }

    [Then("{string} has {long} unit(s) pending for sales")]
    public void ThenPending(string sku, long units) => ThenFigure(sku, "pending for sales", units, row => row.Pending);

    [Then("{string} is oversold by {long} unit(s)")]
    public void ThenOversold(string sku, long units) => ThenFigure(sku, "oversold", units, row => row.Oversold);

    [Then("^the sale \"([^\"]*)\" from \"([^\"]*)\" is listed as " + TradeWords.Status + "$")]
    public void ThenTheSaleIsListedAs(string externalId, string channel, string status) =>
        host.ThenView($"the sale '{externalId}' from '{channel}' to be listed as {status}", transaction =>
            SalesView.Find(transaction, channel, externalId) switch
            {
                null => "it is not listed",
                { Status: var listed } when listed == TradeWords.ParseStatus(status) => null,
                { Status: var listed } => $"it is listed as {listed}",
            });

    [Then("the command is refused because there is no sale {string} from {string}")]
    public void ThenRefusedAsUnknownSale(string externalId, string channel)
    {
        var error = host.ThenRefused<UnknownSale>();
        host.Expect($"the unknown sale to be '{externalId}' from '{channel}'", error.ExternalId == externalId && error.Channel == channel ? null : $"the refusal named '{error.ExternalId}' from '{error.Channel}'");
    }

    [Then("the command is refused because the channel {string} is no longer active")]
    public void ThenRefusedAsInactiveChannel(string channel)
    {
        var error = host.ThenRefused<InactiveReference>();
        host.Expect($"the inactive channel to be '{channel}'",
            error.Kind == ReferenceKind.Channel && error.Name == channel ? null : $"the refusal named the {ReferenceKinds.Word(error.Kind)} '{error.Name}'");
    }

    [Then("the sale is refused because a sale id from {string} is 1 to {int} characters, not {int}")]
    public void ThenRefusedAsBadExternalId(string channel, int maxLength, int length)
    {
        var error = host.ThenRefused<InvalidExternalId>();
        host.Expect($"a sale id of {length} characters from '{channel}' to be refused (at most {maxLength})",
            error.Channel == channel && error.MaxLength == maxLength && error.ExternalId.Length == length ? null : $"the refusal was about '{error.ExternalId}' from '{error.Channel}', at most {error.MaxLength}");
    }

    [Then("the sale is refused because the sale {string} from {string} would have {int} lines, not 1 to {int}")]
    public void ThenRefusedAsLineCount(string externalId, string channel, int count, int maxLines)
    {
        var error = host.ThenRefused<SaleLineCountInvalid>();
        host.Expect($"'{externalId}' to be refused with {count} lines (1 to {maxLines})",
            error.ExternalId == externalId && error.Channel == channel && error.Count == count && error.MaxLines == maxLines ? null : $"the refusal was about '{error.ExternalId}' with {error.Count} lines, 1 to {error.MaxLines}");
    }

    [Then("the sale is refused because {string} is on more than one line of the sale {string}")]
    public void ThenRefusedAsDuplicateLine(string sku, string externalId)
    {
        var error = host.ThenRefused<DuplicateSaleLine>();
        host.Expect($"'{sku}' to be named twice on '{externalId}'", error.Sku == sku && error.ExternalId == externalId ? null : $"the refusal named '{error.Sku}' on '{error.ExternalId}'");
    }

    [Then("the sale is refused because it may reserve 1 to {long} units of {string}, not {long}")]
    public void ThenRefusedAsBadQuantity(long maximum, string sku, long quantity)
    {
        var error = host.ThenRefused<InvalidSaleQuantity>();
        host.Expect($"{quantity} units of '{sku}' to be refused (1 to {maximum})",
            error.Quantity == quantity && error.Sku == sku && error.Maximum == maximum ? null : $"the refusal was about {error.Quantity} units of '{error.Sku}', at most {error.Maximum}");
    }

    [Then("the command is refused because the sale {string} from {string} is cancelled")]
    public void ThenRefusedAsCancelled(string externalId, string channel)
    {
        var error = host.ThenRefused<SaleIsCancelled>();
        host.Expect($"the sale '{externalId}' from '{channel}' to be refused as cancelled", error.ExternalId == externalId && error.Channel == channel ? null : $"the refusal named '{error.ExternalId}' from '{error.Channel}'");
    }

    private void Import(string channel, string externalId, IReadOnlyList<(string Sku, long Quantity)> lines, SaleStatus status, SalePriority priority, long orderedAtUnixMs) =>
        Import(channel, externalId, lines, lines, status, priority, orderedAtUnixMs);

    /// <summary>A past import selling <paramref name="lines"/> and reserving <paramref name="reserved"/> (per SKU).</summary>
    private void Import(string channel, string externalId, IReadOnlyList<(string Sku, long Quantity)> lines, IReadOnlyList<(string Sku, long Quantity)> reserved, SaleStatus status, SalePriority priority, long orderedAtUnixMs)
    {
        host.Given(SalesRules.StreamOf(channel, externalId), new SaleImported
        {
            Channel = channel,
            ExternalId = externalId,
            Lines = [.. lines.Select(line => new SaleLine { Sku = line.Sku, Quantity = line.Quantity })],
            PendingLines = [.. reserved.Select(line => new SaleLine { Sku = line.Sku, Quantity = line.Quantity }).OrderBy(line => line.Sku, StringComparer.Ordinal)],
            Status = status,
            Priority = priority,
            OrderedAtUnixMs = orderedAtUnixMs,
        });
        memory.Imported(channel, externalId, reserved);
        foreach (var (sku, quantity) in reserved)
        {
            fulfilment.Reserved(channel, externalId, sku, quantity);
        }
    }

    private void ThenImported(string externalId, string channel, SaleStatus status, Table lines) =>
        ThenRecorded(TradeWords.RecordedNow(
            new SaleImported
            {
                Channel = channel,
                ExternalId = externalId,
                Lines = SoldLines(lines),
                PendingLines = ReservedLines(lines),
                Status = status,
            },
            SalesRules.StreamOf(channel, externalId),
            "orderedAtUnixMs"));

    private void ThenLinesChanged(string externalId, string channel, Table lines, IReadOnlyList<ExpectedEvent> then) =>
        ThenRecorded([
            ExpectedEvent.Of(new SaleLinesChanged { Channel = channel, ExternalId = externalId, Lines = SoldLines(lines), PendingLines = ReservedLines(lines) }, SalesRules.StreamOf(channel, externalId)),
            .. then,
        ]);

    private void Sync(string channel, string externalId, IReadOnlyList<SaleLine> lines, SaleStatus status) =>
        host.When(new SyncSale { Channel = channel, ExternalId = externalId, Lines = lines, Status = status });

    private void ThenRecorded(ExpectedEvent expected) => ThenRecorded([expected]);

    private void ThenRecorded(IReadOnlyList<ExpectedEvent> expected)
    {
        host.ThenAccepted();
        host.ThenNewEvents(expected);
    }

    private void ThenFigure(string sku, string figure, long units, Func<SkuQuantities, long> read) =>
        host.ThenView($"'{sku}' to have {units} units {figure}", transaction =>
        {
            var actual = StockView.Find(transaction, sku) is { } row ? read(row) : 0;
            return actual == units ? null : $"it has {actual}";
        });

    private static List<SaleLine> SoldLines(Table lines) =>
        [.. lines.Rows.Where(row => TradeWords.Cell(row, "quantity") is not null).Select(row => new SaleLine { Sku = row["sku"], Quantity = TradeWords.Number(row, "quantity") })];

    private static List<SaleLine> LinesOf(Table lines, string column) =>
        [.. lines.Rows.Where(row => TradeWords.Cell(row, column) is not null).Select(row => new SaleLine { Sku = row["sku"], Quantity = TradeWords.Number(row, column) }).OrderBy(line => line.Sku, StringComparer.Ordinal)];

    private static List<SaleLine> ReservedLines(Table lines) => lines.Header.Contains("reserved")
        ? [.. lines.Rows.Where(row => TradeWords.Cell(row, "reserved") is not null).Select(row => new SaleLine { Sku = row["sku"], Quantity = TradeWords.Number(row, "reserved") }).OrderBy(line => line.Sku, StringComparer.Ordinal)]
        : [.. SoldLines(lines).OrderBy(line => line.Sku, StringComparer.Ordinal)];
}
