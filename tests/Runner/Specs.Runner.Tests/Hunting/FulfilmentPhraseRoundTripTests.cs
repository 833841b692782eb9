using System.Text.Json;
using System.Text.Json.Nodes;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Picking;
using Specs.Inventory.Contracts.Commands.Shipping;
using Specs.Inventory.Contracts.Commands.Transfers;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.Picking;
using Specs.Inventory.Contracts.Events.Sales;
using Specs.Inventory.Contracts.Events.Shipping;
using Specs.Inventory.Contracts.Events.Transfers;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Picking;
using Specs.Inventory.Domain.Sales;
using Specs.Inventory.Domain.Transfers;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Scenarios;
using Specs.Runner.Discovery;
using Specs.Runner.Hunting;
using Specs.Runner.Targets;

namespace Specs.Runner.Tests.Hunting;

/// <summary>
/// The picking, shipping and transfer phrases (areas 8-10), run for real through the corpus's steps: each Given records exactly the contract of the hunt's
/// case once its picklists are named (<see cref="ServerNames"/>), and each When submits exactly the case's command.
/// </summary>
[Collection(HuntCollection.Name)]
public sealed class FulfilmentPhraseRoundTripTests
{
    private const long At = 1_772_355_600_000;
    private static readonly Guid HuntedPicklist = new("cc2b3344-0000-4000-8000-000000000001");
    private static readonly Guid HuntedTransfer = new("7a2b3344-0000-4000-8000-000000000002");
    private static readonly Guid OtherTransfer = new("7a2b3344-0000-4000-8000-000000000003");
    private static readonly Guid WebSale = SaleIds.Of("Web", "E1");
    private static readonly Guid ShopSale = SaleIds.Of("Shop", "E2");

