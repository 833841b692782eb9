using Reqnroll;
using Specs.Inventory.Contracts.Commands.Holds;
using Specs.Inventory.Contracts.Events.Holds;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Holds;
using Specs.Inventory.Domain.Sales;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Views;
using Specs.Inventory.Views.Stock;

namespace Specs.Steps;

/// <summary>
/// Area 7, holds and allocation: units held for someone until released or until their expiry (the clock
/// steps of ClockSteps move time), and sellable stock promised to a sale. A hold's events are on hold/id; a
/// sale's allocation on the sale's stream. Instants are UTC, written 2026-03-01 09:00.
/// </summary>
[Binding]
public sealed class HoldSteps(ScenarioHost host, TradeMemory memory)
{
    [Given("{long} unit(s) of {string} is/are held as {string}")]
    public void GivenAHold(long quantity, string sku, string holdId) => Hold(holdId, sku, quantity, null);

    [Given("^(\\d+) units? of \"([^\"]*)\" (?:is|are) held as \"([^\"]*)\" until " + TradeWords.Instant + "$")]
    public void GivenAHoldUntil(long quantity, string sku, string holdId, string expiresAt) => Hold(holdId, sku, quantity, TradeWords.UnixMs(expiresAt));

    [Given("the hold {string} was released")]
    public void GivenTheHoldWasReleased(string holdId)
    {
        var hold = memory.Hold(holdId);
        host.Given(HoldRules.StreamOf(holdId), new HoldReleased { HoldId = hold.HoldId, Sku = hold.Sku, Quantity = hold.Quantity, ReleasedAtUnixMs = host.NowUnixMs });
    }

    [Given("the hold {string} expired")]
    public void GivenTheHoldExpired(string holdId)
    {
        var hold = memory.Hold(holdId);
        host.Given(HoldRules.StreamOf(holdId), new HoldExpired { HoldId = hold.HoldId, Sku = hold.Sku, Quantity = hold.Quantity, ExpiredAtUnixMs = hold.ExpiresAtUnixMs ?? host.NowUnixMs });
    }

    [Given("the sale {string} from {string} was allocated")]
    public void GivenTheSaleWasAllocated(string externalId, string channel)
    {
        var sale = memory.Sale(channel, externalId);
        host.Given(SalesRules.StreamOf(channel, externalId), new SaleAllocated
        {
            Channel = sale.Channel,
            ExternalId = sale.ExternalId,
            Lines = [.. sale.Reserved.OrderBy(line => line.Sku, StringComparer.Ordinal).Select(line => new SaleLine { Sku = line.Sku, Quantity = line.Quantity })],
            AllocatedAtUnixMs = host.NowUnixMs,
        });
    }

    [When("the merchant holds {long} unit(s) of {string} as {string}")]
    public void WhenTheMerchantHolds(long quantity, string sku, string holdId) =>
        host.When(new CreateHold { HoldId = holdId, Sku = sku, Quantity = quantity });

    [When("^the merchant holds (-?\\d+) units? of \"([^\"]*)\" as \"([^\"]*)\" until " + TradeWords.Instant + "$")]
    public void WhenTheMerchantHoldsUntil(long quantity, string sku, string holdId, string expiresAt) =>
        host.When(new CreateHold { HoldId = holdId, Sku = sku, Quantity = quantity, ExpiresAtUnixMs = TradeWords.UnixMs(expiresAt) });

    [When("the merchant holds {long} unit(s) of {string} as {string} for {string}")]
    public void WhenTheMerchantHoldsFor(long quantity, string sku, string holdId, string note) =>
        host.When(new CreateHold { HoldId = holdId, Sku = sku, Quantity = quantity, Note = note });

    [When("the merchant holds {long} unit(s) of {string} as {string} with a note of {int} characters")]
    public void WhenTheMerchantHoldsWithNoteLength(long quantity, string sku, string holdId, int length) =>
        host.When(new CreateHold { HoldId = holdId, Sku = sku, Quantity = quantity, Note = ReferenceKinds.NameOfLength(length) });

    [When("the merchant holds {long} unit(s) of {string} under an id of {int} characters")]
    public void WhenTheMerchantHoldsWithIdLength(long quantity, string sku, int length) =>
        host.When(new CreateHold { HoldId = TradeWords.CodeOfLength("H-", length), Sku = sku, Quantity = quantity });

    [When("the merchant releases the hold {string}")]
    public void WhenTheMerchantReleases(string holdId) => host.When(new ReleaseHold { HoldId = holdId });

    [When("the merchant allocates the sale {string} from {string}")]
    public void WhenTheMerchantAllocates(string externalId, string channel) => host.When(new AllocateSale { Channel = channel, ExternalId = externalId });

    [When("the merchant deallocates the sale {string} from {string}")]
    public void WhenTheMerchantDeallocates(string externalId, string channel) => host.When(new DeallocateSale { Channel = channel, ExternalId = externalId });

