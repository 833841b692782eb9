using System.Globalization;
using Reqnroll;
using Specs.Inventory.Contracts;

using Specs.Inventory.Contracts.Commands.Counts;
using Specs.Inventory.Contracts.Events.Counts;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.Locations;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Counts;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Views.Counts;

namespace Specs.Steps;

/// <summary>
/// Area 11, cycle counts. Scenarios name counts by a label ("C-1"); a count given as started gets an id
/// derived from its label and a snapshot of what the scenario's past put on hand in its locations (as the
/// domain would have taken it), and every count given as recorded states its expected units from the same
/// past, so a scenario says only what was counted. All events of a count are on its stream. A count the
/// When starts has a server-generated id. Phrases name "the cycle count" so they never meet the ledger's
/// "the merchant counts" steps.
/// </summary>
[Binding]
public sealed class CountSteps(ScenarioHost host, CountBook counts)
{
    /// <summary>An optional " in lot "L-1"": the group always takes part (empty without a lot), as Reqnroll passes only groups that matched.</summary>
    private const string LotPart = "((?: in lot \"[^\"]*\")?)";

    [Given("the warehouse {string} has {int} pick locations to count")]
    public void GivenManyLocations(string warehouse, int number)
    {
        host.Given(LocationRules.StreamOf(warehouse), new WarehouseCreated { Code = warehouse, Name = $"Warehouse {warehouse}" });
        foreach (var code in NumberedLocations(number))
        {
            host.Given(LocationRules.StreamOf(warehouse), new LocationCreated { Warehouse = warehouse, Location = code, Type = LocationType.Pick, Sellable = true });
        }
    }

    [Given("the cycle count {string} of {string} in {string} was started because {string}")]
    public void GivenTheCountWasStarted(string label, string locations, string warehouse, string reason)
    {
        var codes = CountBook.ListOf(locations);
        var entry = counts.Add(label, warehouse, codes, reason);
        host.Name(entry.Id, label);
        var snapshot = GivenStock.Slots(host)
            .Where(slot => GivenStock.Same(slot.Warehouse, warehouse) && codes.Any(code => GivenStock.Same(code, slot.Location)))
            .ToList();
        foreach (var slot in snapshot)
        {
            entry.Lines.Add(new CountBookLine(slot.Sku, slot.Location, slot.Lot, slot.Units));
        }

        host.Given(CountRules.StreamOf(entry.Id), new CountStarted
        {
            CountId = entry.Id,
            Warehouse = warehouse,
            Locations = codes,
            Reason = reason,
            Lines = [.. snapshot.Select(slot => new CountLine { Sku = slot.Sku, Location = slot.Location, Lot = slot.Lot, Quantity = slot.Units })],
        });
    }

    [Given("^in the cycle count \"([^\"]*)\" (\\d+) units? of \"([^\"]*)\"" + LotPart + " (?:was|were) counted in \"([^\"]*)\"$")]
    public void GivenUnitsWereCounted(string label, long quantity, string sku, string lot, string location) =>
        GivenCounted(counts.Get(label), sku, location, NoneIfEmpty(lot), quantity, []);

    [Given("in the cycle count {string} the serials {string} of {string} were counted in {string}")]
    public void GivenSerialsWereCounted(string label, string serials, string sku, string location)
    {
        var found = CountBook.ListOf(serials);
        GivenCounted(counts.Get(label), sku, location, null, found.Count, found);
    }

    [Given("^in the cycle count \"([^\"]*)\" a recount of \"([^\"]*)\"" + LotPart + " in \"([^\"]*)\" was asked for$")]
    public void GivenARecountWasAskedFor(string label, string sku, string lot, string location)
    {
        var entry = counts.Get(label);
        var line = entry.Find(sku, location, NoneIfEmpty(lot)) ?? throw new ArgumentException($"'{sku}' in '{location}' was not counted in '{label}'.", nameof(sku));
        line.RecountPending = true;
        host.Given(CountRules.StreamOf(entry.Id), Recount(entry, line, line.Variance, CountRules.Threshold(line.Expected)));
    }

