using Reqnroll;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.Lots;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Lots;
using Specs.Inventory.Domain.ReferenceData;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Views.Stock;

namespace Specs.Steps;

/// <summary>
/// Area 4, the inventory ledger: stock added, removed, counted and moved between locations, for untracked
/// products. Every ledger event is on the SKU's stream. Stock given as already on hand was received, so its
/// reason is "Received" (a feature that gives stock says that reason exists). Quantities are read from the
/// stock view. Lot-tracked stock is written "units of lot "L-1" of "SKU-300"", serial-tracked stock
/// "units of "SKU-400" numbered "SN-1, SN-2"" (serial numbers separated by commas).
/// </summary>
[Binding]
public sealed class LedgerSteps(ScenarioHost host)
{
    private const string ReceivedReason = "Received";

    [Given("{long} unit(s) of {string} is/are on hand in {string} of {string}")]
    public void GivenUnitsAreOnHand(long quantity, string sku, string location, string warehouse) =>
        host.Given(LedgerRules.StreamOf(sku), new QuantityAdded { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = ReceivedReason });

    [Given("the lot {string} of {string} is on record")]
    public void GivenTheLotIsOnRecord(string lot, string sku) => host.Given(LedgerRules.StreamOf(sku), new LotRegistered { Sku = sku, Lot = lot });

    [Given("{long} unit(s) of lot {string} of {string} is/are on hand in {string} of {string}")]
    public void GivenLotUnitsAreOnHand(long quantity, string lot, string sku, string location, string warehouse) =>
        host.Given(LedgerRules.StreamOf(sku), new QuantityAdded { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = ReceivedReason, Lot = lot });

    [Given("the units of {string} numbered {string} are on hand in {string} of {string}")]
    public void GivenSerialUnitsAreOnHand(string sku, string serials, string location, string warehouse)
    {
        var numbers = Serials(serials);
        host.Given(LedgerRules.StreamOf(sku), new QuantityAdded { Sku = sku, Warehouse = warehouse, Location = location, Quantity = numbers.Count, Reason = ReceivedReason, Serials = numbers });
    }

    [Given("{long} unit(s) of {string} was/were moved from {string} to {string} of {string}")]
    public void GivenUnitsWereMoved(long quantity, string sku, string from, string to, string warehouse) =>
        host.Given(LedgerRules.StreamOf(sku), new ItemMoved { Sku = sku, Warehouse = warehouse, FromLocation = from, ToLocation = to, Quantity = quantity });

    [Given("the merchant removed {long} unit(s) of {string} from {string} of {string} because {string}")]
    public void GivenUnitsWereRemoved(long quantity, string sku, string location, string warehouse, string reason) =>
        host.Given(LedgerRules.StreamOf(sku), new QuantityRemoved { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = reason });

    [When("the merchant adds {long} unit(s) of {string} to {string} of {string} because {string}")]
    public void WhenTheMerchantAdds(long quantity, string sku, string location, string warehouse, string reason) =>
        host.When(new AddItem { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = reason });

    [When("the merchant removes {long} unit(s) of {string} from {string} of {string} because {string}")]
    public void WhenTheMerchantRemoves(long quantity, string sku, string location, string warehouse, string reason) =>
        host.When(new RemoveItem { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = reason });

    [When("the merchant moves {long} unit(s) of {string} from {string} to {string} of {string}")]
    public void WhenTheMerchantMoves(long quantity, string sku, string from, string to, string warehouse) =>
        host.When(new MoveItem { Sku = sku, Warehouse = warehouse, FromLocation = from, ToLocation = to, Quantity = quantity });

    [When("the merchant counts {long} unit(s) of {string} in {string} of {string} because {string}")]
    public void WhenTheMerchantCounts(long quantity, string sku, string location, string warehouse, string reason) =>
        host.When(new SetItemQuantity { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = reason });

    [Given("the merchant removed the units of {string} numbered {string} from {string} of {string} because {string}")]
    public void GivenSerialUnitsWereRemoved(string sku, string serials, string location, string warehouse, string reason)
    {
        var numbers = Serials(serials);
        host.Given(LedgerRules.StreamOf(sku), new QuantityRemoved { Sku = sku, Warehouse = warehouse, Location = location, Quantity = numbers.Count, Reason = reason, Serials = numbers });
    }

