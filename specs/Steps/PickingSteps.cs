using Reqnroll;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Picking;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.Lots;
using Specs.Inventory.Contracts.Events.Picking;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Lots;
using Specs.Inventory.Domain.Picking;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Views;
using Specs.Inventory.Views.Stock;

namespace Specs.Steps;

/// <summary>
/// Area 8, picking and waves: picklists (one sale's lines, or a wave of several sales) in one warehouse, given
/// to a picker, picked out of locations (by lot first-expiry-first-out, by serial, or express from the SKU's one
/// location), shorted and completed. Every event of a picklist is on its stream. Sales are past events of area 6,
/// given in the sales vocabulary ("the sale "S-1" from "SHOP" was imported with 3 units of ..."), which is what
/// makes a pick release Pending (R-8.9). Also the
/// stock setup and stock figures that areas 8-10 share: units in a lot or with serials, and "the stock of ... shows".
/// </summary>
[Binding]
public sealed class PickingSteps(ScenarioHost host, FulfilmentContext context)
{
    private const string ReceivedReason = "Received";
    private const string Instant = @"(\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?Z?)?)";

    [Given("^(\\d+) units? of \"([^\"]*)\" in lot \"([^\"]*)\" expiring " + Instant + " (?:is|are) on hand in \"([^\"]*)\" of \"([^\"]*)\"$")]
    public void GivenUnitsOfALotAreOnHand(long units, string sku, string lot, string expiry, string location, string warehouse) =>
        GivenLotStock(units, sku, lot, ClockSteps.ParseInstant(expiry).ToUnixTimeMilliseconds(), location, warehouse);

    [Given("{long} unit(s) of {string} in lot {string} with no expiry is/are on hand in {string} of {string}")]
    public void GivenUnitsOfALotWithNoExpiryAreOnHand(long units, string sku, string lot, string location, string warehouse) =>
        GivenLotStock(units, sku, lot, null, location, warehouse);

    [Given("lot {string} of {string} is past its expiry")]
    public void GivenTheLotExpired(string lot, string sku) =>
        host.Given(LedgerRules.StreamOf(sku), new LotExpired { Sku = sku, Lot = lot, ExpiredAtUnixMs = host.NowUnixMs });

    [Given("{long} unit(s) of {string} with serial(s) {string} is/are on hand in {string} of {string}")]
    public void GivenSerialUnitsAreOnHand(long units, string sku, string serials, string location, string warehouse) =>
        host.Given(LedgerRules.StreamOf(sku), new QuantityAdded
        {
            Sku = sku,
            Warehouse = warehouse,
            Location = location,
            Quantity = units,
            Reason = ReceivedReason,
            Serials = FulfilmentContext.Serials(serials),
        });

    [Given("a picklist {string} in {string} lists {long} unit(s) of {string} for sale {string}")]
    public void GivenAPicklistForASale(string picklist, string warehouse, long units, string sku, string sale) =>
        GivenAPicklist(picklist, warehouse, [new PicklistLine { Sku = sku, Quantity = units, SaleId = context.SaleId(sale) }]);

    [Given("a picklist {string} in {string} lists {long} unit(s) of {string} for no sale")]
    public void GivenAPicklistForNoSale(string picklist, string warehouse, long units, string sku) =>
        GivenAPicklist(picklist, warehouse, [new PicklistLine { Sku = sku, Quantity = units }]);

    /// <summary>Columns sku, quantity and sale (empty for a line that serves no sale).</summary>
    [Given("a picklist {string} in {string} lists:")]
    public void GivenAPicklistWithLines(string picklist, string warehouse, Table lines) => GivenAPicklist(picklist, warehouse, LinesOf(lines));

    [Given("the picklist {string} was given to {string}")]
    public void GivenThePicklistWasGiven(string picklist, string picker) =>
        host.Given(PickingRules.StreamOf(context.PicklistId(picklist)), new PicklistAssigned { PicklistId = context.PicklistId(picklist), Picker = picker });

    [Given("{long} unit(s) of {string} for sale {string} was/were picked on picklist {string} from {string}")]
    public void GivenUnitsWerePicked(long units, string sku, string sale, string picklist, string location) =>
        GivenPicked(picklist, sku, context.SaleId(sale), location, units, null, []);

