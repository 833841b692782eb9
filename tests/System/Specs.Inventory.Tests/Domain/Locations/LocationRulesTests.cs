using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Locations;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.Locations;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Tests.Domain.Locations;

public sealed class LocationRulesTests
{
    [Fact]
    public void R_3_1_a_warehouse_is_created_with_its_trimmed_code_and_name_on_its_own_stream()
    {
        var decision = DeciderSpec.Given()
            .When(new CreateWarehouse { Code = " MAIN ", Name = " Main warehouse " })
            .Then(new WarehouseCreated { Code = "MAIN", Name = "Main warehouse" });

        Assert.Equal("warehouse/main", decision.Stream);
    }

    [Fact]
    public void R_3_1_a_warehouse_code_already_used_is_refused_whatever_its_case() =>
        StockWorld.Given()
            .When(new CreateWarehouse { Code = "main", Name = "Again" })
            .ThenRefused(new WarehouseAlreadyExists("main", "MAIN"));

    [Fact]
    public void R_3_1_a_warehouse_code_of_65_characters_is_refused() =>
        DeciderSpec.Given()
            .When(new CreateWarehouse { Code = new string('W', 65), Name = "Too long" })
            .ThenRefused(new InvalidCode(CodeKind.Warehouse, new string('W', 65), 64));

    [Fact]
    public void R_3_1_a_warehouse_needs_a_name() =>
        DeciderSpec.Given()
            .When(new CreateWarehouse { Code = "EAST", Name = "" })
            .ThenRefused(new InvalidWarehouseName("EAST", "", 200));

    [Theory]
    [InlineData(LocationType.Pick, true)]
    [InlineData(LocationType.Bulk, true)]
    [InlineData(LocationType.Dropship, true)]
    [InlineData(LocationType.Receiving, false)]
    [InlineData(LocationType.Staging, false)]
    public void R_3_2_a_location_takes_the_sellability_of_its_type_by_default(LocationType type, bool sellable) =>
        StockWorld.Given()
            .When(new CreateLocation { Warehouse = "main", Location = " C-01 ", Type = type })
            .Then(new LocationCreated { Warehouse = "MAIN", Location = "C-01", Type = type, Sellable = sellable });

    [Fact]
    public void R_3_2_an_explicit_sellability_overrides_the_type_default() =>
        StockWorld.Given()
            .When(new CreateLocation { Warehouse = "MAIN", Location = "RCV-2", Type = LocationType.Receiving, Sellable = true })
            .Then(new LocationCreated { Warehouse = "MAIN", Location = "RCV-2", Type = LocationType.Receiving, Sellable = true });

    [Fact]
    public void R_3_2_a_location_code_already_used_in_the_warehouse_is_refused() =>
        StockWorld.Given()
            .When(new CreateLocation { Warehouse = "MAIN", Location = "a-01", Type = LocationType.Bulk })
            .ThenRefused(new LocationAlreadyExists("MAIN", "a-01", "A-01"));

    [Fact]
    public void R_3_2_the_same_location_code_may_exist_in_another_warehouse() =>
        StockWorld.Given()
            .When(new CreateLocation { Warehouse = "WEST", Location = "A-02", Type = LocationType.Pick })
            .Then(new LocationCreated { Warehouse = "WEST", Location = "A-02", Type = LocationType.Pick, Sellable = true });

    [Fact]
    public void R_3_2_a_location_code_of_exactly_64_characters_is_accepted() =>
        StockWorld.Given()
            .When(new CreateLocation { Warehouse = "MAIN", Location = new string('L', 64), Type = LocationType.Pick })
            .Then(new LocationCreated { Warehouse = "MAIN", Location = new string('L', 64), Type = LocationType.Pick, Sellable = true });

    [Fact]
    public void R_3_3_a_location_in_an_unknown_warehouse_is_refused() =>
        StockWorld.Given()
            .When(new CreateLocation { Warehouse = "EAST", Location = "A-01", Type = LocationType.Pick })
            .ThenRefused(new UnknownWarehouse("EAST"));

    [Fact]
    public void R_3_3_a_command_citing_an_unknown_location_is_refused() =>
        StockWorld.Given()
            .When(new SetSellable { Warehouse = "MAIN", Location = "Z-99", Sellable = false })
            .ThenRefused(new UnknownLocation("MAIN", "Z-99"));

    [Fact]
    public void R_3_4_a_location_is_made_non_sellable() =>
        StockWorld.Given()
            .When(new SetSellable { Warehouse = "main", Location = "a-01", Sellable = false })
            .Then(new LocationSellabilityChanged { Warehouse = "MAIN", Location = "A-01", Sellable = false });

    [Fact]
    public void R_3_4_setting_the_sellability_a_location_already_has_changes_nothing() =>
        StockWorld.Given()
            .When(new SetSellable { Warehouse = "MAIN", Location = "RCV", Sellable = false })
            .ThenNothingChanges();

    [Fact]
    public void R_3_4_stock_in_non_sellable_locations_is_on_hand_but_not_available()
    {
        var state = StockWorld.State(
            StockWorld.Added("SKU-100", "A-01", 10),
            StockWorld.Added("SKU-100", "RCV", 4),
            new LocationSellabilityChanged { Warehouse = "MAIN", Location = "A-01", Sellable = false });

        var figures = StockFigures.Of(state, "SKU-100");

        Assert.Equal(14, figures.OnHand);
        Assert.Equal(0, figures.Available);
        Assert.Equal(14, figures.NonSellable);
    }