    [Given("the cycle count {string} was cancelled")]
    public void GivenTheCountWasCancelled(string label)
    {
        var entry = counts.Get(label);
        host.Given(CountRules.StreamOf(entry.Id), new CountCancelled { CountId = entry.Id, Warehouse = entry.Warehouse });
    }

    /// <summary>Approval as the domain records it: the count, then one adjustment per line with a variance, against the stock of this moment.</summary>
    [Given("the cycle count {string} was approved")]
    public void GivenTheCountWasApproved(string label)
    {
        var entry = counts.Get(label);
        var adjustments = new List<QuantityAdjusted>();
        foreach (var line in entry.Lines.Where(line => line.Variance != 0))
        {
            var onHand = GivenStock.OnHand(host, line.Sku, entry.Warehouse, line.Location, line.Lot);
            var delta = Math.Max(line.Variance, -onHand);
            adjustments.Add(new QuantityAdjusted { Sku = line.Sku, Warehouse = entry.Warehouse, Location = line.Location, Lot = line.Lot, Delta = delta, Quantity = onHand + delta, Reason = entry.Reason });
        }

        var stream = CountRules.StreamOf(entry.Id);
        host.Given(stream, new CountApproved
        {
            CountId = entry.Id,
            Warehouse = entry.Warehouse,
            LinesCounted = entry.Lines.Count,
            LinesAdjusted = adjustments.Count,
            NetUnits = adjustments.Sum(adjusted => adjusted.Delta),
        });
        foreach (var adjusted in adjustments)
        {
            host.Given(stream, adjusted);
        }
    }

    // The system names a new count itself (the id port); the page calls it what the scenario does.
    private void Start(StartCount command)
    {
        host.When(command);
        host.NameNew<CountStarted>(started => started.CountId, "the new count");
    }

    [When("the merchant starts a cycle count of {string} in {string} because {string}")]
    public void WhenTheMerchantStartsACount(string locations, string warehouse, string reason) =>
        Start(new StartCount { Warehouse = warehouse, Locations = CountBook.ListOf(locations), Reason = reason });

    [When("the merchant starts a cycle count of {int} locations in {string} because {string}")]
    public void WhenTheMerchantStartsACountOfMany(int number, string warehouse, string reason) =>
        Start(new StartCount { Warehouse = warehouse, Locations = NumberedLocations(number), Reason = reason });

    [When("the merchant starts a cycle count of no location in {string} because {string}")]
    public void WhenTheMerchantStartsACountOfNothing(string warehouse, string reason) =>
        Start(new StartCount { Warehouse = warehouse, Locations = [], Reason = reason });

    [When("^the counter records (-?\\d+) units? of \"([^\"]*)\"" + LotPart + " in \"([^\"]*)\" for the cycle count \"([^\"]*)\"$")]
    public void WhenTheCounterRecords(long quantity, string sku, string lot, string location, string label) =>
        host.When(new RecordCount { CountId = IdOf(label), Sku = sku, Location = location, Quantity = quantity, Lot = NoneIfEmpty(lot) });

    [When("the counter records {long} unit(s) of {string} with the serials {string} in {string} for the cycle count {string}")]
    public void WhenTheCounterRecordsSerials(long quantity, string sku, string serials, string location, string label) =>
        host.When(new RecordCount { CountId = IdOf(label), Sku = sku, Location = location, Quantity = quantity, Serials = CountBook.ListOf(serials) });

    [When("^the supervisor asks for a recount of \"([^\"]*)\"" + LotPart + " in \"([^\"]*)\" for the cycle count \"([^\"]*)\"$")]
    public void WhenTheSupervisorAsksForARecount(string sku, string lot, string location, string label) =>
        host.When(new RequestRecount { CountId = IdOf(label), Sku = sku, Location = location, Lot = NoneIfEmpty(lot) });