    [When("the merchant counts {long} unit(s) of lot {string} of {string} in {string} of {string} because {string}")]
    public void WhenTheMerchantCountsLot(long quantity, string lot, string sku, string location, string warehouse, string reason) =>
        host.When(new SetItemQuantity { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = reason, Lot = lot });

    [When("the merchant adds {long} unit(s) of lot {string} of {string} to {string} of {string} because {string}")]
    public void WhenTheMerchantAddsLot(long quantity, string lot, string sku, string location, string warehouse, string reason) =>
        host.When(new AddItem { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = reason, Lot = lot });

    [When("the merchant adds {long} unit(s) of {string} numbered {string} to {string} of {string} because {string}")]
    public void WhenTheMerchantAddsSerials(long quantity, string sku, string serials, string location, string warehouse, string reason) =>
        host.When(new AddItem { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = reason, Serials = Serials(serials) });

    [When("the merchant removes {long} unit(s) of lot {string} of {string} from {string} of {string} because {string}")]
    public void WhenTheMerchantRemovesLot(long quantity, string lot, string sku, string location, string warehouse, string reason) =>
        host.When(new RemoveItem { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = reason, Lot = lot });

    [When("the merchant removes {long} unit(s) of {string} numbered {string} from {string} of {string} because {string}")]
    public void WhenTheMerchantRemovesSerials(long quantity, string sku, string serials, string location, string warehouse, string reason) =>
        host.When(new RemoveItem { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = reason, Serials = Serials(serials) });

    [When("the merchant moves {long} unit(s) of lot {string} of {string} from {string} to {string} of {string}")]
    public void WhenTheMerchantMovesLot(long quantity, string lot, string sku, string from, string to, string warehouse) =>
        host.When(new MoveItem { Sku = sku, Warehouse = warehouse, FromLocation = from, ToLocation = to, Quantity = quantity, Lot = lot });

    [When("the merchant moves {long} unit(s) of {string} numbered {string} from {string} to {string} of {string}")]
    public void WhenTheMerchantMovesSerials(long quantity, string sku, string serials, string from, string to, string warehouse) =>
        host.When(new MoveItem { Sku = sku, Warehouse = warehouse, FromLocation = from, ToLocation = to, Quantity = quantity, Serials = Serials(serials) });

    [When("the merchant counts {long} unit(s) of {string} numbered {string} in {string} of {string} because {string}")]
    public void WhenTheMerchantCountsSerials(long quantity, string sku, string serials, string location, string warehouse, string reason) =>
        host.When(new SetItemQuantity { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = reason, Serials = Serials(serials) });

    [Then("{long} unit(s) of {string} is/are recorded as added to {string} of {string} because {string}")]
    public void ThenTheAdditionIsRecorded(long quantity, string sku, string location, string warehouse, string reason) =>
        ThenRecorded(sku, new QuantityAdded { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = reason });

    [Then("{long} unit(s) of {string} is/are recorded as removed from {string} of {string} because {string}")]
    public void ThenTheRemovalIsRecorded(long quantity, string sku, string location, string warehouse, string reason) =>
        ThenRecorded(sku, new QuantityRemoved { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = reason });

    [Then("{long} unit(s) of {string} is/are recorded as moved from {string} to {string} of {string}")]
    public void ThenTheMoveIsRecorded(long quantity, string sku, string from, string to, string warehouse) =>
        ThenRecorded(sku, new ItemMoved { Sku = sku, Warehouse = warehouse, FromLocation = from, ToLocation = to, Quantity = quantity });

    [Then("the count of {string} in {string} of {string} is recorded as {long} unit(s), a change of {long}, because {string}")]
    public void ThenTheCountIsRecorded(string sku, string location, string warehouse, long quantity, long delta, string reason) =>
        ThenRecorded(sku, new QuantityAdjusted { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Delta = delta, Reason = reason });

