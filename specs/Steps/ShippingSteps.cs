using Reqnroll;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Shipping;
using Specs.Inventory.Contracts.Events.Shipping;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Lots;
using Specs.Inventory.Domain.Picking;
using Specs.Inventory.Domain.Shipping;
using Specs.Inventory.Domain.Stock;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Views;

namespace Specs.Steps;

/// <summary>
/// Area 9, quality check, pack and ship: the packer checks picked units (pass or fail), puts units back into a
/// location, ships a sale whose units all passed, and the merchant takes back what a customer returns. Checks and
/// put-backs are on the picklist's stream; a sale's shipment and returns on the sale's fulfilment stream. Picklists
/// and sales are named as in <see cref="PickingSteps"/>.
/// </summary>
[Binding]
public sealed class ShippingSteps(ScenarioHost host, FulfilmentContext context)
{
    private const string ReturnReason = "Customer return";
    private const string GivenTrackingNumber = "TRACK-1";

    [Given("{long} unit(s) of {string} for sale {string} passed the check on picklist {string}")]
    public void GivenUnitsPassed(long units, string sku, string sale, string picklist) =>
        host.Given(PickingRules.StreamOf(context.PicklistId(picklist)), new ItemPassedCheck { PicklistId = context.PicklistId(picklist), Sku = sku, SaleId = context.SaleId(sale), Quantity = units });

    [Given("{long} unit(s) of {string} for sale {string} failed the check on picklist {string}")]
    public void GivenUnitsFailed(long units, string sku, string sale, string picklist) =>
        host.Given(PickingRules.StreamOf(context.PicklistId(picklist)), new ItemFailedCheck { PicklistId = context.PicklistId(picklist), Sku = sku, SaleId = context.SaleId(sale), Quantity = units });

    [Given("{long} unit(s) of {string} for sale {string} was/were put back from picklist {string} into {string}")]
    public void GivenUnitsWerePutBack(long units, string sku, string sale, string picklist, string location)
    {
        var saleId = context.SaleId(sale);
        host.Given(PickingRules.StreamOf(context.PicklistId(picklist)), Unpicked(picklist, sku, saleId, context.WarehouseOfPicklist(picklist), location, units, null, [], context.Unpicked(picklist, sku, saleId, units)));
    }

    [Given("sale {string} was shipped with {long} unit(s) of {string} from picklist {string}")]
    public void GivenTheSaleWasShipped(string sale, long units, string sku, string picklist) =>
        GivenShipped(sale, new ShippedLine { PicklistId = context.PicklistId(picklist), Sku = sku, Warehouse = context.WarehouseOfPicklist(picklist), Quantity = units });

    [Given("sale {string} was shipped with the serial(s) {string} of {string} from picklist {string}")]
    public void GivenTheSaleWasShippedWithSerials(string sale, string serials, string sku, string picklist)
    {
        var list = FulfilmentContext.Serials(serials);
        GivenShipped(sale, new ShippedLine { PicklistId = context.PicklistId(picklist), Sku = sku, Warehouse = context.WarehouseOfPicklist(picklist), Quantity = list.Count, Serials = list });
    }

    [Given("{long} unit(s) of {string} of sale {string} came back into {string} of {string}")]
    public void GivenUnitsCameBack(long units, string sku, string sale, string location, string warehouse) =>
        host.Given(ShippingRules.StreamOf(context.SaleId(sale)), new ItemReturned { SaleId = context.SaleId(sale), Sku = sku, Warehouse = warehouse, Location = location, Quantity = units, Reason = ReturnReason });

    [When("the packer passes {long} unit(s) of {string} for sale {string} on picklist {string}")]
    public void WhenThePackerPasses(long units, string sku, string sale, string picklist) =>
        host.When(new ScanItem { PicklistId = context.PicklistId(picklist), Sku = sku, SaleId = context.SaleId(sale), Quantity = units, Passed = true });

    [When("the packer fails {long} unit(s) of {string} for sale {string} on picklist {string}")]
    public void WhenThePackerFails(long units, string sku, string sale, string picklist) => Fail(units, sku, sale, picklist, null);

    [When("the packer fails {long} unit(s) of {string} for sale {string} on picklist {string} noting {string}")]
    public void WhenThePackerFailsNoting(long units, string sku, string sale, string picklist, string note) => Fail(units, sku, sale, picklist, note);