    [When("the supervisor approves the cycle count {string}")]
    public void WhenTheSupervisorApproves(string label) => host.When(new ApproveCount { CountId = IdOf(label) });

    [When("the supervisor cancels the cycle count {string}")]
    public void WhenTheSupervisorCancels(string label) => host.When(new CancelCount { CountId = IdOf(label) });

    /// <summary>The snapshot as a table: columns sku, location, units, and lot when some line has one.</summary>
    [Then("a cycle count of {string} in {string} is recorded as started because {string} with this snapshot:")]
    public void ThenACountIsRecordedWithSnapshot(string locations, string warehouse, string reason, Table snapshot) =>
        ThenStarted(locations, warehouse, reason, [.. snapshot.Rows.Select(row => new CountLine
        {
            Sku = row["sku"],
            Location = row["location"],
            Lot = row.TryGetValue("lot", out var lot) && lot.Length > 0 ? lot : null,
            Quantity = TradeWords.Whole(row["units"], "units"),
        })]);

    [Then("a cycle count of {string} in {string} is recorded as started because {string} with nothing on hand")]
    public void ThenACountIsRecordedEmpty(string locations, string warehouse, string reason) => ThenStarted(locations, warehouse, reason, []);

    [Then("a cycle count of {int} locations in {string} is recorded as started because {string} with nothing on hand")]
    public void ThenACountOfManyIsRecorded(int number, string warehouse, string reason) =>
        ThenStarted(string.Join(", ", NumberedLocations(number)), warehouse, reason, []);

    [Then("^the cycle count \"([^\"]*)\" records (\\d+) units? of \"([^\"]*)\"" + LotPart + " in \"([^\"]*)\" against (\\d+) expected, a variance of (-?\\d+)$")]
    public void ThenTheCountIsRecorded(string label, long counted, string sku, string lot, string location, long expected, long variance) =>
        ThenRecordedLine(label, sku, NoneIfEmpty(lot), location, counted, expected, variance, [], recount: null);

    [Then("^the cycle count \"([^\"]*)\" records (\\d+) units? of \"([^\"]*)\"" + LotPart + " in \"([^\"]*)\" against (\\d+) expected and asks for a recount: a variance of (-?\\d+) is over the threshold of (\\d+)$")]
    public void ThenTheCountIsRecordedWithARecount(string label, long counted, string sku, string lot, string location, long expected, long variance, long threshold) =>
        ThenRecordedLine(label, sku, NoneIfEmpty(lot), location, counted, expected, variance, [], recount: threshold);

    [Then("the cycle count {string} records {long} unit(s) of {string} with the serials {string} in {string} against {long} expected, a variance of {long}")]
    public void ThenTheSerialCountIsRecorded(string label, long counted, string sku, string serials, string location, long expected, long variance) =>
        ThenRecordedLine(label, sku, null, location, counted, expected, variance, CountBook.ListOf(serials), recount: null);

