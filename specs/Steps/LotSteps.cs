using Reqnroll;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Lots;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.Lots;
using Specs.Inventory.Contracts.Events.Transfers;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Lots;
using Specs.Inventory.Domain.Stock;
using Specs.Inventory.Domain.Transfers;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Views.Lots;

namespace Specs.Steps;

/// <summary>
/// Area 12, lots and serials. Every event of a lot or a serial is on the SKU's stock stream. Expiries are
/// instants written like the clock's (2026-03-01 09:00, UTC); a scenario that gives a lot an expiry sets the
/// clock first, since a lot the clock has passed expires before the When runs. Stock given as on hand in a
/// lot or with serials was received, so its reason is "Received" (the feature says that reason exists).
/// Serials are listed in one string: "SN-1", "SN-1 and SN-2" or "SN-1, SN-2 and SN-3".
/// </summary>
[Binding]
public sealed class LotSteps(ScenarioHost host)
{
    private const string ReceivedReason = "Received";
    private const string Instant = @"(\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d{3})?)?Z?)?)";

    [Given("the lot {string} of {string} is registered without an expiry")]
    public void GivenTheLotIsRegistered(string lot, string sku) =>
        host.Given(LedgerRules.StreamOf(sku), new LotRegistered { Sku = sku, Lot = lot });

    [Given("^the lot \"([^\"]*)\" of \"([^\"]*)\" is registered to expire at " + Instant + "$")]
    public void GivenTheLotIsRegisteredToExpire(string lot, string sku, string expiry) =>
        host.Given(LedgerRules.StreamOf(sku), new LotRegistered { Sku = sku, Lot = lot, ExpiresAtUnixMs = UnixMs(expiry) });

    [Given("the lot {string} of {string} was expired by hand")]
    public void GivenTheLotWasExpired(string lot, string sku) =>
        host.Given(LedgerRules.StreamOf(sku), new LotExpired { Sku = sku, Lot = lot, ExpiredAtUnixMs = host.NowUnixMs });

    [Given("the lot {string} of {string} has {long} unit(s) on hand in {string} of {string}")]
    public void GivenUnitsOfTheLotAreOnHand(string lot, string sku, long quantity, string location, string warehouse) =>
        host.Given(LedgerRules.StreamOf(sku), new QuantityAdded { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = ReceivedReason, Lot = lot });

    [Given("the serial(s) {string} of {string} is/are registered")]
    public void GivenTheSerialsAreRegistered(string serials, string sku)
    {
        foreach (var serial in CountBook.ListOf(serials))
        {
            host.Given(LedgerRules.StreamOf(sku), new SerialRegistered { Sku = sku, Serial = serial });
        }
    }

    [Given("the serial(s) {string} of {string} is/are on hand in {string} of {string}")]
    public void GivenTheSerialsAreOnHand(string serials, string sku, string location, string warehouse)
    {
        var listed = CountBook.ListOf(serials);
        host.Given(LedgerRules.StreamOf(sku), new QuantityAdded { Sku = sku, Warehouse = warehouse, Location = location, Quantity = listed.Count, Reason = ReceivedReason, Serials = listed });
    }

    [Given("the serial(s) {string} of {string} was/were removed from {string} of {string} because {string}")]
    public void GivenTheSerialsWereRemoved(string serials, string sku, string location, string warehouse, string reason)
    {
        var listed = CountBook.ListOf(serials);
        host.Given(LedgerRules.StreamOf(sku), new QuantityRemoved { Sku = sku, Warehouse = warehouse, Location = location, Quantity = listed.Count, Reason = reason, Serials = listed });
    }