    [Then("the hold {string} on {long} unit(s) of {string} is recorded")]
    public void ThenTheHoldIsRecorded(string holdId, long quantity, string sku) =>
        ThenRecorded(TradeWords.RecordedNow(new HoldCreated { HoldId = holdId, Sku = sku, Quantity = quantity }, HoldRules.StreamOf(holdId), "createdAtUnixMs"));

    [Then("^the hold \"([^\"]*)\" on (\\d+) units? of \"([^\"]*)\" until " + TradeWords.Instant + " is recorded$")]
    public void ThenTheHoldUntilIsRecorded(string holdId, long quantity, string sku, string expiresAt) =>
        ThenRecorded(TradeWords.RecordedNow(
            new HoldCreated { HoldId = holdId, Sku = sku, Quantity = quantity, ExpiresAtUnixMs = TradeWords.UnixMs(expiresAt) },
            HoldRules.StreamOf(holdId),
            "createdAtUnixMs"));

    [Then("the hold {string} on {long} unit(s) of {string} for {string} is recorded")]
    public void ThenTheHoldForIsRecorded(string holdId, long quantity, string sku, string note) =>
        ThenRecorded(TradeWords.RecordedNow(new HoldCreated { HoldId = holdId, Sku = sku, Quantity = quantity, Note = note }, HoldRules.StreamOf(holdId), "createdAtUnixMs"));

    [Then("the hold {string} on {long} unit(s) of {string} with a note of {int} characters is recorded")]
    public void ThenTheHoldWithNoteLengthIsRecorded(string holdId, long quantity, string sku, int length) =>
        ThenTheHoldForIsRecorded(holdId, quantity, sku, ReferenceKinds.NameOfLength(length));

    [Then("a hold with an id of {int} characters on {long} unit(s) of {string} is recorded")]
    public void ThenAHoldWithIdLengthIsRecorded(int length, long quantity, string sku) =>
        ThenTheHoldIsRecorded(TradeWords.CodeOfLength("H-", length), quantity, sku);

    [Then("the release of the hold {string} on {long} unit(s) of {string} is recorded")]
    public void ThenTheReleaseIsRecorded(string holdId, long quantity, string sku) =>
        ThenRecorded(TradeWords.RecordedNow(new HoldReleased { HoldId = holdId, Sku = sku, Quantity = quantity }, HoldRules.StreamOf(holdId), "releasedAtUnixMs"));

    /// <summary>Columns hold, sku, quantity and "expired at": the expiries the clock's advance recorded, in order.</summary>
    [Then("these holds are recorded as expired:")]
    public void ThenTheseHoldsExpired(Table holds)
    {
        host.ThenNewEvents([.. holds.Rows.Select(row => ExpectedEvent.Of(
            new HoldExpired { HoldId = row["hold"], Sku = row["sku"], Quantity = TradeWords.Number(row, "quantity"), ExpiredAtUnixMs = TradeWords.UnixMs(row["expired at"]) },
            HoldRules.StreamOf(row["hold"])))]);
    }

    [Then("^the hold \"([^\"]*)\" on (\\d+) units? of \"([^\"]*)\" is recorded as expired at " + TradeWords.Instant + "$")]
    public void ThenTheHoldExpired(string holdId, long quantity, string sku, string expiredAt) =>
        host.ThenNewEvents([ExpectedEvent.Of(
            new HoldExpired { HoldId = holdId, Sku = sku, Quantity = quantity, ExpiredAtUnixMs = TradeWords.UnixMs(expiredAt) },
            HoldRules.StreamOf(holdId))]);

    /// <summary>Columns sku and quantity: the units promised to the sale.</summary>
    [Then("the sale {string} from {string} is recorded as allocated:")]
    public void ThenTheAllocationIsRecorded(string externalId, string channel, Table lines) =>
        ThenRecorded(TradeWords.RecordedNow(
            new SaleAllocated
            {
                Channel = channel,
                ExternalId = externalId,
                Lines = [.. lines.Rows.Select(row => new SaleLine { Sku = row["sku"], Quantity = TradeWords.Number(row, "quantity") })],
            },
            SalesRules.StreamOf(channel, externalId),
            "allocatedAtUnixMs"));

    [Then("the sale {string} from {string} is recorded as deallocated")]
    public void ThenTheDeallocationIsRecorded(string externalId, string channel) =>
        ThenRecorded(TradeWords.RecordedNow(new SaleDeallocated { Channel = channel, ExternalId = externalId }, SalesRules.StreamOf(channel, externalId), "deallocatedAtUnixMs"));

    [Then("{string} has {long} unit(s) held")]
    public void ThenHeld(string sku, long units) =>
        host.ThenView($"'{sku}' to have {units} units held", transaction =>
        {
            var held = StockView.Find(transaction, sku)?.Held ?? 0;
            return held == units ? null : $"it has {held}";
        });