    [Given("{long} unit(s) of {string} for no sale was/were picked on picklist {string} from {string}")]
    public void GivenUnitsWerePickedForNoSale(long units, string sku, string picklist, string location) =>
        GivenPicked(picklist, sku, null, location, units, null, []);

    [Given("{long} unit(s) of {string} in lot {string} for sale {string} was/were picked on picklist {string} from {string}")]
    public void GivenLotUnitsWerePicked(long units, string sku, string lot, string sale, string picklist, string location) =>
        GivenPicked(picklist, sku, context.SaleId(sale), location, units, lot, []);

    [Given("the serial(s) {string} of {string} for sale {string} was/were picked on picklist {string} from {string}")]
    public void GivenSerialsWerePicked(string serials, string sku, string sale, string picklist, string location)
    {
        var list = FulfilmentContext.Serials(serials);
        GivenPicked(picklist, sku, context.SaleId(sale), location, list.Count, null, list);
    }

    [Given("{long} unit(s) of {string} for sale {string} was/were shorted on picklist {string}")]
    public void GivenUnitsWereShorted(long units, string sku, string sale, string picklist) =>
        host.Given(PickingRules.StreamOf(context.PicklistId(picklist)), new PickShorted { PicklistId = context.PicklistId(picklist), Sku = sku, SaleId = context.SaleId(sale), Quantity = units });

    [Given("the picklist {string} was completed")]
    public void GivenThePicklistWasCompleted(string picklist) =>
        host.Given(PickingRules.StreamOf(context.PicklistId(picklist)), new PicklistCompleted { PicklistId = context.PicklistId(picklist) });

    // The system names a new picklist itself (the id port); the page calls it what the scenario does.
    private void Plan(CreatePicklist command)
    {
        host.When(command);
        host.NameNew<PicklistCreated>(created => created.PicklistId, "the new picklist");
    }

    /// <summary>Columns sku, quantity and sale (empty for a line that serves no sale).</summary>
    [When("the merchant plans a picklist in {string}:")]
    public void WhenTheMerchantPlansAPicklist(string warehouse, Table lines) => Plan(new CreatePicklist { Warehouse = warehouse, Lines = LinesOf(lines) });

    [When("the merchant plans a picklist in {string} with no lines")]
    public void WhenTheMerchantPlansAnEmptyPicklist(string warehouse) => Plan(new CreatePicklist { Warehouse = warehouse, Lines = [] });

    [When("the merchant plans a picklist in {string} for {int} sales of {long} unit(s) of {string} each")]
    public void WhenTheMerchantPlansAWave(string warehouse, int sales, long units, string sku) =>
        Plan(new CreatePicklist { Warehouse = warehouse, Lines = WaveLines(sales, units, sku) });

    [When("the picklist {string} is given to {string}")]
    public void WhenThePicklistIsGiven(string picklist, string picker) => host.When(new AssignPicklist { PicklistId = context.PicklistId(picklist), Picker = picker });

    [When("the picklist {string} is given to a picker with a name of {int} characters")]
    public void WhenThePicklistIsGivenToALongName(string picklist, int length) => WhenThePicklistIsGiven(picklist, NameOfLength(length));

    [When("the picker picks {long} unit(s) of {string} for sale {string} on picklist {string} from {string}")]
    public void WhenThePickerPicks(long units, string sku, string sale, string picklist, string location) =>
        host.When(new PickItem { PicklistId = context.PicklistId(picklist), Sku = sku, SaleId = context.SaleId(sale), Location = location, Quantity = units });

    [When("the picker picks {long} unit(s) of {string} for no sale on picklist {string} from {string}")]
    public void WhenThePickerPicksForNoSale(long units, string sku, string picklist, string location) =>
        host.When(new PickItem { PicklistId = context.PicklistId(picklist), Sku = sku, Location = location, Quantity = units });

    [When("the picker picks {long} unit(s) of {string} in lot {string} for sale {string} on picklist {string} from {string}")]
    public void WhenThePickerPicksALot(long units, string sku, string lot, string sale, string picklist, string location) =>
        host.When(new PickItem { PicklistId = context.PicklistId(picklist), Sku = sku, SaleId = context.SaleId(sale), Location = location, Quantity = units, Lot = lot });