    /// <summary>The unit left on a transfer to another warehouse and has not arrived: planned and shipped, with an id derived from the serial.</summary>
    [Given("the serial {string} of {string} left {string} of {string} on a transfer to {string}")]
    public void GivenTheSerialIsInTransit(string serial, string sku, string location, string warehouse, string toWarehouse)
    {
        var transferId = host.Name(CountBook.IdOf("transfer of " + serial), $"the transfer of {serial}");
        var stream = TransferRules.StreamOf(transferId);
        host.Given(stream, new TransferCreated { TransferId = transferId, FromWarehouse = warehouse, ToWarehouse = toWarehouse, Lines = [new TransferLine { Sku = sku, Quantity = 1 }] });
        host.Given(stream, new TransferShipped
        {
            TransferId = transferId,
            FromWarehouse = warehouse,
            ToWarehouse = toWarehouse,
            Items = [new TransferItem { Sku = sku, Location = location, Quantity = 1, Serials = [serial] }],
        });
    }

    [When("the merchant registers the lot {string} of {string} without an expiry")]
    public void WhenTheMerchantRegistersTheLot(string lot, string sku) => host.When(new RegisterLot { Sku = sku, Lot = lot });

    [When("^the merchant registers the lot \"([^\"]*)\" of \"([^\"]*)\" to expire at " + Instant + "$")]
    public void WhenTheMerchantRegistersTheLotToExpire(string lot, string sku, string expiry) =>
        host.When(new RegisterLot { Sku = sku, Lot = lot, ExpiresAtUnixMs = UnixMs(expiry) });

    [When("the merchant registers a lot of {string} with a code of {int} characters")]
    public void WhenTheMerchantRegistersALotWithCodeLength(string sku, int length) => host.When(new RegisterLot { Sku = sku, Lot = CatalogSteps.CodeOfLength(length) });

    [When("the merchant expires the lot {string} of {string}")]
    public void WhenTheMerchantExpiresTheLot(string lot, string sku) => host.When(new ExpireLot { Sku = sku, Lot = lot });

    [When("the merchant registers the serial {string} of {string}")]
    public void WhenTheMerchantRegistersTheSerial(string serial, string sku) => host.When(new RegisterSerial { Sku = sku, Serial = serial });

    [When("the merchant registers a serial of {string} with a code of {int} characters")]
    public void WhenTheMerchantRegistersASerialWithCodeLength(string sku, int length) => host.When(new RegisterSerial { Sku = sku, Serial = CatalogSteps.CodeOfLength(length) });

    [When("the merchant moves the serial {string} of {string} to {string} of {string}")]
    public void WhenTheMerchantMovesTheSerial(string serial, string sku, string location, string warehouse) =>
        host.When(new MoveSerial { Sku = sku, Serial = serial, Warehouse = warehouse, ToLocation = location });

    [When("the merchant adds {long} unit(s) of the lot {string} of {string} to {string} of {string} because {string}")]
    public void WhenTheMerchantAddsUnitsOfTheLot(long quantity, string lot, string sku, string location, string warehouse, string reason) =>
        host.When(new AddItem { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = reason, Lot = lot });

    [When("the merchant adds the serial(s) {string} of {string} to {string} of {string} because {string}")]
    public void WhenTheMerchantAddsTheSerials(string serials, string sku, string location, string warehouse, string reason)
    {
        var listed = CountBook.ListOf(serials);
        host.When(new AddItem { Sku = sku, Warehouse = warehouse, Location = location, Quantity = listed.Count, Reason = reason, Serials = listed });
    }

    [When("the merchant removes the serial(s) {string} of {string} from {string} of {string} because {string}")]
    public void WhenTheMerchantRemovesTheSerials(string serials, string sku, string location, string warehouse, string reason)
    {
        var listed = CountBook.ListOf(serials);
        host.When(new RemoveItem { Sku = sku, Warehouse = warehouse, Location = location, Quantity = listed.Count, Reason = reason, Serials = listed });
    }

    [Then("the lot {string} of {string} is recorded as registered without an expiry")]
    public void ThenTheLotIsRecorded(string lot, string sku) => ThenRecorded(sku, new LotRegistered { Sku = sku, Lot = lot });

