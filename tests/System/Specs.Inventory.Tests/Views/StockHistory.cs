using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Kits;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Locations;
using Specs.Inventory.Contracts.Commands.Lots;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Pipeline;

namespace Specs.Inventory.Tests.Views;

/// <summary>
/// A realistic day of the stock core's areas (catalog, kits, places, ledger, lots and serials) as
/// batches of pipeline requests: what the view tests replay. Every command in it is accepted.
/// </summary>
internal static class StockHistory
{
    public const long StartUnixMs = 1_772_355_600_000;
    public const long MilkL1ExpiresAt = StartUnixMs + (24 * 3_600_000);

    public static IReadOnlyList<IReadOnlyList<PipelineRequest>> Batches =>
    [
        [
            Do(new CreateReason { Name = "Received" }),
            Do(new CreateReason { Name = "Damaged" }),
            Do(new CreateReason { Name = "Cycle count" }),
            Do(new CreateWarehouse { Code = "MAIN", Name = "Main warehouse" }),
            Do(new CreateWarehouse { Code = "WEST", Name = "West coast" }),
            Do(new CreateLocation { Warehouse = "MAIN", Location = "A-01", Type = LocationType.Pick }),
            Do(new CreateLocation { Warehouse = "MAIN", Location = "A-02", Type = LocationType.Pick }),
            Do(new CreateLocation { Warehouse = "MAIN", Location = "B-01", Type = LocationType.Bulk }),
            Do(new CreateLocation { Warehouse = "MAIN", Location = "RCV", Type = LocationType.Receiving }),
            Do(new CreateLocation { Warehouse = "MAIN", Location = "TMP", Type = LocationType.Staging }),
            Do(new CreateLocation { Warehouse = "WEST", Location = "A-01", Type = LocationType.Pick }),
        ],
        [
            Do(new CreateProduct { Sku = "MUG", Name = "Blue mug" }),
            Do(new CreateProduct { Sku = "LID", Name = "Mug lid", Description = "Fits every mug" }),
            Do(new CreateProduct { Sku = "MILK", Name = "Whole milk", Tracking = TrackingMode.Lot }),
            Do(new CreateProduct { Sku = "PHONE", Name = "Phone", Tracking = TrackingMode.Serial }),
            Do(new CreateProduct { Sku = "GIFT", Name = "Mug gift set" }),
            Do(new CreateProduct { Sku = "BOX", Name = "Two gift sets" }),
            Do(new CreateProduct { Sku = "OLD", Name = "Retired item" }),
            Do(new AddAlternateSku { Sku = "MUG", AlternateSku = "mug-blue-0001" }),
            Do(new UpdateProduct { Sku = "LID", Name = "Mug lid (black)" }),
            Do(new DeactivateProduct { Sku = "OLD" }),
            Do(new CreateKit { Sku = "GIFT", Lines = [new KitLine { Sku = "MUG", Quantity = 2 }, new KitLine { Sku = "LID", Quantity = 1 }] }),
            Do(new CreateKit { Sku = "BOX", Lines = [new KitLine { Sku = "GIFT", Quantity = 2 }] }),
            Do(new RegisterLot { Sku = "MILK", Lot = "L1", ExpiresAtUnixMs = MilkL1ExpiresAt }),
            Do(new RegisterLot { Sku = "MILK", Lot = "L2" }),
            Do(new RegisterSerial { Sku = "PHONE", Serial = "SN-9" }),
        ],
        [
            Do(new AddItem { Sku = "MUG", Warehouse = "MAIN", Location = "RCV", Quantity = 40, Reason = "Received" }),
            Do(new MoveItem { Sku = "mug-blue-0001", Warehouse = "MAIN", FromLocation = "RCV", ToLocation = "A-01", Quantity = 25 }),
            Do(new AddItem { Sku = "LID", Warehouse = "MAIN", Location = "A-02", Quantity = 12, Reason = "Received" }),
            Do(new AddItem { Sku = "MUG", Warehouse = "WEST", Location = "A-01", Quantity = 7, Reason = "Received" }),
            Do(new AddItem { Sku = "MILK", Warehouse = "MAIN", Location = "A-01", Quantity = 30, Reason = "Received", Lot = "L1" }),
            Do(new AddItem { Sku = "MILK", Warehouse = "MAIN", Location = "A-01", Quantity = 5, Reason = "Received", Lot = "L2" }),
            Do(new MoveItem { Sku = "MILK", Warehouse = "MAIN", FromLocation = "A-01", ToLocation = "B-01", Quantity = 10, Lot = "L1" }),
            Do(new AddItem { Sku = "PHONE", Warehouse = "MAIN", Location = "A-02", Quantity = 3, Reason = "Received", Serials = ["SN-1", "SN-2", "sn-9"] }),
            Do(new MoveSerial { Sku = "PHONE", Serial = "SN-2", Warehouse = "MAIN", ToLocation = "B-01" }),
            Do(new RemoveItem { Sku = "PHONE", Warehouse = "MAIN", Location = "A-02", Quantity = 1, Reason = "Damaged", Serials = ["SN-1"] }),
        ],
        [
            Do(new AddItem { Sku = "LID", Warehouse = "MAIN", Location = "A-01", Quantity = 10, Reason = "Received" }),
            Do(new AssembleKit { Sku = "GIFT", Warehouse = "MAIN", Location = "A-01", Quantity = 3 }),
            Do(new AssembleKit { Sku = "GIFT", Warehouse = "MAIN", Location = "A-01", Quantity = 4 }),
            Do(new DisassembleKit { Sku = "GIFT", Warehouse = "MAIN", Location = "A-01", Quantity = 1 }),
            Do(new SetItemQuantity { Sku = "MUG", Warehouse = "MAIN", Location = "RCV", Quantity = 13, Reason = "Cycle count" }),
            Do(new SetSellable { Warehouse = "MAIN", Location = "A-02", Sellable = false }),
            Do(new LockLocation { Warehouse = "MAIN", Location = "B-01" }),
            Do(new UnlockLocation { Warehouse = "MAIN", Location = "B-01" }),
            Do(new DeleteLocation { Warehouse = "MAIN", Location = "TMP" }),
            Do(new SetItemQuantity { Sku = "PHONE", Warehouse = "MAIN", Location = "B-01", Quantity = 1, Reason = "Cycle count", Serials = ["SN-7"] }),
        ],
        [new AdvanceClock(MilkL1ExpiresAt)],
        [
            Do(new RemoveItem { Sku = "MUG", Warehouse = "WEST", Location = "A-01", Quantity = 7, Reason = "Damaged" }),
            Do(new SetSellable { Warehouse = "MAIN", Location = "RCV", Sellable = true }),
        ],
    ];

    private static SubmitCommand Do(ICommandContract command) => new(command);
}