    [Then("^the hold \"([^\"]*)\" is listed as (active|released|expired)$")]
    public void ThenTheHoldIsListedAs(string holdId, string status) =>
        host.ThenView($"the hold '{holdId}' to be listed as {status}", transaction =>
            HoldsView.Find(transaction, holdId) switch
            {
                null => "it is not listed",
                { Status: var listed } when listed.ToString().Equals(status, StringComparison.OrdinalIgnoreCase) => null,
                { Status: var listed } => $"it is listed as {listed.ToString().ToLowerInvariant()}",
            });

    [Then("^the sale \"([^\"]*)\" from \"([^\"]*)\" is listed as (allocated|not allocated)$")]
    public void ThenTheSaleIsListedAsAllocated(string externalId, string channel, string allocated) =>
        host.ThenView($"the sale '{externalId}' from '{channel}' to be listed as {allocated}", transaction =>
            SalesView.Find(transaction, channel, externalId) switch
            {
                null => "it is not listed",
                { Allocated: var listed } when listed == (allocated == "allocated") => null,
                { Allocated: var listed } => $"it is listed as {(listed ? "allocated" : "not allocated")}",
            });

    [Then("the hold is refused because only {long} unit(s) of {string} is/are available, {long} short")]
    public void ThenRefusedAsShort(long available, string sku, long missing)
    {
        var error = host.ThenRefused<HoldExceedsAvailable>();
        host.Expect($"the hold to be refused with {available} units of '{sku}' available, {missing} short",
            error.Available == available && error.Sku == sku && error.Short == missing ? null : $"the refusal said {error.Available} units of '{error.Sku}' are available, {error.Short} short");
    }

    [Then("the hold is refused because the hold {string} already exists")]
    public void ThenRefusedAsExisting(string existing)
    {
        var error = host.ThenRefused<HoldAlreadyExists>();
        host.Expect($"the existing hold to be '{existing}'", error.ExistingHoldId == existing ? null : $"the refusal named '{error.ExistingHoldId}'");
    }

    [Then("the hold is refused because a hold id is 1 to {int} characters, not {int}")]
    public void ThenRefusedAsBadId(int maxLength, int length)
    {
        var error = host.ThenRefused<InvalidHoldId>();
        host.Expect($"a hold id of {length} characters to be refused (at most {maxLength})",
            error.MaxLength == maxLength && error.HoldId.Length == length ? null : $"the refusal was about '{error.HoldId}', at most {error.MaxLength}");
    }

    [Then("the hold is refused because its note has {int} characters, more than {int}")]
    public void ThenRefusedAsLongNote(int length, int maxLength)
    {
        var error = host.ThenRefused<HoldNoteTooLong>();
        host.Expect($"a note of {length} characters to be refused (at most {maxLength})",
            error.Length == length && error.MaxLength == maxLength ? null : $"the refusal was about {error.Length} characters, at most {error.MaxLength}");
    }

    [Then("^the hold is refused because it would expire at " + TradeWords.Instant + ", not after the clock's " + TradeWords.Instant + "$")]
    public void ThenRefusedAsExpiryPast(string expiresAt, string now)
    {
        var error = host.ThenRefused<HoldExpiryNotInFuture>();
        host.Expect($"an expiry at {expiresAt} to be refused with the clock at {now}",
            error.ExpiresAtUnixMs == TradeWords.UnixMs(expiresAt) && error.NowUnixMs == TradeWords.UnixMs(now) ? null : $"the refusal was about {error.ExpiresAtUnixMs} with the clock at {error.NowUnixMs}");
    }

    [Then("the command is refused because there is no hold {string}")]
    public void ThenRefusedAsUnknownHold(string holdId)
    {
        var error = host.ThenRefused<UnknownHold>();
        host.Expect($"the unknown hold to be '{holdId}'", error.HoldId == holdId ? null : $"the refusal named '{error.HoldId}'");
    }

    [Then("the allocation is refused because the sale needs {long} unit(s) of {string} and only {long} is/are free for it, {long} going to sales ahead")]
    public void ThenRefusedAsAllocationShort(long needed, string sku, long free, long ahead)
    {
        var error = host.ThenRefused<AllocationShort>();
        host.Expect($"the allocation to need {needed} units of '{sku}' with {free} free and {ahead} ahead",
            error.Needed == needed && error.Sku == sku && Math.Max(0, error.Free) == free && error.AheadUnits == ahead
                ? null : $"the refusal said {error.Needed} units of '{error.Sku}' needed, {error.Free} free, {error.AheadUnits} ahead");
    }

    private void Hold(string holdId, string sku, long quantity, long? expiresAt)
    {
        host.Given(HoldRules.StreamOf(holdId), new HoldCreated { HoldId = holdId, Sku = sku, Quantity = quantity, ExpiresAtUnixMs = expiresAt, CreatedAtUnixMs = host.NowUnixMs });
        memory.Held(holdId, sku, quantity, expiresAt);
    }

    private void ThenRecorded(ExpectedEvent expected)
    {
        host.ThenAccepted();
        host.ThenNewEvents([expected]);
    }
}