    [Then("^the lot \"([^\"]*)\" of \"([^\"]*)\" is recorded as registered to expire at " + Instant + "$")]
    public void ThenTheLotIsRecordedToExpire(string lot, string sku, string expiry) =>
        ThenRecorded(sku, new LotRegistered { Sku = sku, Lot = lot, ExpiresAtUnixMs = UnixMs(expiry) });

    [Then("a lot of {string} with a code of {int} characters is recorded as registered")]
    public void ThenALotWithCodeLengthIsRecorded(string sku, int length) => ThenTheLotIsRecorded(CatalogSteps.CodeOfLength(length), sku);

    [Then("^the lot \"([^\"]*)\" of \"([^\"]*)\" is recorded as expired at " + Instant + "$")]
    public void ThenTheLotIsRecordedAsExpired(string lot, string sku, string at) =>
        host.ThenNewEvents([ExpectedEvent.Of(new LotExpired { Sku = sku, Lot = lot, ExpiredAtUnixMs = UnixMs(at) }, LedgerRules.StreamOf(sku))]);

    /// <summary>Lots the clock carried past their expiry, in the order recorded: columns sku, lot, expired at.</summary>
    [Then("these lots are recorded as expired:")]
    public void ThenTheseLotsAreRecordedAsExpired(Table lots)
    {
        host.ThenNewEvents([.. lots.Rows.Select(row => ExpectedEvent.Of(
            new LotExpired { Sku = row["sku"], Lot = row["lot"], ExpiredAtUnixMs = UnixMs(row["expired at"]) },
            LedgerRules.StreamOf(row["sku"])))]);
    }

    [Then("the serial {string} of {string} is recorded as registered")]
    public void ThenTheSerialIsRecorded(string serial, string sku) => ThenRecorded(sku, new SerialRegistered { Sku = sku, Serial = serial });

    [Then("a serial of {string} with a code of {int} characters is recorded as registered")]
    public void ThenASerialWithCodeLengthIsRecorded(string sku, int length) => ThenTheSerialIsRecorded(CatalogSteps.CodeOfLength(length), sku);

    [Then("the serial {string} of {string} is recorded as moved from {string} to {string} of {string}")]
    public void ThenTheSerialMoveIsRecorded(string serial, string sku, string from, string to, string warehouse) =>
        ThenRecorded(sku, new SerialMoved { Sku = sku, Serial = serial, Warehouse = warehouse, FromLocation = from, ToLocation = to });

    [Then("{long} unit(s) of the lot {string} of {string} is/are recorded as added to {string} of {string} because {string}")]
    public void ThenUnitsOfTheLotAreRecordedAsAdded(long quantity, string lot, string sku, string location, string warehouse, string reason) =>
        ThenRecorded(sku, new QuantityAdded { Sku = sku, Warehouse = warehouse, Location = location, Quantity = quantity, Reason = reason, Lot = lot });

    [Then("the serial(s) {string} of {string} is/are recorded as added to {string} of {string} because {string}")]
    public void ThenTheSerialsAreRecordedAsAdded(string serials, string sku, string location, string warehouse, string reason)
    {
        var listed = CountBook.ListOf(serials);
        ThenRecorded(sku, new QuantityAdded { Sku = sku, Warehouse = warehouse, Location = location, Quantity = listed.Count, Reason = reason, Serials = listed });
    }

    [Then("the serial(s) {string} of {string} is/are recorded as removed from {string} of {string} because {string}")]
    public void ThenTheSerialsAreRecordedAsRemoved(string serials, string sku, string location, string warehouse, string reason)
    {
        var listed = CountBook.ListOf(serials);
        ThenRecorded(sku, new QuantityRemoved { Sku = sku, Warehouse = warehouse, Location = location, Quantity = listed.Count, Reason = reason, Serials = listed });
    }