    [Then("{long} unit(s) of lot {string} of {string} is/are recorded as added to {string} of {string} because {string}")]
    public void ThenTheLotAdditionIsRecorded(long quantity, string lot, string sku, string location, string warehouse, string reason) =>
        ThenRecorded(sku, new QuantityAdded { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = reason, Lot = lot });

    [Then("{long} unit(s) of {string} numbered {string} is/are recorded as added to {string} of {string} because {string}")]
    public void ThenTheSerialAdditionIsRecorded(long quantity, string sku, string serials, string location, string warehouse, string reason) =>
        ThenRecorded(sku, new QuantityAdded { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = reason, Serials = Serials(serials) });

    [Then("{long} unit(s) of lot {string} of {string} is/are recorded as removed from {string} of {string} because {string}")]
    public void ThenTheLotRemovalIsRecorded(long quantity, string lot, string sku, string location, string warehouse, string reason) =>
        ThenRecorded(sku, new QuantityRemoved { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = reason, Lot = lot });

    [Then("{long} unit(s) of {string} numbered {string} is/are recorded as removed from {string} of {string} because {string}")]
    public void ThenTheSerialRemovalIsRecorded(long quantity, string sku, string serials, string location, string warehouse, string reason) =>
        ThenRecorded(sku, new QuantityRemoved { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = reason, Serials = Serials(serials) });

    [Then("{long} unit(s) of lot {string} of {string} is/are recorded as moved from {string} to {string} of {string}")]
    public void ThenTheLotMoveIsRecorded(long quantity, string lot, string sku, string from, string to, string warehouse) =>
        ThenRecorded(sku, new ItemMoved { Sku = sku, Warehouse = warehouse, FromLocation = from, ToLocation = to, Quantity = quantity, Lot = lot });

    [Then("{long} unit(s) of {string} numbered {string} is/are recorded as moved from {string} to {string} of {string}")]
    public void ThenTheSerialMoveIsRecorded(long quantity, string sku, string serials, string from, string to, string warehouse) =>
        ThenRecorded(sku, new ItemMoved { Sku = sku, Warehouse = warehouse, FromLocation = from, ToLocation = to, Quantity = quantity, Serials = Serials(serials) });

    [Then("the count of lot {string} of {string} in {string} of {string} is recorded as {long} unit(s), a change of {long}, because {string}")]
    public void ThenTheLotCountIsRecorded(string lot, string sku, string location, string warehouse, long quantity, long delta, string reason) =>
        ThenRecorded(sku, new QuantityAdjusted { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Delta = delta, Reason = reason, Lot = lot });

    /// <summary>A count of serial-tracked stock: the numbers found that the ledger did not have there, and those it had that were missing ("" for none).</summary>
    [Then("the count of {string} in {string} of {string} is recorded as {long} unit(s), a change of {long}, because {string}, finding {string} and missing {string}")]
    public void ThenTheSerialCountIsRecorded(string sku, string location, string warehouse, long quantity, long delta, string reason, string found, string missing) =>
        ThenRecorded(sku, new QuantityAdjusted { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Delta = delta, Reason = reason, SerialsAdded = Serials(found), SerialsRemoved = Serials(missing) });

    [Then("{string} has {long} unit(s) on hand in the warehouse {string}")]
    public void ThenUnitsOnHandInWarehouse(string sku, long quantity, string warehouse) =>
        host.ThenView($"'{sku}' to have {quantity} units on hand in the warehouse '{warehouse}'", transaction =>
        {
            var onHand = StockView.Warehouses(transaction, sku, limit: 1000).FirstOrDefault(row => Same(row.Warehouse, warehouse))?.OnHand ?? 0;
            return onHand == quantity ? null : $"it has {onHand}";
        });

    [Then("the location {string} of {string} holds {long} unit(s) of all products")]
    public void ThenTheLocationHoldsInAll(string location, string warehouse, long quantity) =>
        host.ThenView($"'{location}' of '{warehouse}' to hold {quantity} units of all products", transaction =>
        {
            var held = StockView.Contents(transaction, warehouse, location, limit: 1000).Sum(row => row.OnHand);
            return held == quantity ? null : $"it holds {held}";
        });