    [When("the picker picks the serial(s) {string} of {string} for sale {string} on picklist {string} from {string}")]
    public void WhenThePickerPicksSerials(string serials, string sku, string sale, string picklist, string location)
    {
        var list = FulfilmentContext.Serials(serials);
        host.When(new PickItem { PicklistId = context.PicklistId(picklist), Sku = sku, SaleId = context.SaleId(sale), Location = location, Quantity = list.Count, Serials = list });
    }

    [When("the picker picks {long} unit(s) of {string} for sale {string} on picklist {string} without naming a location")]
    public void WhenThePickerPicksExpress(long units, string sku, string sale, string picklist) =>
        host.When(new PickItem { PicklistId = context.PicklistId(picklist), Sku = sku, SaleId = context.SaleId(sale), Quantity = units });

    [When("the picker shorts {long} unit(s) of {string} for sale {string} on picklist {string}")]
    public void WhenThePickerShorts(long units, string sku, string sale, string picklist) =>
        host.When(new ShortPick { PicklistId = context.PicklistId(picklist), Sku = sku, SaleId = context.SaleId(sale), Quantity = units });

    [When("the picker completes the picklist {string}")]
    public void WhenThePickerCompletes(string picklist) => host.When(new CompletePicklist { PicklistId = context.PicklistId(picklist) });

    /// <summary>Columns sku, quantity and sale (empty for no sale): the lines of the one new picklist, whose id the server chose.</summary>
    [Then("a picklist in {string} is recorded with these lines:")]
    public void ThenAPicklistIsRecorded(string warehouse, Table lines) => ThenPicklistCreated(warehouse, LinesOf(lines));

    [Then("a picklist in {string} for {int} sales of {long} unit(s) of {string} each is recorded")]
    public void ThenAWaveIsRecorded(string warehouse, int sales, long units, string sku) => ThenPicklistCreated(warehouse, WaveLines(sales, units, sku));

    [Then("the picklist {string} is recorded as given to {string}")]
    public void ThenThePicklistIsRecordedAsGiven(string picklist, string picker) => ThenPicklistEvent(picklist, new PicklistAssigned { PicklistId = context.PicklistId(picklist), Picker = picker });

    [Then("the picklist {string} is recorded as given to {string} instead of {string}")]
    public void ThenThePicklistIsRecordedAsGivenInstead(string picklist, string picker, string previous) =>
        ThenPicklistEvent(picklist, new PicklistAssigned { PicklistId = context.PicklistId(picklist), Picker = picker, PreviousPicker = previous });

    [Then("the picklist {string} is recorded as given to a picker with a name of {int} characters")]
    public void ThenThePicklistIsRecordedAsGivenToALongName(string picklist, int length) => ThenThePicklistIsRecordedAsGiven(picklist, NameOfLength(length));

    [Then("{long} unit(s) of {string} for sale {string} is/are recorded as picked on picklist {string} from {string} of {string}, releasing {long} pending")]
    public void ThenThePickIsRecorded(long units, string sku, string sale, string picklist, string location, string warehouse, long released) =>
        ThenPicklistEvent(picklist, Picked(picklist, sku, context.SaleId(sale), warehouse, location, units, null, [], released));

    [Then("{long} unit(s) of {string} for no sale is/are recorded as picked on picklist {string} from {string} of {string}")]
    public void ThenThePickForNoSaleIsRecorded(long units, string sku, string picklist, string location, string warehouse) =>
        ThenPicklistEvent(picklist, Picked(picklist, sku, null, warehouse, location, units, null, [], 0));

    [Then("{long} unit(s) of {string} in lot {string} for sale {string} is/are recorded as picked on picklist {string} from {string} of {string}, releasing {long} pending")]
    public void ThenTheLotPickIsRecorded(long units, string sku, string lot, string sale, string picklist, string location, string warehouse, long released) =>
        ThenPicklistEvent(picklist, Picked(picklist, sku, context.SaleId(sale), warehouse, location, units, lot, [], released));