    [Then("^the cycle count \"([^\"]*)\" asks for a recount of \"([^\"]*)\"" + LotPart + " in \"([^\"]*)\": a variance of (-?\\d+) against the threshold of (\\d+)$")]
    public void ThenARecountIsAskedFor(string label, string sku, string lot, string location, long variance, long threshold)
    {
        var entry = counts.Get(label);
        var line = entry.Find(sku, location, NoneIfEmpty(lot));
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(
            Recount(entry, line ?? new CountBookLine(sku, location, NoneIfEmpty(lot), 0), variance, threshold),
            CountRules.StreamOf(entry.Id))]);
    }

    [Then("the cycle count {string} is recorded as approved with no adjustment")]
    public void ThenApprovedWithoutAdjustment(string label) => ThenApproved(label, []);

    /// <summary>The adjustments approval records, in order: columns sku, location, change, units (on hand after); lot, serials added and serials removed when they apply.</summary>
    [Then("the cycle count {string} is recorded as approved with these adjustments:")]
    public void ThenApprovedWithAdjustments(string label, Table adjustments)
    {
        var entry = counts.Get(label);
        ThenApproved(label, [.. adjustments.Rows.Select(row => new QuantityAdjusted
        {
            Sku = row["sku"],
            Warehouse = entry.Warehouse,
            Location = row["location"],
            Lot = Cell(row, "lot"),
            Delta = TradeWords.Whole(row["change"], "change"),
            Quantity = TradeWords.Whole(row["units"], "units"),
            Reason = entry.Reason,
            SerialsAdded = CountBook.ListOf(Cell(row, "serials added") ?? ""),
            SerialsRemoved = CountBook.ListOf(Cell(row, "serials removed") ?? ""),
        })]);
    }

    [Then("the cycle count {string} is recorded as cancelled")]
    public void ThenCancelled(string label)
    {
        var entry = counts.Get(label);
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(new CountCancelled { CountId = entry.Id, Warehouse = entry.Warehouse }, CountRules.StreamOf(entry.Id))]);
    }

    [Then("^the cycle count \"([^\"]*)\" is listed as (open|approved|cancelled) with (\\d+) of (\\d+) lines? counted and (\\d+) recounts? pending$")]
    public void ThenTheCountIsListed(string label, string status, long counted, long lines, long pending)
    {
        var entry = counts.Get(label);
        host.ThenView($"the cycle count '{label}' to be listed as {status} with {counted} of {lines} lines counted and {pending} recounts pending", transaction =>
            CountsView.Find(transaction, entry.Id) switch
            {
                null => "it is not listed",
                var row when row.Status.ToString().Equals(status, StringComparison.OrdinalIgnoreCase) && row.LinesCounted == counted && row.Lines == lines && row.RecountsPending == pending => null,
                var row => $"it is listed as {row.Status.ToString().ToLowerInvariant()} with {row.LinesCounted} of {row.Lines} lines counted and {row.RecountsPending} recounts pending",
            });
    }

    [Then("the command is refused because a cycle count in {string} must name 1 to {int} distinct locations, not {int}")]
    public void ThenRefusedAsLocationsInvalid(string warehouse, int maximum, int named)
    {
        var error = host.ThenRefused<CountLocationsInvalid>();
        host.Expect($"a count of {named} locations in '{warehouse}' to be refused, the limit being {maximum}",
            error.Warehouse == warehouse && error.Count == named && error.MaxLocations == maximum ? null : $"the refusal named {error.Count} locations in '{error.Warehouse}', limit {error.MaxLocations}");
    }

    [Then("the command is refused because {string} of {string} is already being counted by the cycle count {string}")]
    public void ThenRefusedAsAlreadyCounted(string location, string warehouse, string label)
    {
        var error = host.ThenRefused<LocationAlreadyCounted>();
        host.Expect($"'{location}' of '{warehouse}' to be named as counted by '{label}'",
            error.Location == location && error.Warehouse == warehouse && error.CountId == IdOf(label) ? null : $"the refusal named '{error.Location}' of '{error.Warehouse}' in count '{counts.LabelOf(error.CountId)}'");
    }

    [Then("the command is refused because {string} of {string} is not part of the cycle count {string}")]
    public void ThenRefusedAsNotInCount(string location, string warehouse, string label)
    {
        var error = host.ThenRefused<LocationNotInCount>();
        host.Expect($"'{location}' of '{warehouse}' to be named as outside '{label}'",
            error.Location == location && error.Warehouse == warehouse && error.CountId == IdOf(label) ? null : $"the refusal named '{error.Location}' of '{error.Warehouse}' in count '{counts.LabelOf(error.CountId)}'");
    }

    [Then("^the command is refused because \"([^\"]*)\"" + LotPart + " in \"([^\"]*)\" has not been counted in the cycle count \"([^\"]*)\"$")]
    public void ThenRefusedAsNotCounted(string sku, string lot, string location, string label)
    {
        var error = host.ThenRefused<LineNotCounted>();
        host.Expect($"'{sku}' in '{location}' to be named as not counted in '{label}'",
            error.Sku == sku && error.Location == location && error.Lot == NoneIfEmpty(lot) && error.CountId == IdOf(label) ? null : $"the refusal named '{error.Sku}' lot '{error.Lot}' in '{error.Location}' of count '{counts.LabelOf(error.CountId)}'");
    }

    [Then("^the approval is refused because (\\d+) lines? (?:is|are) not counted yet, the first \"([^\"]*)\"" + LotPart + " in \"([^\"]*)\"$")]
    public void ThenRefusedAsIncomplete(int uncounted, string sku, string lot, string location)
    {
        var error = host.ThenRefused<CountIncomplete>();
        host.Expect($"{uncounted} uncounted lines to be named, the first '{sku}' in '{location}'",
            error.UncountedLines == uncounted && error.Sku == sku && error.Lot == NoneIfEmpty(lot) && error.Location == location ? null : $"the refusal named {error.UncountedLines} lines, the first '{error.Sku}' lot '{error.Lot}' in '{error.Location}'");
    }

    [Then("^the approval is refused because \"([^\"]*)\"" + LotPart + " in \"([^\"]*)\" must be counted again first, its variance being (-?\\d+)$")]
    public void ThenRefusedAsRecountPending(string sku, string lot, string location, long variance)
    {
        var error = host.ThenRefused<RecountPending>();
        host.Expect($"'{sku}' in '{location}' to be named as waiting for a recount of variance {variance}",
            error.Sku == sku && error.Lot == NoneIfEmpty(lot) && error.Location == location && error.Variance == variance ? null : $"the refusal named '{error.Sku}' lot '{error.Lot}' in '{error.Location}' with variance {error.Variance}");
    }

    [Then("^the command is refused because the cycle count \"([^\"]*)\" is already (approved|cancelled)$")]
    public void ThenRefusedAsClosed(string label, string status)
    {
        var error = host.ThenRefused<CountClosed>();
        host.Expect($"the cycle count '{label}' to be named as {status}",
            error.CountId == IdOf(label) && error.Status.ToString().Equals(status, StringComparison.OrdinalIgnoreCase) ? null : $"the refusal named count '{counts.LabelOf(error.CountId)}' as {error.Status}");
    }

    [Then("the command is refused because there is no cycle count {string}")]
    public void ThenRefusedAsUnknownCount(string label)
    {
        var error = host.ThenRefused<UnknownCount>();
        host.Expect($"the unknown count to be '{label}'", error.CountId == IdOf(label) ? null : $"the refusal named count {counts.LabelOf(error.CountId)}");
    }

    private void GivenCounted(CountBookEntry entry, string sku, string location, string? lot, long quantity, IReadOnlyList<string> serials)
    {
        var line = entry.Find(sku, location, lot);
        if (line is null)
        {
            line = new CountBookLine(sku, location, lot, 0);
            entry.Lines.Add(line);
        }

        var expected = GivenStock.OnHand(host, sku, entry.Warehouse, location, lot);
        var variance = quantity - expected;
        var isRecount = line.Counted is not null;
        var stream = CountRules.StreamOf(entry.Id);
        host.Given(stream, new CountRecorded
        {
            CountId = entry.Id,
            Sku = line.Sku,
            Warehouse = entry.Warehouse,
            Location = line.Location,
            Lot = line.Lot,
            Counted = quantity,
            Snapshot = line.Snapshot,
            Expected = expected,
            Variance = variance,
            Serials = serials,
            IsRecount = isRecount,
        });
        (line.Counted, line.Expected, line.Variance, line.RecountPending) = (quantity, expected, variance, false);

        // As the domain decides it: a first count past the threshold asks for a recount in the same decision.
        var threshold = CountRules.Threshold(expected);
        if (!isRecount && Math.Abs(variance) > threshold)
        {
            line.RecountPending = true;
            host.Given(stream, Recount(entry, line, variance, threshold));
        }
    }

    private void ThenStarted(string locations, string warehouse, string reason, IReadOnlyList<CountLine> lines)
    {
        host.ThenAccepted();
        var expected = ExpectedEvent.Of(new CountStarted { Warehouse = warehouse, Locations = CountBook.ListOf(locations), Reason = reason, Lines = lines });
        host.ThenNewEvents([expected with { Fields = new Dictionary<string, string?>(expected.Fields) { ["countId"] = Placeholders.Id } }]);
        var stream = host.NewEvents.Count == 1 ? host.NewEvents[0].Stream : "";
        var countId = host.NewEvents.Count == 1 ? ((CountStarted)host.NewEvents[0].Payload).CountId : Guid.Empty;
        host.Expect("the count to be on its own stream", stream == CountRules.StreamOf(countId) ? null : $"it is on '{stream}'");
    }

    private void ThenRecordedLine(string label, string sku, string? lot, string location, long counted, long expected, long variance, IReadOnlyList<string> serials, long? recount)
    {
        var entry = counts.Get(label);
        var line = entry.Find(sku, location, lot);
        var recorded = new CountRecorded
        {
            CountId = entry.Id,
            Sku = sku,
            Warehouse = entry.Warehouse,
            Location = location,
            Lot = lot,
            Counted = counted,
            Snapshot = line?.Snapshot ?? 0,
            Expected = expected,
            Variance = variance,
            Serials = serials,
            IsRecount = line?.Counted is not null,
        };
        List<ExpectedEvent> events = [ExpectedEvent.Of(recorded, CountRules.StreamOf(entry.Id))];
        if (recount is { } threshold)
        {
            events.Add(ExpectedEvent.Of(Recount(entry, line ?? new CountBookLine(sku, location, lot, 0), variance, threshold), CountRules.StreamOf(entry.Id)));
        }

        host.ThenAccepted();
        host.ThenNewEvents(events);
    }

    private void ThenApproved(string label, IReadOnlyList<QuantityAdjusted> adjustments)
    {
        var entry = counts.Get(label);
        var stream = CountRules.StreamOf(entry.Id);
        var approved = new CountApproved
        {
            CountId = entry.Id,
            Warehouse = entry.Warehouse,
            LinesCounted = entry.Lines.Count,
            LinesAdjusted = adjustments.Count,
            NetUnits = adjustments.Sum(adjusted => adjusted.Delta),
        };
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(approved, stream), .. adjustments.Select(adjusted => ExpectedEvent.Of(adjusted, stream))]);
    }

    private static RecountRequested Recount(CountBookEntry entry, CountBookLine line, long variance, long threshold) => new()
    {
        CountId = entry.Id,
        Sku = line.Sku,
        Warehouse = entry.Warehouse,
        Location = line.Location,
        Lot = line.Lot,
        Variance = variance,
        Threshold = threshold,
    };

    private Guid IdOf(string label) => host.Name(counts.Find(label)?.Id ?? CountBook.IdOf(label), label);

    private static IReadOnlyList<string> NumberedLocations(int number) =>
        [.. Enumerable.Range(1, Math.Max(0, number)).Select(index => string.Create(CultureInfo.InvariantCulture, $"L-{index:000}"))];

    /// <summary>The lot of an optional " in lot "L-1"", or null without one.</summary>
    private static string? NoneIfEmpty(string? text) =>
        string.IsNullOrEmpty(text) ? null : text[(text.IndexOf('"', StringComparison.Ordinal) + 1)..text.LastIndexOf('"')];

    private static string? Cell(DataTableRow row, string column) => row.TryGetValue(column, out var value) && value.Length > 0 ? value : null;
}
