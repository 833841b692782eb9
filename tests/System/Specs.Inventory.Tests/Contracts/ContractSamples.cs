using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Receiving;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.Receiving;
using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Tests.Contracts;

/// <summary>
/// Fixed values of every real contract. The golden binaries under golden/ were written from these
/// and must keep decoding to them: never change a sample; add new ones for new fields.
/// </summary>
public static class ContractSamples
{
    public static readonly Guid ProductId = Guid.Parse("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    public static readonly Guid PurchaseOrderId = Guid.Parse("11111111-2222-3333-4444-555555555555");
    public static readonly Guid ReceiptId = Guid.Parse("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");

    public static ProductCreated ProductCreated => new()
    {
        ProductId = ProductId,
        Sku = "TSHIRT-RED-M",
        Name = "T-shirt rouge, taille M — ✓",
        Tracking = TrackingMode.Lot,
        Description = null,
    };

    public static QuantityAdded QuantityAdded => new()
    {
        Sku = "TSHIRT-RED-M",
        Location = "A-01-02",
        Quantity = 12,
        Reason = "stock-found",
        Lot = "LOT-2026-03",
        Serials = [],
    };

    public static QuantityRemoved QuantityRemoved => new()
    {
        Sku = "PHONE-X",
        Location = "B-07",
        Quantity = 2,
        Reason = "damaged",
        Lot = null,
        Serials = ["SN-0001", "SN-0002"],
    };

    public static ItemMoved ItemMoved => new()
    {
        Sku = "TSHIRT-RED-M",
        FromLocation = "RECEIVING",
        ToLocation = "A-01-02",
        Quantity = long.MaxValue,
        Lot = "LOT-2026-03",
        Serials = [],
    };

    public static ItemsReceived ItemsReceived => new()
    {
        PurchaseOrderId = PurchaseOrderId,
        ReceiptId = ReceiptId,
        Location = "RECEIVING",
        Lines =
        [
            new ReceiptLine { Sku = "TSHIRT-RED-M", Quantity = 40, Lot = "LOT-2026-03", ExpiresAtUnixMs = 1_798_761_600_000, UnitCostMinor = 450 },
            new ReceiptLine { Sku = "PHONE-X", Quantity = 2, Serials = ["SN-0003", "SN-0004"], UnitCostMinor = 39_900 },
            new ReceiptLine { Sku = "日本の商品", Quantity = 1 },
        ],
    };

    public static CreateProduct CreateProduct => new()
    {
        Sku = "TSHIRT-RED-M",
        Name = "T-shirt",
        Tracking = TrackingMode.Serial,
        Description = "Cotton, 180 g/m²",
    };

    public static AddItem AddItem => new()
    {
        Sku = "TSHIRT-RED-M",
        Location = "A-01-02",
        Quantity = 3,
        Reason = "stock-found",
        Lot = null,
        Serials = ["S1", "S2", "S3"],
    };

    public static ReceiveItems ReceiveItems => new()
    {
        PurchaseOrderId = PurchaseOrderId,
        ReceiptId = ReceiptId,
        Location = "RECEIVING",
        Lines = [],
    };

    /// <summary>One sample per event contract, in id order (the golden files are named after them).</summary>
    public static IReadOnlyList<IEventContract> Events =>
        [ProductCreated, QuantityAdded, QuantityRemoved, ItemMoved, ItemsReceived];

    public static IReadOnlyList<IContract> All =>
        [.. Events, CreateProduct, AddItem, ReceiveItems];

    /// <summary>The envelope stored with event number <paramref name="index"/> of <see cref="Events"/>.</summary>
    public static EventEnvelope Envelope(int index) => new(
        Position: (ulong)index + 1,
        Stream: "product-TSHIRT-RED-M",
        StreamVersion: (ulong)index + 1,
        EventId: Guid.Parse($"00000000-0000-4000-8000-{index + 1:D12}"),
        RecordedAtUnixMs: 1_772_355_600_000 + index,
        CausationId: index % 2 == 0 ? Guid.Parse("99999999-8888-7777-6666-555555555555") : null,
        IdempotencyKey: index % 2 == 0 ? "key-✓-" + index : null);
}