    [Fact]
    public void R_3_4_making_a_location_sellable_again_returns_its_stock_to_available()
    {
        var state = StockWorld.State(
            StockWorld.Added("SKU-100", "A-01", 10),
            new LocationSellabilityChanged { Warehouse = "MAIN", Location = "A-01", Sellable = false },
            new LocationSellabilityChanged { Warehouse = "MAIN", Location = "A-01", Sellable = true });

        Assert.Equal(10, StockFigures.Of(state, "SKU-100").Available);
    }

    [Fact]
    public void R_3_5_a_location_is_locked_and_unlocked()
    {
        StockWorld.Given()
            .When(new LockLocation { Warehouse = "MAIN", Location = "A-01" })
            .Then(new LocationLocked { Warehouse = "MAIN", Location = "A-01" });
        StockWorld.Given(new LocationLocked { Warehouse = "MAIN", Location = "A-01" })
            .When(new UnlockLocation { Warehouse = "MAIN", Location = "A-01" })
            .Then(new LocationUnlocked { Warehouse = "MAIN", Location = "A-01" });
    }

    [Fact]
    public void R_3_5_locking_a_locked_location_or_unlocking_an_unlocked_one_changes_nothing()
    {
        StockWorld.Given(new LocationLocked { Warehouse = "MAIN", Location = "A-01" })
            .When(new LockLocation { Warehouse = "MAIN", Location = "A-01" })
            .ThenNothingChanges();
        StockWorld.Given()
            .When(new UnlockLocation { Warehouse = "MAIN", Location = "A-01" })
            .ThenNothingChanges();
    }

    [Fact]
    public void R_3_5_nothing_is_added_to_a_locked_location() =>
        StockWorld.Given(new LocationLocked { Warehouse = "MAIN", Location = "A-01" })
            .When(new AddItem { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 1, Reason = "Received" })
            .ThenRefused(new LocationIsLocked("MAIN", "A-01"));

    [Fact]
    public void R_3_5_nothing_moves_out_of_a_locked_location() =>
        StockWorld.Given(StockWorld.Added("SKU-100", "A-01", 5), new LocationLocked { Warehouse = "MAIN", Location = "A-01" })
            .When(new MoveItem { Sku = "SKU-100", Warehouse = "MAIN", FromLocation = "A-01", ToLocation = "B-01", Quantity = 1 })
            .ThenRefused(new LocationIsLocked("MAIN", "A-01"));

    [Fact]
    public void R_3_5_nothing_moves_into_a_locked_location() =>
        StockWorld.Given(StockWorld.Added("SKU-100", "A-01", 5), new LocationLocked { Warehouse = "MAIN", Location = "B-01" })
            .When(new MoveItem { Sku = "SKU-100", Warehouse = "MAIN", FromLocation = "A-01", ToLocation = "B-01", Quantity = 1 })
            .ThenRefused(new LocationIsLocked("MAIN", "B-01"));

    [Fact]
    public void R_3_5_stock_moves_again_once_the_location_is_unlocked() =>
        StockWorld.Given(
                StockWorld.Added("SKU-100", "A-01", 5),
                new LocationLocked { Warehouse = "MAIN", Location = "A-01" },
                new LocationUnlocked { Warehouse = "MAIN", Location = "A-01" })
            .When(new RemoveItem { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 5, Reason = "Damaged" })
            .Then(new QuantityRemoved { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 5, Reason = "Damaged" });

    [Fact]
    public void R_3_6_an_empty_location_is_deleted() =>
        StockWorld.Given()
            .When(new DeleteLocation { Warehouse = "MAIN", Location = "b-01" })
            .Then(new LocationDeleted { Warehouse = "MAIN", Location = "B-01" });

    [Fact]
    public void R_3_6_a_location_holding_stock_of_any_sku_can_not_be_deleted() =>
        StockWorld.Given(StockWorld.Added("SKU-100", "B-01", 2), StockWorld.Added("MILK", "B-01", 1, lot: "L1"))
            .When(new DeleteLocation { Warehouse = "MAIN", Location = "B-01" })
            .ThenRefused(new LocationNotEmpty("MAIN", "B-01", 3));

    [Fact]
    public void R_3_6_a_location_is_deleted_once_its_last_unit_moved_out() =>
        StockWorld.Given(
                StockWorld.Added("SKU-100", "B-01", 2),
                new ItemMoved { Sku = "SKU-100", Warehouse = "MAIN", FromLocation = "B-01", ToLocation = "A-01", Quantity = 2 })
            .When(new DeleteLocation { Warehouse = "MAIN", Location = "B-01" })
            .Then(new LocationDeleted { Warehouse = "MAIN", Location = "B-01" });

    [Fact]
    public void R_3_6_a_locked_location_can_not_be_deleted() =>
        StockWorld.Given(new LocationLocked { Warehouse = "MAIN", Location = "B-01" })
            .When(new DeleteLocation { Warehouse = "MAIN", Location = "B-01" })
            .ThenRefused(new LocationIsLocked("MAIN", "B-01"));

    [Fact]
    public void R_3_6_a_deleted_locations_code_may_be_used_again() =>
        StockWorld.Given(new LocationDeleted { Warehouse = "MAIN", Location = "B-01" })
            .When(new CreateLocation { Warehouse = "MAIN", Location = "B-01", Type = LocationType.Staging })
            .Then(new LocationCreated { Warehouse = "MAIN", Location = "B-01", Type = LocationType.Staging, Sellable = false });
}