    [Then("the serial(s) {string} of {string} for sale {string} is/are recorded as picked on picklist {string} from {string} of {string}, releasing {long} pending")]
    public void ThenTheSerialPickIsRecorded(string serials, string sku, string sale, string picklist, string location, string warehouse, long released)
    {
        var list = FulfilmentContext.Serials(serials);
        ThenPicklistEvent(picklist, Picked(picklist, sku, context.SaleId(sale), warehouse, location, list.Count, null, list, released));
    }

    [Then("{long} unit(s) of {string} for sale {string} is/are recorded as short on picklist {string}")]
    public void ThenTheShortIsRecorded(long units, string sku, string sale, string picklist) =>
        ThenPicklistEvent(picklist, new PickShorted { PicklistId = context.PicklistId(picklist), Sku = sku, SaleId = context.SaleId(sale), Quantity = units });

    [Then("the picklist {string} is recorded as completed")]
    public void ThenThePicklistIsRecordedAsCompleted(string picklist) => ThenPicklistEvent(picklist, new PicklistCompleted { PicklistId = context.PicklistId(picklist) });

    /// <summary>Columns among picked, shorted, passed, failed, shipped and remaining (still to pick), read from the picklists view.</summary>
    [Then("the line for {string} for sale {string} on picklist {string} shows:")]
    public void ThenTheLineShows(string sku, string sale, string picklist, Table figures)
    {
        var saleId = context.SaleId(sale);
        var expected = Figures(figures);
        host.ThenView($"the line for '{sku}' for sale '{sale}' on picklist '{picklist}' to show {Describe(expected)}", transaction =>
        {
            var line = PicklistsView.Find(transaction, context.PicklistId(picklist))?.Lines
                .FirstOrDefault(row => string.Equals(row.Sku, sku, StringComparison.OrdinalIgnoreCase) && row.SaleId == saleId);
            if (line is null)
            {
                return "the picklists view has no such line";
            }

            return Compare(expected, name => name switch
            {
                "picked" => line.Picked,
                "shorted" => line.Shorted,
                "passed" => line.Passed,
                "failed" => line.Failed,
                "shipped" => line.Shipped,
                "remaining" => line.Remaining,
                _ => throw new ArgumentException($"'{name}' is not a figure of a picklist line (picked, shorted, passed, failed, shipped, remaining)."),
            });
        });
    }

    [Then("^the picklist \"([^\"]*)\" is listed as (open|completed)$")]
    public void ThenThePicklistIsListedAs(string picklist, string state) =>
        host.ThenView($"picklist '{picklist}' to be listed as {state}", transaction =>
            PicklistsView.Find(transaction, context.PicklistId(picklist)) is not { } row ? "it is not listed"
            : row.Completed == (state == "completed") ? null
            : $"it is listed as {(row.Completed ? "completed" : "open")}");