    [When("the packer fails {long} unit(s) of {string} for sale {string} on picklist {string} with a note of {int} characters")]
    public void WhenThePackerFailsWithALongNote(long units, string sku, string sale, string picklist, int length) => Fail(units, sku, sale, picklist, NoteOfLength(length));

    [When("the packer puts back {long} unit(s) of {string} for sale {string} from picklist {string} into {string}")]
    public void WhenThePackerPutsBack(long units, string sku, string sale, string picklist, string location) =>
        host.When(new UnpickItem { PicklistId = context.PicklistId(picklist), Sku = sku, SaleId = context.SaleId(sale), Location = location, Quantity = units });

    [When("the packer puts back {long} unit(s) of {string} for no sale from picklist {string} into {string}")]
    public void WhenThePackerPutsBackForNoSale(long units, string sku, string picklist, string location) =>
        host.When(new UnpickItem { PicklistId = context.PicklistId(picklist), Sku = sku, Location = location, Quantity = units });

    [When("the packer puts back {long} unit(s) of {string} in lot {string} for sale {string} from picklist {string} into {string}")]
    public void WhenThePackerPutsBackALot(long units, string sku, string lot, string sale, string picklist, string location) =>
        host.When(new UnpickItem { PicklistId = context.PicklistId(picklist), Sku = sku, SaleId = context.SaleId(sale), Location = location, Quantity = units, Lot = lot });

    [When("the packer puts back the serial(s) {string} of {string} for sale {string} from picklist {string} into {string}")]
    public void WhenThePackerPutsBackSerials(string serials, string sku, string sale, string picklist, string location)
    {
        var list = FulfilmentContext.Serials(serials);
        host.When(new UnpickItem { PicklistId = context.PicklistId(picklist), Sku = sku, SaleId = context.SaleId(sale), Location = location, Quantity = list.Count, Serials = list });
    }

    [When("sale {string} is shipped with tracking number {string} by {string}")]
    public void WhenTheSaleIsShippedBy(string sale, string tracking, string carrier) => host.When(new ShipSale { SaleId = context.SaleId(sale), TrackingNumber = tracking, Carrier = carrier });

    [When("sale {string} is shipped with tracking number {string}")]
    public void WhenTheSaleIsShipped(string sale, string tracking) => host.When(new ShipSale { SaleId = context.SaleId(sale), TrackingNumber = tracking });

    [When("sale {string} is shipped with a tracking number of {int} characters")]
    public void WhenTheSaleIsShippedWithALongTrackingNumber(string sale, int length) => WhenTheSaleIsShipped(sale, TrackingOfLength(length));

    [When("sale {string} is shipped with tracking number {string} by a carrier with a name of {int} characters")]
    public void WhenTheSaleIsShippedByALongCarrier(string sale, string tracking, int length) => WhenTheSaleIsShippedBy(sale, tracking, NoteOfLength(length));

    [When("the merchant takes back {long} unit(s) of {string} of sale {string} into {string} of {string} because {string}")]
    public void WhenTheMerchantTakesBack(long units, string sku, string sale, string location, string warehouse, string reason) =>
        host.When(new ReturnToStock { SaleId = context.SaleId(sale), Sku = sku, Warehouse = warehouse, Location = location, Quantity = units, Reason = reason });

    [When("the merchant takes back the serial(s) {string} of {string} of sale {string} into {string} of {string} because {string}")]
    public void WhenTheMerchantTakesBackSerials(string serials, string sku, string sale, string location, string warehouse, string reason)
    {
        var list = FulfilmentContext.Serials(serials);
        host.When(new ReturnToStock { SaleId = context.SaleId(sale), Sku = sku, Warehouse = warehouse, Location = location, Quantity = list.Count, Reason = reason, Serials = list });
    }

    [Then("{long} unit(s) of {string} for sale {string} is/are recorded as passing the check on picklist {string}")]
    public void ThenThePassIsRecorded(long units, string sku, string sale, string picklist) =>
        ThenPicklistEvent(picklist, new ItemPassedCheck { PicklistId = context.PicklistId(picklist), Sku = sku, SaleId = context.SaleId(sale), Quantity = units });

    [Then("{long} unit(s) of {string} for sale {string} is/are recorded as failing the check on picklist {string}")]
    public void ThenTheFailIsRecorded(long units, string sku, string sale, string picklist) => ThenFailRecorded(units, sku, sale, picklist, null);