    [Then("^the lot \"([^\"]*)\" of \"([^\"]*)\" is listed as (expired|not expired) with (\\d+) units? on hand$")]
    public void ThenTheLotIsListed(string lot, string sku, string state, long onHand)
    {
        var expired = state == "expired";
        host.ThenView($"the lot '{lot}' of '{sku}' to be listed as {state} with {onHand} units on hand", transaction =>
            LotsAndSerialsView.FindLot(transaction, sku, lot) switch
            {
                null => "it is not listed",
                var row when row.Expired == expired && row.OnHand == onHand => null,
                var row => $"it is listed as {(row.Expired ? "expired" : "not expired")} with {row.OnHand} units on hand",
            });
    }

    [Then("the serial {string} of {string} is listed in {string} of {string}")]
    public void ThenTheSerialIsListedAt(string serial, string sku, string location, string warehouse) =>
        ThenSerialListed(serial, sku, $"in '{location}' of '{warehouse}'",
            row => row.Place == SerialPlace.AtLocation && GivenStock.Same(row.Location ?? "", location) && GivenStock.Same(row.Warehouse ?? "", warehouse));

    [Then("the serial {string} of {string} is listed as not in stock")]
    public void ThenTheSerialIsListedAsNotInStock(string serial, string sku) =>
        ThenSerialListed(serial, sku, "not in stock", row => row.Place == SerialPlace.NotInStock);

    [Then("the command is refused because the lot {string} of {string} is already registered to expire at another time")]
    public void ThenRefusedAsLotRegistered(string lot, string sku)
    {
        var error = host.ThenRefused<LotAlreadyRegistered>();
        host.Expect($"the lot '{lot}' of '{sku}' to be named as registered with another expiry",
            error.Lot == lot && error.Sku == sku && error.ExpiresAtUnixMs != error.RequestedExpiresAtUnixMs ? null : $"the refusal named the lot '{error.Lot}' of '{error.Sku}'");
    }

    [Then("^the command is refused because \"([^\"]*)\" is not tracked by (lot|serial)$")]
    public void ThenRefusedAsNotTracked(string sku, string tracking)
    {
        var error = host.ThenRefused<TrackingMismatch>();
        var needed = tracking == "lot" ? TrackingMode.Lot : TrackingMode.Serial;
        host.Expect($"'{sku}' to be refused as not tracked by {tracking}",
            error.Sku == sku && error.Needed == needed ? null : $"the refusal named '{error.Sku}', needing {error.Needed}");
    }

    [Then("^the command is refused because a (lot|serial) code is at most (\\d+) characters$")]
    public void ThenRefusedAsCodeTooLong(string kind, int maxLength)
    {
        var error = host.ThenRefused<InvalidCode>();
        var expected = kind == "lot" ? CodeKind.Lot : CodeKind.Serial;
        host.Expect($"a {kind} code over {maxLength} characters to be refused",
            error.Kind == expected && error.MaxLength == maxLength && error.Code.Length > maxLength ? null : $"the refusal was about the {error.Kind} '{error.Code}', limit {error.MaxLength}");
    }

    [Then("^the command is refused because a (lot|serial) code can't be blank$")]
    public void ThenRefusedAsBlankCode(string kind)
    {
        var error = host.ThenRefused<InvalidCode>();
        var expected = kind == "lot" ? CodeKind.Lot : CodeKind.Serial;
        host.Expect($"a blank {kind} code to be refused", error.Kind == expected && error.Code.Length == 0 ? null : $"the refusal was about the {error.Kind} '{error.Code}'");
    }

    [Then("the command is refused because the serial {string} of {string} is in transit and can't be added to a location")]
    public void ThenRefusedAsSerialAway(string serial, string sku)
    {
        var error = host.ThenRefused<SerialAwayFromLocations>();
        host.Expect($"the serial '{serial}' of '{sku}' to be named as in transit",
            error.Sku == sku && error.Serial == serial && error.Place == SerialPlace.InTransit ? null : $"the refusal named the serial '{error.Serial}' of '{error.Sku}' as {error.Place}");
    }

