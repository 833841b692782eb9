using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Locations;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.Locations;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Runner.Hunting;

namespace Specs.Runner.Tests.Hunting;

/// <summary>Every phrase the hunter writes is one the corpus's step definitions bind (checked with `specs verify --dry-run`).</summary>
[Collection(HuntCollection.Name)]
public sealed class StepPhrasesTests
{
    [Fact]
    public async Task Every_phrase_the_hunter_writes_matches_a_step_of_the_corpus()
    {
        IEventContract[] events =
        [
            new ReasonCreated { Name = "Received" }, new SupplierCreated { Name = "Acme" }, new ChannelCreated { Name = "Web" },
            new ReferenceDeactivated { Kind = ReferenceKind.Channel, Name = "Web" },
            new ProductCreated { Sku = "SKU-1", Name = "Product SKU-1" }, new ProductCreated { Sku = "LOT-1", Name = "Product LOT-1", Tracking = TrackingMode.Lot },
            new AlternateSkuAdded { Sku = "SKU-1", AlternateSku = "ALT-1" }, new ProductDeactivated { Sku = "SKU-1" },
            new WarehouseCreated { Code = "MAIN", Name = "Warehouse MAIN" },
            new LocationCreated { Warehouse = "MAIN", Location = "R-01", Type = LocationType.Receiving, Sellable = false },
            new LocationLocked { Warehouse = "MAIN", Location = "A-01" }, new LocationDeleted { Warehouse = "MAIN", Location = "A-02" },
            new QuantityAdded { Sku = "SKU-1", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Received" },
            new ItemMoved { Sku = "SKU-1", Warehouse = "MAIN", FromLocation = "A-01", ToLocation = "A-02", Quantity = 2 },
            new QuantityRemoved { Sku = "SKU-1", Warehouse = "MAIN", Location = "A-01", Quantity = 3, Reason = "Damaged" },
        ];
        ICommandContract[] commands =
        [
            new CreateReason { Name = "R" }, new CreateSupplier { Name = "S" }, new CreateChannel { Name = "C" },
            new DeactivateReference { Kind = ReferenceKind.Supplier, Name = "S" },
            new CreateProduct { Sku = "SKU-9", Name = "Name 1" }, new AddAlternateSku { Sku = "SKU-1", AlternateSku = "ALT-2" },
            new DeactivateProduct { Sku = "SKU-1" }, new SetTracking { Sku = "SKU-1", Tracking = TrackingMode.Serial },
            new CreateWarehouse { Code = "WEST", Name = "West" }, new CreateLocation { Warehouse = "MAIN", Location = "B-01", Type = LocationType.Bulk },
            new CreateLocation { Warehouse = "MAIN", Location = "S-01", Type = LocationType.Staging, Sellable = true },
            new LockLocation { Warehouse = "MAIN", Location = "A-01" }, new UnlockLocation { Warehouse = "MAIN", Location = "A-01" },
            new DeleteLocation { Warehouse = "MAIN", Location = "A-01" }, new SetSellable { Warehouse = "MAIN", Location = "A-01", Sellable = false },
            new AddItem { Sku = "SKU-1", Warehouse = "MAIN", Location = "A-01", Quantity = -1, Reason = "" },
            new RemoveItem { Sku = "SKU-1", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Damaged" },
            new MoveItem { Sku = "SKU-1", Warehouse = "MAIN", FromLocation = "A-01", ToLocation = "A-02", Quantity = 4 },
            new SetItemQuantity { Sku = "SKU-1", Warehouse = "MAIN", Location = "A-01", Quantity = 0, Reason = "Received" },
        ];
        var lines = new List<string> { "Feature: phrases", "" };
        var n = 0;
        foreach (var command in commands)
        {
            lines.Add($"  Scenario: phrase {++n}");
            lines.Add($"    Given the clock reads {StepPhrases.Instant(1_772_355_600_123)}");
            lines.AddRange(events.Select(payload => $"    And {StepPhrases.Given(payload) ?? throw new InvalidOperationException($"no phrase for {payload.GetType().Name}")}"));
            lines.Add($"    When {StepPhrases.When(command) ?? throw new InvalidOperationException($"no phrase for {command.GetType().Name}")}");
            lines.Add($"    Then {StepPhrases.InvariantsHold}");
            lines.Add("");
        }

        var folder = HuntFixture.TemporaryFolder();
        Directory.CreateDirectory(folder);
        var feature = Path.Combine(folder, "phrases.feature");
        await File.WriteAllLinesAsync(feature, lines, TestContext.Current.CancellationToken);
        var output = new StringWriter();

        var exitCode = await SpecsCommand.RunAsync(["verify", feature, "--steps", HuntFixture.StepsAssembly, "--dry-run", "--out", Path.Combine(folder, "out")], output, new StringWriter(), stop: TestContext.Current.CancellationToken);

        Assert.True(exitCode == 0, output.ToString());
    }
}