    [Then("{string} has {long} unit(s) on hand in {string} of {string}")]
    public void ThenUnitsOnHandAt(string sku, long quantity, string location, string warehouse) =>
        host.ThenView($"'{sku}' to have {quantity} units on hand in '{location}' of '{warehouse}'", transaction =>
        {
            var row = StockView.Locations(transaction, sku, limit: 1000)
                .FirstOrDefault(place => Same(place.Warehouse, warehouse) && Same(place.Location, location));
            var onHand = row?.OnHand ?? 0;
            return onHand == quantity ? null : $"it has {onHand}";
        });

    [Then("{string} has {long} unit(s) on hand in all")]
    public void ThenUnitsOnHandInAll(string sku, long quantity) =>
        ThenFigure(sku, "on hand", quantity, row => row.OnHand);

    [Then("{string} has {long} unit(s) available")]
    public void ThenUnitsAvailable(string sku, long quantity) =>
        ThenFigure(sku, "available", quantity, row => row.Available);

    [Then("the command is refused because only {long} unit(s) of {string} is/are in {string} of {string}")]
    public void ThenRefusedAsInsufficient(long onHand, string sku, string location, string warehouse)
    {
        var error = host.ThenRefused<InsufficientStock>();
        host.Expect($"the refusal to say {onHand} units of '{sku}' are in '{location}' of '{warehouse}'",
            error.Sku == sku && error.Location == location && error.Warehouse == warehouse && error.OnHand == onHand
                ? null : $"it said {error.OnHand} units of '{error.Sku}' are in '{error.Location}' of '{error.Warehouse}'");
    }

    [Then("the command is refused because a command moves between {long} and {long} units, not {long}")]
    public void ThenRefusedAsInvalidQuantity(long minimum, long maximum, long quantity)
    {
        var error = host.ThenRefused<InvalidQuantity>();
        host.Expect($"{quantity} units to be refused outside {minimum} to {maximum}",
            error.Quantity == quantity && error.Minimum == minimum && error.Maximum == maximum ? null : $"the refusal was about {error.Quantity} units outside {error.Minimum} to {error.Maximum}");
    }

    [Then("the command is refused because {string} of {string} can hold at most {long} units of {string}")]
    public void ThenRefusedAsFull(string location, string warehouse, long maximum, string sku)
    {
        var error = host.ThenRefused<LocationCapacityExceeded>();
        host.Expect($"'{location}' of '{warehouse}' to be full at {maximum} units of '{sku}'",
            error.Location == location && error.Warehouse == warehouse && error.Maximum == maximum && error.Sku == sku ? null : $"the refusal named '{error.Location}' of '{error.Warehouse}', at most {error.Maximum} units of '{error.Sku}'");
    }

    [Then("the command is refused because the units are already in {string}")]
    public void ThenRefusedAsSameLocation(string location)
    {
        var error = host.ThenRefused<SameLocation>();
        host.Expect($"a move within '{location}' to be refused", error.Location == location ? null : $"the refusal named '{error.Location}'");
    }

    [Then("the command is refused because the reason {string} is no longer active")]
    public void ThenRefusedAsInactiveReason(string reason)
    {
        var error = host.ThenRefused<InactiveReference>();
        host.Expect($"the inactive reason to be '{reason}'", error.Name == reason ? null : $"the refusal named the {ReferenceKinds.Word(error.Kind)} '{error.Name}'");
    }

    [Then("the command is refused because only {long} unit(s) of lot {string} of {string} is/are in {string} of {string}")]
    public void ThenRefusedAsInsufficientLot(long onHand, string lot, string sku, string location, string warehouse)
    {
        var error = host.ThenRefused<InsufficientStock>();
        host.Expect($"the refusal to say {onHand} units of lot '{lot}' of '{sku}' are in '{location}' of '{warehouse}'",
            error.Sku == sku && error.Lot == lot && error.Location == location && error.Warehouse == warehouse && error.OnHand == onHand
                ? null : $"it said {error.OnHand} units of lot '{error.Lot}' of '{error.Sku}' are in '{error.Location}' of '{error.Warehouse}'");
    }