    [Then("{long} unit(s) of {string} for sale {string} is/are recorded as failing the check on picklist {string} noting {string}")]
    public void ThenTheFailIsRecordedNoting(long units, string sku, string sale, string picklist, string note) => ThenFailRecorded(units, sku, sale, picklist, note);

    [Then("{long} unit(s) of {string} for sale {string} is/are recorded as failing the check on picklist {string} with a note of {int} characters")]
    public void ThenTheFailIsRecordedWithALongNote(long units, string sku, string sale, string picklist, int length) => ThenFailRecorded(units, sku, sale, picklist, NoteOfLength(length));

    [Then("{long} unit(s) of {string} for sale {string} is/are recorded as put back from picklist {string} into {string} of {string}, restoring {long} pending")]
    public void ThenThePutBackIsRecorded(long units, string sku, string sale, string picklist, string location, string warehouse, long restored) =>
        ThenPicklistEvent(picklist, Unpicked(picklist, sku, context.SaleId(sale), warehouse, location, units, null, [], restored));

    [Then("{long} unit(s) of {string} for no sale is/are recorded as put back from picklist {string} into {string} of {string}")]
    public void ThenThePutBackForNoSaleIsRecorded(long units, string sku, string picklist, string location, string warehouse) =>
        ThenPicklistEvent(picklist, Unpicked(picklist, sku, null, warehouse, location, units, null, [], 0));

    [Then("{long} unit(s) of {string} in lot {string} for sale {string} is/are recorded as put back from picklist {string} into {string} of {string}, restoring {long} pending")]
    public void ThenTheLotPutBackIsRecorded(long units, string sku, string lot, string sale, string picklist, string location, string warehouse, long restored) =>
        ThenPicklistEvent(picklist, Unpicked(picklist, sku, context.SaleId(sale), warehouse, location, units, lot, [], restored));

    [Then("the serial(s) {string} of {string} for sale {string} is/are recorded as put back from picklist {string} into {string} of {string}, restoring {long} pending")]
    public void ThenTheSerialPutBackIsRecorded(string serials, string sku, string sale, string picklist, string location, string warehouse, long restored)
    {
        var list = FulfilmentContext.Serials(serials);
        ThenPicklistEvent(picklist, Unpicked(picklist, sku, context.SaleId(sale), warehouse, location, list.Count, null, list, restored));
    }

    /// <summary>Columns picklist, sku, warehouse, quantity, lot and serials (comma-separated), one row per shipped line.</summary>
    [Then("sale {string} is recorded as shipped with tracking number {string} by {string}:")]
    public void ThenTheShipmentIsRecordedBy(string sale, string tracking, string carrier, Table lines) => ThenShipped(sale, tracking, carrier, lines);

    /// <summary>As the step with a carrier, for a shipment that names none.</summary>
    [Then("sale {string} is recorded as shipped with tracking number {string}:")]
    public void ThenTheShipmentIsRecorded(string sale, string tracking, Table lines) => ThenShipped(sale, tracking, null, lines);

    [Then("{long} unit(s) of {string} of sale {string} is/are recorded as back in {string} of {string} because {string}")]
    public void ThenTheReturnIsRecorded(long units, string sku, string sale, string location, string warehouse, string reason) =>
        ThenSaleEvent(sale, new ItemReturned { SaleId = context.SaleId(sale), Sku = sku, Warehouse = warehouse, Location = location, Quantity = units, Reason = reason });

    [Then("the serial(s) {string} of {string} of sale {string} is/are recorded as back in {string} of {string} because {string}")]
    public void ThenTheSerialReturnIsRecorded(string serials, string sku, string sale, string location, string warehouse, string reason)
    {
        var list = FulfilmentContext.Serials(serials);
        ThenSaleEvent(sale, new ItemReturned { SaleId = context.SaleId(sale), Sku = sku, Warehouse = warehouse, Location = location, Quantity = list.Count, Reason = reason, Serials = list });
    }

    [Then("sale {string} shows {long} unit(s) of {string} shipped and {long} returned")]
    public void ThenTheSaleShows(string sale, long shipped, string sku, long returned) =>
        host.ThenView($"sale '{sale}' to show {shipped} units of '{sku}' shipped and {returned} returned", transaction =>
        {
            var line = SaleShipmentsView.Find(transaction, context.SaleId(sale))?.Lines.FirstOrDefault(row => string.Equals(row.Sku, sku, StringComparison.OrdinalIgnoreCase));
            return line is null ? "the sale shipments view has no such line"
                : line.Shipped == shipped && line.Returned == returned ? null
                : $"it shows {line.Shipped} shipped and {line.Returned} returned";
        });