    [Then("the command is refused because {string} has no lot {string}")]
    public void ThenRefusedAsUnknownLot(string sku, string lot)
    {
        var error = host.ThenRefused<UnknownLot>();
        host.Expect($"the unknown lot to be '{lot}' of '{sku}'", error.Sku == sku && error.Lot == lot ? null : $"the refusal named the lot '{error.Lot}' of '{error.Sku}'");
    }

    [Then("the command is refused because the serial {string} of {string} is already registered")]
    public void ThenRefusedAsSerialRegistered(string serial, string sku)
    {
        var error = host.ThenRefused<SerialAlreadyRegistered>();
        host.Expect($"the serial '{serial}' of '{sku}' to be named as registered", error.Sku == sku && error.Serial == serial ? null : $"the refusal named the serial '{error.Serial}' of '{error.Sku}'");
    }

    [Then("the command is refused because the serial {string} of {string} is already on hand in {string} of {string}")]
    public void ThenRefusedAsSerialInStock(string serial, string sku, string location, string warehouse)
    {
        var error = host.ThenRefused<SerialAlreadyInStock>();
        host.Expect($"the serial '{serial}' of '{sku}' to be named as on hand in '{location}' of '{warehouse}'",
            error.Sku == sku && error.Serial == serial && error.Location == location && error.Warehouse == warehouse ? null : $"the refusal named the serial '{error.Serial}' of '{error.Sku}' in '{error.Location}' of '{error.Warehouse}'");
    }

    [Then("the command is refused because the serial {string} of {string} is not in {string} of {string}")]
    public void ThenRefusedAsSerialNotThere(string serial, string sku, string location, string warehouse)
    {
        var error = host.ThenRefused<SerialNotAtLocation>();
        host.Expect($"the serial '{serial}' of '{sku}' to be named as not in '{location}' of '{warehouse}'",
            error.Sku == sku && error.Serial == serial && error.Location == location && error.Warehouse == warehouse ? null : $"the refusal named the serial '{error.Serial}' of '{error.Sku}' in '{error.Location}' of '{error.Warehouse}'");
    }

    [Then("the command is refused because the serial {string} of {string} is not on hand anywhere")]
    public void ThenRefusedAsSerialNotInStock(string serial, string sku)
    {
        var error = host.ThenRefused<SerialNotInStock>();
        host.Expect($"the serial '{serial}' of '{sku}' to be named as not on hand", error.Sku == sku && error.Serial == serial ? null : $"the refusal named the serial '{error.Serial}' of '{error.Sku}'");
    }

    [Then("the command is refused because the serial {string} of {string} is in {string}, not {string}, and needs a transfer")]
    public void ThenRefusedAsSerialInOtherWarehouse(string serial, string sku, string warehouse, string requested)
    {
        var error = host.ThenRefused<SerialInOtherWarehouse>();
        host.Expect($"the serial '{serial}' of '{sku}' to be named as in '{warehouse}', not '{requested}'",
            error.Sku == sku && error.Serial == serial && error.Warehouse == warehouse && error.RequestedWarehouse == requested ? null : $"the refusal named the serial '{error.Serial}' of '{error.Sku}' in '{error.Warehouse}', not '{error.RequestedWarehouse}'");
    }

    private void ThenRecorded(string sku, IEventContract expected)
    {
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(expected, LedgerRules.StreamOf(sku))]);
    }

    private void ThenSerialListed(string serial, string sku, string where, Func<SerialRow, bool> holds) =>
        host.ThenView($"the serial '{serial}' of '{sku}' to be listed {where}", transaction =>
            LotsAndSerialsView.FindSerial(transaction, sku, serial) switch
            {
                null => "it is not listed",
                var row when holds(row) => null,
                var row => $"it is listed as {row.Place} {row.Location} {row.Warehouse}",
            });

    private static long UnixMs(string instant) => ClockSteps.ParseInstant(instant).ToUnixTimeMilliseconds();
}