    [Then("the command is refused because {string} is tracked by lot and the units name no lot")]
    public void ThenRefusedAsLotRequired(string sku)
    {
        var error = host.ThenRefused<LotRequired>();
        host.Expect($"'{sku}' to be refused for naming no lot", error.Sku == sku ? null : $"the refusal named '{error.Sku}'");
    }

    [Then("the command is refused because {string} has no lot {string} on record")]
    public void ThenRefusedAsUnknownLot(string sku, string lot)
    {
        var error = host.ThenRefused<UnknownLot>();
        host.Expect($"the lot '{lot}' of '{sku}' to be named as unknown", error.Sku == sku && error.Lot == lot ? null : $"the refusal named the lot '{error.Lot}' of '{error.Sku}'");
    }

    [Then("the command is refused because {string} is not tracked by lot, so its units name no lot such as {string}")]
    public void ThenRefusedAsLotNotExpected(string sku, string lot)
    {
        var error = host.ThenRefused<LotNotExpected>();
        host.Expect($"the lot '{lot}' of the untracked '{sku}' to be refused", error.Sku == sku && error.Lot == lot ? null : $"the refusal named the lot '{error.Lot}' of '{error.Sku}'");
    }

    [Then("the command is refused because {long} unit(s) of {string} came with {int} serial number(s)")]
    public void ThenRefusedAsSerialCount(long quantity, string sku, int count)
    {
        var error = host.ThenRefused<SerialCountMismatch>();
        host.Expect($"{quantity} units of '{sku}' with {count} serial numbers to be refused",
            error.Sku == sku && error.Quantity == quantity && error.SerialCount == count ? null : $"the refusal was about {error.Quantity} units of '{error.Sku}' with {error.SerialCount} serial numbers");
    }

    [Then("the command is refused because the serial number {string} of {string} is named twice")]
    public void ThenRefusedAsDuplicateSerial(string serial, string sku)
    {
        var error = host.ThenRefused<DuplicateSerial>();
        host.Expect($"the serial number '{serial}' of '{sku}' to be refused as named twice", error.Sku == sku && error.Serial == serial ? null : $"the refusal named '{error.Serial}' of '{error.Sku}'");
    }

    [Then("the command is refused because the serial number {string} of {string} is already on hand in {string} of {string}")]
    public void ThenRefusedAsSerialInStock(string serial, string sku, string location, string warehouse)
    {
        var error = host.ThenRefused<SerialAlreadyInStock>();
        host.Expect($"the serial number '{serial}' of '{sku}' to be named as on hand in '{location}' of '{warehouse}'",
            error.Sku == sku && error.Serial == serial && error.Location == location && error.Warehouse == warehouse ? null : $"the refusal named '{error.Serial}' of '{error.Sku}' in '{error.Location}' of '{error.Warehouse}'");
    }

    [Then("the command is refused because the serial number {string} of {string} is not in {string} of {string}")]
    public void ThenRefusedAsSerialNotThere(string serial, string sku, string location, string warehouse)
    {
        var error = host.ThenRefused<SerialNotAtLocation>();
        host.Expect($"the serial number '{serial}' of '{sku}' to be named as not in '{location}' of '{warehouse}'",
            error.Sku == sku && error.Serial == serial && error.Location == location && error.Warehouse == warehouse ? null : $"the refusal named '{error.Serial}' of '{error.Sku}' in '{error.Location}' of '{error.Warehouse}'");
    }

    private void ThenRecorded(string sku, Inventory.Contracts.IEventContract expected)
    {
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(expected, LedgerRules.StreamOf(sku))]);
    }

    private void ThenFigure(string sku, string figure, long quantity, Func<SkuQuantities, long> read) =>
        host.ThenView($"'{sku}' to have {quantity} units {figure}", transaction =>
        {
            var actual = StockView.Find(transaction, sku) is { } row ? read(row) : 0;
            return actual == quantity ? null : $"it has {actual}";
        });

    /// <summary>"SN-1, SN-2" as serial numbers; an empty text is none.</summary>
    private static IReadOnlyList<string> Serials(string text) =>
        [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static bool Same(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
}