    [Then("the check is refused because only {long} picked unit(s) of {string} is/are waiting for a check")]
    public void ThenRefusedAsBeyondPicked(long waiting, string sku)
    {
        var error = host.ThenRefused<ScanExceedsPicked>();
        host.Expect($"{waiting} picked units of '{sku}' to be waiting for a check", error.Sku == sku && error.Unchecked == waiting ? null : $"the refusal said {error.Unchecked} of '{error.Sku}'");
    }

    [Then("the check is refused because its note is longer than {int} characters")]
    public void ThenRefusedAsNoteTooLong(int maximum)
    {
        var error = host.ThenRefused<CheckNoteTooLong>();
        host.Expect($"a note over {maximum} characters to be refused", error.MaxLength == maximum && error.Length > maximum ? null : $"the refusal was about {error.Length} characters, at most {error.MaxLength}");
    }

    [Then("the put-back is refused because picklist {string} holds only {long} picked unit(s) of {string}")]
    public void ThenRefusedAsBeyondInHand(string picklist, long inHand, string sku) => ThenBeyondInHand(picklist, inHand, sku, null);

    [Then("the put-back is refused because picklist {string} holds only {long} picked unit(s) of {string} in lot {string}")]
    public void ThenRefusedAsBeyondInHandOfLot(string picklist, long inHand, string sku, string lot) => ThenBeyondInHand(picklist, inHand, sku, lot);

    [Then("the put-back is refused because the serial {string} of {string} is not picked on picklist {string}")]
    public void ThenRefusedAsSerialNotPicked(string serial, string sku, string picklist)
    {
        var error = host.ThenRefused<SerialNotPicked>();
        host.Expect($"serial '{serial}' of '{sku}' not to be picked on picklist '{picklist}'",
            error.Serial == serial && error.Sku == sku && error.PicklistId == context.PicklistId(picklist) ? null : $"the refusal named serial '{error.Serial}' of '{error.Sku}'");
    }

    [Then("the shipment is refused because {long} unit(s) of {string} on picklist {string} is/are still to pick")]
    public void ThenRefusedAsNotFullyPicked(long remaining, string sku, string picklist)
    {
        var error = host.ThenRefused<SaleNotFullyPicked>();
        host.Expect($"{remaining} units of '{sku}' on picklist '{picklist}' to be still to pick",
            error.Remaining == remaining && error.Sku == sku && error.PicklistId == context.PicklistId(picklist) ? null : $"the refusal said {error.Remaining} of '{error.Sku}' on picklist {error.PicklistId}");
    }

    [Then("the shipment is refused because of {string} on picklist {string}, {long} picked unit(s) is/are unchecked and {long} failed the check")]
    public void ThenRefusedAsNotFullyChecked(string sku, string picklist, long waiting, long failed)
    {
        var error = host.ThenRefused<SaleNotFullyChecked>();
        host.Expect($"of '{sku}' on picklist '{picklist}', {waiting} unchecked and {failed} failed",
            error.Sku == sku && error.PicklistId == context.PicklistId(picklist) && error.Unchecked == waiting && error.Failed == failed
                ? null : $"the refusal said {error.Unchecked} unchecked and {error.Failed} failed of '{error.Sku}'");
    }

    [Then("the shipment is refused because sale {string} has nothing waiting to ship")]
    public void ThenRefusedAsNothingToShip(string sale)
    {
        var error = host.ThenRefused<NothingToShip>();
        host.Expect($"sale '{sale}' to have nothing to ship", error.SaleId == context.SaleId(sale) ? null : $"the refusal named sale {error.SaleId}");
    }

    [Then("the shipment is refused because a tracking number is 1 to 64 characters and a carrier's name at most 200")]
    public void ThenRefusedAsInvalidLabel() => host.ThenRefused<InvalidShipmentLabel>();

    [Then("the return is refused because sale {string} can take back only {long} unit(s) of {string}")]
    public void ThenRefusedAsBeyondShipped(string sale, long returnable, string sku)
    {
        var error = host.ThenRefused<ReturnExceedsShipped>();
        host.Expect($"sale '{sale}' to take back {returnable} units of '{sku}'",
            error.SaleId == context.SaleId(sale) && error.Sku == sku && error.Returnable == returnable ? null : $"the refusal said {error.Returnable} of '{error.Sku}'");
    }