    /// <summary>Columns among on hand, available, sellable, non-sellable, pending, held, picked, in transit and oversold (SKU-wide).</summary>
    [Then("the stock of {string} shows:")]
    public void ThenTheStockShows(string sku, Table figures)
    {
        var expected = Figures(figures);
        host.ThenView($"the stock of '{sku}' to show {Describe(expected)}", transaction =>
        {
            var row = StockView.Find(transaction, sku) ?? new SkuQuantities(sku, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            return Compare(expected, name => name switch
            {
                "on hand" => row.OnHand,
                "available" => row.Available,
                "sellable" => row.Sellable,
                "non-sellable" => row.NonSellable,
                "pending" => row.Pending,
                "held" => row.Held,
                "picked" => row.Picked,
                "in transit" => row.InTransit,
                "oversold" => row.Oversold,
                _ => throw new ArgumentException($"'{name}' is not a stock figure (on hand, available, sellable, non-sellable, pending, held, picked, in transit, oversold)."),
            });
        });
    }

    /// <summary>Columns among on hand, sellable and non-sellable, for one warehouse.</summary>
    [Then("the stock of {string} in {string} shows:")]
    public void ThenTheStockInAWarehouseShows(string sku, string warehouse, Table figures)
    {
        var expected = Figures(figures);
        host.ThenView($"the stock of '{sku}' in '{warehouse}' to show {Describe(expected)}", transaction =>
        {
            var row = StockView.Warehouses(transaction, sku, limit: 1000).FirstOrDefault(place => string.Equals(place.Warehouse, warehouse, StringComparison.OrdinalIgnoreCase))
                ?? new WarehouseQuantities(sku, warehouse, 0, 0, 0);
            return Compare(expected, name => name switch
            {
                "on hand" => row.OnHand,
                "sellable" => row.Sellable,
                "non-sellable" => row.NonSellable,
                _ => throw new ArgumentException($"'{name}' is not a warehouse's stock figure (on hand, sellable, non-sellable)."),
            });
        });
    }

    [Then("the command is refused because there is no picklist {string}")]
    public void ThenRefusedAsUnknownPicklist(string picklist)
    {
        var error = host.ThenRefused<UnknownPicklist>();
        host.Expect($"the unknown picklist to be '{picklist}'", error.PicklistId == context.PicklistId(picklist) ? null : $"the refusal named picklist {error.PicklistId}");
    }

    [Then("the command is refused because a picklist needs 1 to {int} lines, not {int}")]
    public void ThenRefusedAsLineCount(int maximum, int count)
    {
        var error = host.ThenRefused<PicklistLineCountInvalid>();
        host.Expect($"{count} lines to be refused outside 1 to {maximum}", error.Count == count && error.Maximum == maximum ? null : $"the refusal was about {error.Count} lines, at most {error.Maximum}");
    }

    [Then("the command is refused because {string} is listed twice for sale {string}")]
    public void ThenRefusedAsDuplicateLine(string sku, string sale)
    {
        var error = host.ThenRefused<DuplicatePicklistLine>();
        host.Expect($"'{sku}' for sale '{sale}' to be refused as listed twice",
            error.Sku == sku && error.SaleId == context.SaleId(sale) ? null : $"the refusal named '{error.Sku}' for sale {error.SaleId}");
    }

    [Then("the command is refused because sale {string} needs only {long} more unit(s) of {string} picked")]
    public void ThenRefusedAsBeyondTheSale(string sale, long unplanned, string sku)
    {
        var error = host.ThenRefused<PicklistLineExceedsSale>();
        host.Expect($"sale '{sale}' to need only {unplanned} more units of '{sku}' picked",
            error.SaleId == context.SaleId(sale) && error.Sku == sku && error.Unplanned == unplanned ? null : $"the refusal said sale {error.ExternalId} needs {error.Unplanned} more of '{error.Sku}'");
    }

    [Then("the command is refused because there is no sale {string}")]
    public void ThenRefusedAsNoSuchSale(string sale)
    {
        var error = host.ThenRefused<PicklistSaleUnknown>();
        host.Expect($"sale '{sale}' to be unknown", error.SaleId == context.SaleId(sale) ? null : $"the refusal named sale {error.SaleId}");
    }

    [Then("the command is refused because sale {string} is cancelled")]
    public void ThenRefusedAsCancelledSale(string sale)
    {
        var error = host.ThenRefused<PicklistSaleCancelled>();
        host.Expect($"sale '{sale}' to be refused as cancelled", error.SaleId == context.SaleId(sale) ? null : $"the refusal named sale {error.ExternalId}");
    }

    [Then("the command is refused because picklist {string} has no line for {string} for sale {string}")]
    public void ThenRefusedAsNotOnPicklist(string picklist, string sku, string sale)
    {
        var error = host.ThenRefused<NotOnPicklist>();
        host.Expect($"picklist '{picklist}' to have no line for '{sku}' for sale '{sale}'",
            error.PicklistId == context.PicklistId(picklist) && error.Sku == sku && error.SaleId == context.SaleId(sale) ? null : $"the refusal named '{error.Sku}' for sale {error.SaleId}");
    }

    [Then("the command is refused because a picker's name is 1 to {int} characters")]
    public void ThenRefusedAsInvalidPicker(int maximum)
    {
        var error = host.ThenRefused<InvalidPickerName>();
        host.Expect($"the picker's name to be refused beyond {maximum} characters or blank", error.MaxLength == maximum ? null : $"the refusal's limit was {error.MaxLength}");
    }

    [Then("the command is refused because the picklist {string} is completed")]
    public void ThenRefusedAsPicklistClosed(string picklist)
    {
        var error = host.ThenRefused<PicklistClosed>();
        host.Expect($"picklist '{picklist}' to be refused as completed", error.PicklistId == context.PicklistId(picklist) ? null : $"the refusal named picklist {error.PicklistId}");
    }

    [Then("the pick is refused because the line for {string} for sale {string} needs only {long} more unit(s)")]
    public void ThenRefusedAsBeyondTheLine(string sku, string sale, long remaining)
    {
        var error = host.ThenRefused<PickExceedsLine>();
        host.Expect($"the line for '{sku}' for sale '{sale}' to need {remaining} more units",
            error.Sku == sku && error.SaleId == context.SaleId(sale) && error.Remaining == remaining ? null : $"the refusal said '{error.Sku}' needs {error.Remaining}");
    }

    [Then("the express pick is refused because {string} sits in {int} location(s) of {string}")]
    public void ThenRefusedAsExpressPick(string sku, int locations, string warehouse)
    {
        var error = host.ThenRefused<ExpressPickNeedsLocation>();
        host.Expect($"'{sku}' to sit in {locations} locations of '{warehouse}'",
            error.Sku == sku && error.Warehouse == warehouse && error.Locations == locations ? null : $"the refusal said '{error.Sku}' sits in {error.Locations} locations of '{error.Warehouse}'");
    }

    [Then("the pick is refused because lot {string} of {string} expires first, in {string} of {string}")]
    public void ThenRefusedAsNotFirstExpiry(string earlierLot, string sku, string location, string warehouse)
    {
        var error = host.ThenRefused<PickNotFirstExpiry>();
        host.Expect($"lot '{earlierLot}' of '{sku}' in '{location}' of '{warehouse}' to be named as expiring first",
            error.EarlierLot == earlierLot && error.Sku == sku && error.Location == location && error.Warehouse == warehouse
                ? null : $"the refusal named lot '{error.EarlierLot}' of '{error.Sku}' in '{error.Location}' of '{error.Warehouse}'");
    }

    [Then("the pick is refused because lot {string} of {string} has expired")]
    public void ThenRefusedAsExpiredLot(string lot, string sku)
    {
        var error = host.ThenRefused<ExpiredLotNotPickable>();
        host.Expect($"lot '{lot}' of '{sku}' to be refused as expired", error.Lot == lot && error.Sku == sku ? null : $"the refusal named lot '{error.Lot}' of '{error.Sku}'");
    }

    [Then("the short is refused because the line for {string} for sale {string} needs only {long} more unit(s)")]
    public void ThenRefusedAsShortBeyondTheLine(string sku, string sale, long remaining)
    {
        var error = host.ThenRefused<ShortExceedsLine>();
        host.Expect($"the line for '{sku}' for sale '{sale}' to need {remaining} more units",
            error.Sku == sku && error.SaleId == context.SaleId(sale) && error.Remaining == remaining ? null : $"the refusal said '{error.Sku}' needs {error.Remaining}");
    }

    [Then("the picklist can't be completed because the line for {string} for sale {string} still needs {long} unit(s)")]
    public void ThenRefusedAsNotFinished(string sku, string sale, long remaining)
    {
        var error = host.ThenRefused<PicklistNotFinished>();
        host.Expect($"the line for '{sku}' for sale '{sale}' to still need {remaining} units",
            error.Sku == sku && error.SaleId == context.SaleId(sale) && error.Remaining == remaining ? null : $"the refusal said '{error.Sku}' still needs {error.Remaining}");
    }

    [Then("the command is refused because the serial {string} of {string} is not found in {string} of {string}")]
    public void ThenRefusedAsSerialNotThere(string serial, string sku, string location, string warehouse)
    {
        var error = host.ThenRefused<SerialNotAtLocation>();
        host.Expect($"serial '{serial}' of '{sku}' not to be found in '{location}' of '{warehouse}'",
            error.Serial == serial && error.Sku == sku && error.Location == location && error.Warehouse == warehouse
                ? null : $"the refusal named serial '{error.Serial}' of '{error.Sku}' in '{error.Location}' of '{error.Warehouse}'");
    }

    [Then("the command is refused because the lot of {string} must be named")]
    public void ThenRefusedAsLotRequired(string sku)
    {
        var error = host.ThenRefused<LotRequired>();
        host.Expect($"a lot of '{sku}' to be required", error.Sku == sku ? null : $"the refusal named '{error.Sku}'");
    }

    private void GivenLotStock(long units, string sku, string lot, long? expiresAtUnixMs, string location, string warehouse)
    {
        if (context.RegisterLot(sku, lot))
        {
            host.Given(LedgerRules.StreamOf(sku), new LotRegistered { Sku = sku, Lot = lot, ExpiresAtUnixMs = expiresAtUnixMs });
        }

        host.Given(LedgerRules.StreamOf(sku), new QuantityAdded { Sku = sku, Warehouse = warehouse, Location = location, Quantity = units, Reason = ReceivedReason, Lot = lot });
    }

    private void GivenAPicklist(string picklist, string warehouse, IReadOnlyList<PicklistLine> lines)
    {
        context.PicklistCreated(picklist, warehouse);
        host.Given(PickingRules.StreamOf(context.PicklistId(picklist)), new PicklistCreated { PicklistId = context.PicklistId(picklist), Warehouse = warehouse, Lines = lines });
    }

    private void GivenPicked(string picklist, string sku, Guid? sale, string location, long units, string? lot, IReadOnlyList<string> serials)
    {
        var warehouse = context.WarehouseOfPicklist(picklist);
        var released = context.Picked(picklist, sku, sale, units);
        host.Given(PickingRules.StreamOf(context.PicklistId(picklist)), Picked(picklist, sku, sale, warehouse, location, units, lot, serials, released));
    }

    private ItemPicked Picked(string picklist, string sku, Guid? sale, string warehouse, string location, long units, string? lot, IReadOnlyList<string> serials, long released) => new()
    {
        PicklistId = context.PicklistId(picklist),
        Sku = sku,
        SaleId = sale,
        Warehouse = warehouse,
        Location = location,
        Quantity = units,
        Lot = lot,
        Serials = serials,
        PendingReleased = released,
    };

    private void ThenPicklistEvent(string picklist, IEventContract expected)
    {
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(expected, PickingRules.StreamOf(context.PicklistId(picklist)))]);
    }

    private void ThenPicklistCreated(string warehouse, IReadOnlyList<PicklistLine> lines)
    {
        host.ThenAccepted();
        var expected = ExpectedEvent.Of(new PicklistCreated { PicklistId = Guid.Empty, Warehouse = warehouse, Lines = lines });
        host.ThenNewEvents([expected with { Fields = new Dictionary<string, string?>(expected.Fields) { ["picklistId"] = Placeholders.Id } }]);
    }

    private List<PicklistLine> LinesOf(Table lines) =>
        lines.Rows.Select(row => new PicklistLine
        {
            Sku = row["sku"],
            Quantity = TradeWords.Whole(row["quantity"], "quantity"),
            SaleId = context.SaleOrNone(row.TryGetValue("sale", out var sale) ? sale : null),
        }).ToList();

    private List<PicklistLine> WaveLines(int sales, long units, string sku) =>
        Enumerable.Range(1, sales).Select(index => new PicklistLine { Sku = sku, Quantity = units, SaleId = context.SaleId($"W-{index}") }).ToList();

    private static string NameOfLength(int length) => new('p', length);

    /// <summary>A table of figures: a header of figure names over one row of numbers.</summary>
    private static List<(string Name, long Value)> Figures(Table figures)
    {
        if (figures.RowCount != 1)
        {
            throw new ArgumentException("A table of figures has a header of figure names and exactly one row of numbers.");
        }

        return figures.Header.Select(name => (name.Trim(), TradeWords.Whole(figures.Rows[0][name], name.Trim()))).ToList();
    }

    private static string Describe(List<(string Name, long Value)> expected) => string.Join(", ", expected.Select(figure => $"{figure.Value} {figure.Name}"));

    private static string? Compare(List<(string Name, long Value)> expected, Func<string, long> read)
    {
        var wrong = expected.Select(figure => (figure.Name, Expected: figure.Value, Actual: read(figure.Name))).Where(figure => figure.Expected != figure.Actual).ToList();
        return wrong.Count == 0 ? null : string.Join(", ", wrong.Select(figure => $"{figure.Actual} {figure.Name}, not {figure.Expected}"));
    }
}