    public static TheoryData<string> Commands => ["assign", "pick", "pick-no-sale", "pick-lot", "express", "short", "complete", "plan", "plan-empty", "pass", "fail", "fail-noting", "put-back", "put-back-no-sale", "put-back-lot", "ship", "ship-by", "take-back", "plan-transfer", "plan-transfer-empty", "ship-transfer", "ship-transfer-items", "receive-transfer", "receive-transfer-items"];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Picking_shipping_and_transfer_phrases_record_and_submit_exactly_the_named_case(string command)
    {
        var past = new List<PastEvent>
        {
            new(LedgerRules.StreamOf("SKU-1"), At, new QuantityAdded { Sku = "SKU-1", Warehouse = "MAIN", Location = "A-01", Quantity = 3, Reason = "Received" }),
            new(SalesRules.StreamOf("Web", "E1"), At, Imported("Web", "E1", "SKU-1", 2)),
            new(SalesRules.StreamOf("Shop", "E2"), At, Imported("Shop", "E2", "SKU-2", 1)),
            new(PickingRules.StreamOf(HuntedPicklist), At, new PicklistCreated
            {
                PicklistId = HuntedPicklist,
                Warehouse = "MAIN",
                Lines = [new PicklistLine { Sku = "SKU-1", Quantity = 2, SaleId = WebSale }, new PicklistLine { Sku = "SKU-2", Quantity = 1, SaleId = ShopSale }, new PicklistLine { Sku = "SKU-3", Quantity = 1 }],
            }),
            new(PickingRules.StreamOf(HuntedPicklist), At, new PicklistAssigned { PicklistId = HuntedPicklist, Picker = "Ann" }),
            new(PickingRules.StreamOf(HuntedPicklist), At, new ItemPicked { PicklistId = HuntedPicklist, Sku = "SKU-1", SaleId = WebSale, Warehouse = "MAIN", Location = "A-01", Quantity = 1, PendingReleased = 1 }),
            new(PickingRules.StreamOf(HuntedPicklist), At, new ItemPicked { PicklistId = HuntedPicklist, Sku = "SKU-3", Warehouse = "MAIN", Location = "A-02", Quantity = 1 }),
            new(PickingRules.StreamOf(HuntedPicklist), At, new PickShorted { PicklistId = HuntedPicklist, Sku = "SKU-2", SaleId = ShopSale, Quantity = 1 }),
            new(PickingRules.StreamOf(HuntedPicklist), At, new ItemPassedCheck { PicklistId = HuntedPicklist, Sku = "SKU-1", SaleId = WebSale, Quantity = 1 }),
            new(PickingRules.StreamOf(HuntedPicklist), At, new ItemFailedCheck { PicklistId = HuntedPicklist, Sku = "SKU-1", SaleId = WebSale, Quantity = 1 }),
            new(PickingRules.StreamOf(HuntedPicklist), At, new PicklistCompleted { PicklistId = HuntedPicklist }),
            new(TransferRules.StreamOf(HuntedTransfer), At, new TransferCreated
            {
                TransferId = HuntedTransfer,
                FromWarehouse = "MAIN",
                ToWarehouse = "WEST",
                Lines = [new TransferLine { Sku = "SKU-1", Quantity = 2 }, new TransferLine { Sku = "LOT-1", Quantity = 1 }],
            }),
            new(TransferRules.StreamOf(HuntedTransfer), At, new TransferShipped
            {
                TransferId = HuntedTransfer,
                FromWarehouse = "MAIN",
                ToWarehouse = "WEST",
                Items = [new TransferItem { Sku = "SKU-1", Location = "A-01", Quantity = 1 }],
            }),
            new(TransferRules.StreamOf(HuntedTransfer), At, new TransferShipped
            {
                TransferId = HuntedTransfer,
                FromWarehouse = "MAIN",
                ToWarehouse = "WEST",
                Items = [new TransferItem { Sku = "SKU-1", Location = "A-01", Quantity = 1 }, new TransferItem { Sku = "LOT-1", Location = "B-01", Quantity = 1, Lot = "L1" }],
            }),
            new(TransferRules.StreamOf(HuntedTransfer), At, new TransferReceived { TransferId = HuntedTransfer, ToWarehouse = "WEST", Items = [new TransferItem { Sku = "SKU-1", Location = "A-01", Quantity = 1 }] }),
            new(TransferRules.StreamOf(OtherTransfer), At, new TransferCreated { TransferId = OtherTransfer, FromWarehouse = "WEST", ToWarehouse = "MAIN", Lines = [new TransferLine { Sku = "SKU-2", Quantity = 3 }] }),
            new(TransferRules.StreamOf(OtherTransfer), At, new TransferClosed { TransferId = OtherTransfer }),
        };
        ICommandContract when = command switch
        {
            "assign" => new AssignPicklist { PicklistId = HuntedPicklist, Picker = "Bo" },
            "pick" => new PickItem { PicklistId = HuntedPicklist, Sku = "SKU-1", SaleId = WebSale, Location = "A-01", Quantity = 1 },
            "pick-no-sale" => new PickItem { PicklistId = HuntedPicklist, Sku = "SKU-3", Location = "A-01", Quantity = 2 },
            "pick-lot" => new PickItem { PicklistId = HuntedPicklist, Sku = "SKU-1", SaleId = ShopSale, Location = "A-01", Quantity = 1, Lot = "L1" },
            "express" => new PickItem { PicklistId = HuntedPicklist, Sku = "SKU-1", SaleId = WebSale, Quantity = 1 },
            "short" => new ShortPick { PicklistId = HuntedPicklist, Sku = "SKU-1", SaleId = WebSale, Quantity = 1 },
            "complete" => new CompletePicklist { PicklistId = HuntedPicklist },
            "plan" => new CreatePicklist { Warehouse = "MAIN", Lines = [new PicklistLine { Sku = "SKU-1", Quantity = 1, SaleId = WebSale }, new PicklistLine { Sku = "SKU-2", Quantity = 1 }] },
            "plan-empty" => new CreatePicklist { Warehouse = "WEST" },
            "pass" => new ScanItem { PicklistId = HuntedPicklist, Sku = "SKU-1", SaleId = WebSale, Quantity = 1, Passed = true },
            "fail" => new ScanItem { PicklistId = HuntedPicklist, Sku = "SKU-1", SaleId = ShopSale, Quantity = 2 },
            "fail-noting" => new ScanItem { PicklistId = HuntedPicklist, Sku = "SKU-1", SaleId = WebSale, Quantity = 1, Note = "Dented box" },
            "put-back" => new UnpickItem { PicklistId = HuntedPicklist, Sku = "SKU-1", SaleId = WebSale, Location = "A-02", Quantity = 1 },
            "put-back-no-sale" => new UnpickItem { PicklistId = HuntedPicklist, Sku = "SKU-3", Location = "A-01", Quantity = 1 },
            "put-back-lot" => new UnpickItem { PicklistId = HuntedPicklist, Sku = "SKU-1", SaleId = WebSale, Location = "A-01", Quantity = 1, Lot = "L2" },
            "ship" => new ShipSale { SaleId = WebSale, TrackingNumber = "TRACK-9" },
            "ship-by" => new ShipSale { SaleId = ShopSale, TrackingNumber = "TRACK-9", Carrier = "Post" },
            "plan-transfer" => new CreateTransfer { FromWarehouse = "MAIN", ToWarehouse = "WEST", Lines = [new TransferLine { Sku = "SKU-1", Quantity = 1 }, new TransferLine { Sku = "SKU-2", Quantity = 4 }] },
            "plan-transfer-empty" => new CreateTransfer { FromWarehouse = "WEST", ToWarehouse = "MAIN" },
            "ship-transfer" => new ShipTransfer { TransferId = HuntedTransfer, Items = [new TransferItem { Sku = "SKU-1", Location = "A-01", Quantity = 1 }] },
            "ship-transfer-items" => new ShipTransfer { TransferId = OtherTransfer, Items = [new TransferItem { Sku = "SKU-2", Location = "A-01", Quantity = 1 }, new TransferItem { Sku = "LOT-1", Location = "A-01", Quantity = 2, Lot = "L2" }] },
            "receive-transfer" => new ReceiveTransfer { TransferId = HuntedTransfer, Items = [new TransferItem { Sku = "SKU-1", Location = "A-01", Quantity = 1 }] },
            "receive-transfer-items" => new ReceiveTransfer { TransferId = HuntedTransfer, Items = [new TransferItem { Sku = "LOT-1", Location = "A-01", Quantity = 1, Lot = "L1" }] },
            _ => new ReturnToStock { SaleId = WebSale, Sku = "SKU-1", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Damaged" },
        };
        var folder = HuntFixture.TemporaryFolder();
        Directory.CreateDirectory(folder);
        var feature = Path.Combine(folder, "round-trip.feature");
        var identity = new ScenarioIdentity(FeatureDiscovery.Uri(Path.GetFullPath(feature), Environment.CurrentDirectory), 3, "round trip");
        var (named, names) = ServerNames.Rename(new FoundCase(past, new SubmitCommand(when), At), identity);
        var memory = new PhraseMemory(names);
        var lines = new List<string> { "Feature: round trip", "", "  Scenario: round trip", $"    Given the clock reads {StepPhrases.Instant(At)}" };
        lines.AddRange(named.Given.Select(given => $"    And {StepPhrases.Given(given.Payload, given.AtUnixMs, memory) ?? throw new InvalidOperationException($"no phrase for {given.Payload.GetType().Name}")}"));
        var submitted = ((SubmitCommand)named.When).Command;
        lines.Add($"    When {StepPhrases.When(submitted, memory) ?? throw new InvalidOperationException($"no phrase for {submitted.GetType().Name}")}");
        lines.Add($"    Then {StepPhrases.InvariantsHold}");
        await File.WriteAllLinesAsync(feature, lines, TestContext.Current.CancellationToken);
        var output = Path.Combine(folder, "out");

        await SpecsCommand.RunAsync(["verify", feature, "--steps", HuntFixture.StepsAssembly, "--target", "lmdb", "--out", output, "--parallel", "1"], new StringWriter(), new StringWriter(),
            adjust: options => options with { Interactive = false }, stop: TestContext.Current.CancellationToken);

        var record = Record(Path.Combine(output, "cucumber.ndjson"));
        var given = record.GetProperty("given");
        Assert.Equal(named.Given.Count, given.GetArrayLength());
        for (var i = 0; i < named.Given.Count; i++)
        {
            Assert.Equal(named.Given[i].Stream, given[i].GetProperty("stream").GetString());
            Assert.Equal(named.Given[i].Payload.GetType().Name, given[i].GetProperty("type").GetString());
            Assert.True(JsonNode.DeepEquals(ContractJson.Fields(named.Given[i].Payload), JsonNode.Parse(given[i].GetProperty("fields").GetRawText())), $"given {i}: {given[i].GetProperty("fields").GetRawText()}");
        }

        var recordedWhen = record.GetProperty("when");
        Assert.Equal(submitted.GetType().Name, recordedWhen.GetProperty("type").GetString());
        Assert.True(JsonNode.DeepEquals(ContractJson.Fields(submitted), JsonNode.Parse(recordedWhen.GetProperty("fields").GetRawText())), recordedWhen.GetProperty("fields").GetRawText());
    }

    [Fact]
    public void A_past_pick_that_released_other_than_the_steps_would_keeps_the_generic_form()
    {
        // No Given imported the sale, so the steps would release nothing: a pick that released one unit can't be stated by them.
        var (named, names) = ServerNames.Rename(
            new FoundCase([new(PickingRules.StreamOf(HuntedPicklist), At, new ItemPicked { PicklistId = HuntedPicklist, Sku = "SKU-1", SaleId = ShopSale, Warehouse = "MAIN", Location = "A-01", Quantity = 1, PendingReleased = 1 })],
                new SubmitCommand(new CompletePicklist { PicklistId = HuntedPicklist }), At),
            new ScenarioIdentity("found.feature", 3, "found"));

        Assert.Null(StepPhrases.Given(named.Given[0].Payload, At, new PhraseMemory(names)));
        Assert.Equal("the picker completes the picklist \"P-1\"", StepPhrases.When(((SubmitCommand)named.When).Command, new PhraseMemory(names)));
    }

    private static SaleImported Imported(string channel, string externalId, string sku, long quantity) => new()
    {
        Channel = channel,
        ExternalId = externalId,
        Lines = [new SaleLine { Sku = sku, Quantity = quantity }],
        PendingLines = [new SaleLine { Sku = sku, Quantity = quantity }],
        Status = SaleStatus.Open,
        Priority = SalePriority.Normal,
        OrderedAtUnixMs = At,
    };

    /// <summary>The scenario record the host attached to the one scenario's run.</summary>
    private static JsonElement Record(string ndjson)
    {
        foreach (var line in File.ReadLines(ndjson))
        {
            using var envelope = JsonDocument.Parse(line);
            if (envelope.RootElement.TryGetProperty("attachment", out var attachment)
                && attachment.TryGetProperty("fileName", out var name) && name.GetString() == ScenarioHostTarget.RecordFileName)
            {
                using var record = JsonDocument.Parse(attachment.GetProperty("body").GetString()!);
                return record.RootElement.Clone();
            }
        }

        throw new InvalidOperationException($"no {ScenarioHostTarget.RecordFileName} in {ndjson}");
    }
}