    [Then("the return is refused because the serial {string} of {string} is already on hand in {string} of {string}")]
    public void ThenRefusedAsSerialInStock(string serial, string sku, string location, string warehouse)
    {
        var error = host.ThenRefused<SerialAlreadyInStock>();
        host.Expect($"serial '{serial}' of '{sku}' to be on hand in '{location}' of '{warehouse}'",
            error.Serial == serial && error.Sku == sku && error.Location == location && error.Warehouse == warehouse ? null : $"the refusal said '{error.Serial}' is in '{error.Location}' of '{error.Warehouse}'");
    }

    [Then("^the command is refused because the serial \"([^\"]*)\" of \"([^\"]*)\" is (picked|in transit), not in a location$")]
    public void ThenRefusedAsSerialAway(string serial, string sku, string place)
    {
        var error = host.ThenRefused<SerialAwayFromLocations>();
        var expected = place == "picked" ? SerialPlace.Picked : SerialPlace.InTransit;
        host.Expect($"serial '{serial}' of '{sku}' to be {place}", error.Serial == serial && error.Sku == sku && error.Place == expected ? null : $"the refusal said '{error.Serial}' is {error.Place}");
    }

    private void Fail(long units, string sku, string sale, string picklist, string? note) =>
        host.When(new ScanItem { PicklistId = context.PicklistId(picklist), Sku = sku, SaleId = context.SaleId(sale), Quantity = units, Passed = false, Note = note });

    private void ThenFailRecorded(long units, string sku, string sale, string picklist, string? note) =>
        ThenPicklistEvent(picklist, new ItemFailedCheck { PicklistId = context.PicklistId(picklist), Sku = sku, SaleId = context.SaleId(sale), Quantity = units, Note = note });

    private void ThenBeyondInHand(string picklist, long inHand, string sku, string? lot)
    {
        var error = host.ThenRefused<UnpickExceedsPicked>();
        host.Expect($"picklist '{picklist}' to hold {inHand} picked units of '{sku}'{(lot is null ? "" : $" in lot '{lot}'")}",
            error.PicklistId == context.PicklistId(picklist) && error.Sku == sku && error.InHand == inHand && error.Lot == lot ? null : $"the refusal said {error.InHand} of '{error.Sku}' lot '{error.Lot}'");
    }

    private void GivenShipped(string sale, ShippedLine line) =>
        host.Given(ShippingRules.StreamOf(context.SaleId(sale)), new SaleShipped { SaleId = context.SaleId(sale), TrackingNumber = GivenTrackingNumber, Lines = [line] });

    private void ThenShipped(string sale, string tracking, string? carrier, Table lines)
    {
        var shipped = lines.Rows.Select(row => new ShippedLine
        {
            PicklistId = context.PicklistId(row["picklist"]),
            Sku = row["sku"],
            Warehouse = row["warehouse"],
            Quantity = TradeWords.Whole(row["quantity"], "quantity"),
            Lot = row.TryGetValue("lot", out var lot) && lot.Length > 0 ? lot : null,
            Serials = FulfilmentContext.Serials(row.TryGetValue("serials", out var serials) ? serials : null),
        }).ToList();
        ThenSaleEvent(sale, new SaleShipped { SaleId = context.SaleId(sale), TrackingNumber = tracking, Carrier = carrier, Lines = shipped });
    }

    private ItemUnpicked Unpicked(string picklist, string sku, Guid? sale, string warehouse, string location, long units, string? lot, IReadOnlyList<string> serials, long restored) => new()
    {
        PicklistId = context.PicklistId(picklist),
        Sku = sku,
        SaleId = sale,
        Warehouse = warehouse,
        Location = location,
        Quantity = units,
        Lot = lot,
        Serials = serials,
        PendingRestored = restored,
    };

    private void ThenPicklistEvent(string picklist, IEventContract expected)
    {
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(expected, PickingRules.StreamOf(context.PicklistId(picklist)))]);
    }

    private void ThenSaleEvent(string sale, IEventContract expected)
    {
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(expected, ShippingRules.StreamOf(context.SaleId(sale)))]);
    }

    private static string NoteOfLength(int length) => new('n', length);

    private static string TrackingOfLength(int length) => new('1', length);
}
